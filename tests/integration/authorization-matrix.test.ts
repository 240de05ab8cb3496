// THE authorization matrix (tests/helpers/authorization-matrix.ts): every procedure of the router ×
// seven callers. A new procedure fails the "has a row" test until it gets one line there.
import { describe, expect, it } from 'vitest';
import { describeAudit } from '../../client/features/audit/describe.ts';
import { wordsFor } from '../../server/i18n.ts';
import { CALLERS, MATRIX } from '../helpers/authorization-matrix.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor, callPath, outcome, procedures } from '../helpers/trpc.ts';

const DENIED = ['FORBIDDEN', 'NOT_FOUND'];

describe('authorization matrix', () => {
  it('has a row for every procedure of the router, and none for procedures that do not exist', () => {
    const all = Object.keys(procedures()).sort();
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((p) => !(p in MATRIX)), 'procedures without a row in MATRIX').toEqual([]);
    expect(Object.keys(MATRIX).filter((p) => !all.includes(p)), 'rows for unknown procedures').toEqual([]);
  });

  for (const [path, row] of Object.entries(MATRIX)) {
    describe(path, () => {
      for (const who of CALLERS) {
        const allowed = row.allow.includes(who);
        it(`${who}: ${allowed ? 'allowed' : 'denied'}`, async () => {
          const db = testDb();
          const s = await scene(db);
          const user = who === 'anonymous' ? null : s[who];
          const input = row.input ? await row.input(s) : undefined;
          const auditBefore = auditRows(db).length;
          const got = await outcome(callPath(callerFor(db, user), path, input));
          const written = auditRows(db).slice(auditBefore);
          if (allowed) {
            expect(got).toBe(row.allowedOutcome ?? 'OK');
            // Every mutation that succeeds says who did what to which record; queries write nothing.
            if (got === 'OK' && procedures()[path]!._def.type === 'mutation' && !row.unaudited) {
              expect(written.length, 'audit rows written').toBeGreaterThan(0);
              for (const entry of written) {
                expect(entry.action).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
                expect(entry.entityType).not.toBe('');
                expect(entry.entityId).not.toBe('');
                // …and the activity pages can say it in words, not as a code.
                expect(describeAudit(wordsFor('en'), { ...entry, subjectName: 'Sam', networkName: 'Network', actorName: 'Lee', actorEmail: null }), entry.action).not.toBe(entry.action);
                const sceneIds = [s.admin, s.lead, s.facilitator, s.member, s.outsider, s.staff].map((u) => u.id);
                if (row.actorIsNewAccount) expect(sceneIds).not.toContain(entry.actorId);
                else expect(entry.actorId).toBe(user?.id);
                expect(entry.actorId).not.toBeNull();
              }
            } else {
              expect(written).toEqual([]);
            }
          } else if (who === 'anonymous') {
            expect(got).toBe('UNAUTHORIZED');
          } else {
            expect(DENIED).toContain(got);
          }
          if (!allowed) expect(written, 'a refused call writes no audit row').toEqual([]);
        });
      }
    });
  }
});

// Concurrency: 50 simultaneous edits against one version of a charter and of a plan action, over
// real HTTP to the real server: exactly one wins, the other 49 get CONFLICT, the winner's text is
// stored, the version goes up by exactly one and the audit log holds exactly one entry.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { emptyCharter } from '../../shared/domain/charter.ts';
import { TEST_PASSWORD } from '../helpers/db.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { clientDir, HttpClient, startServer, tempDir, UNTHROTTLED, type RunningServer } from './server.ts';

const EDITS = 50;
const dir = tempDir('concurrency');
const client = clientDir();
const dbPath = join(dir, 'needle.db');
let server: RunningServer;
let http: HttpClient;
let s: Scene;

beforeAll(async () => {
  const setup = openDb(dbPath);
  s = await scene(setup);
  setup.$client.close();
  server = await startServer({ dbPath, clientDir: client, env: UNTHROTTLED });
  http = new HttpClient(server.base);
  expect(await http.signIn(s.lead.email, TEST_PASSWORD)).toBe(200);
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(client, { recursive: true, force: true });
});

function audit(action: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;
  } finally {
    db.close();
  }
}

function tally(replies: { status: number; error?: { data: { code: string } } }[]) {
  const codes = replies.map((r) => (r.status === 200 ? 'OK' : r.error?.data.code ?? String(r.status)));
  return { ok: codes.filter((c) => c === 'OK').length, conflict: codes.filter((c) => c === 'CONFLICT').length, winner: codes.indexOf('OK') };
}

it(`lets exactly one of ${EDITS} simultaneous charter saves win; the rest conflict`, async () => {
  const aim = (i: number) => ({ ...emptyCharter(), sections: { ...emptyCharter().sections, aim: `By June 2028, ${i}% of children ready.` } });
  const first = await http.mutation('charter.save', { networkId: s.networkA, baseVersion: 0, content: aim(0), changeNote: 'First draft' });
  expect(first.status).toBe(200);
  const auditBefore = audit('charter.save');
  const replies = await Promise.all(
    Array.from({ length: EDITS }, (_, i) => http.mutation('charter.save', { networkId: s.networkA, baseVersion: 1, content: aim(i + 1), changeNote: `Edit ${i + 1}` })),
  );
  const { ok, conflict, winner } = tally(replies);
  expect([ok, conflict]).toEqual([1, EDITS - 1]);
  const now = await http.query('charter.get', { networkId: s.networkA });
  const current = (now.data as { latest: { number: number; changeNote: string; content: { sections: { aim: string } } } }).latest;
  expect(current.number).toBe(2);
  expect(current.changeNote).toBe(`Edit ${winner + 1}`);
  expect(current.content.sections.aim).toBe(`By June 2028, ${winner + 1}% of children ready.`);
  expect(audit('charter.save') - auditBefore).toBe(1);
  expect((await http.query('charter.versions', { networkId: s.networkA })).status).toBe(200);
  console.log(`concurrency: charter — ${ok} of ${EDITS} saves won, ${conflict} CONFLICT`);
});

it(`lets exactly one of ${EDITS} simultaneous edits to a plan action win; the rest conflict`, async () => {
  const node = await http.mutation('plan.addNode', { networkId: s.networkA, parentId: null, title: 'Families know what readiness means' });
  const created = await http.mutation('plan.addAction', { networkId: s.networkA, title: 'Readiness night', nodeId: (node.data as { id: number }).id, ownerId: null, partnerOrganizationId: null, startDate: null, dueDate: null, status: 'not_started' });
  expect(created.status).toBe(200);
  const action = created.data as { id: number; nodeId: number };
  const auditBefore = audit('plan.updateAction');
  const replies = await Promise.all(
    Array.from({ length: EDITS }, (_, i) =>
      http.mutation('plan.updateAction', { networkId: s.networkA, actionId: action.id, version: 1, title: `Readiness night, take ${i + 1}`, nodeId: action.nodeId, ownerId: null, partnerOrganizationId: null, startDate: null, dueDate: null, status: 'in_progress' }),
    ),
  );
  const { ok, conflict, winner } = tally(replies);
  expect([ok, conflict]).toEqual([1, EDITS - 1]);
  const plan = (await http.query('plan.get', { networkId: s.networkA })).data as { actions: { id: number; title: string; version: number }[] };
  const stored = plan.actions.find((a) => a.id === action.id)!;
  expect(stored.title).toBe(`Readiness night, take ${winner + 1}`);
  expect(stored.version).toBe(2);
  expect(audit('plan.updateAction') - auditBefore).toBe(1);
  console.log(`concurrency: plan action — ${ok} of ${EDITS} edits won, ${conflict} CONFLICT`);
});

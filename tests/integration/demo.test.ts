import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { user } from '../../server/db/schema.ts';
import { loadDemo } from '../../server/db/demo/load.ts';
import { testDb } from '../helpers/db.ts';
import { callerFor } from '../helpers/trpc.ts';

describe('the demo partnership', () => {
  it('loads networks with people in every role and a ratified charter with history, once', async () => {
    const db = testDb();
    const first = await loadDemo(db);
    expect(first.loaded).toBe(true);
    const adminRow = db.select().from(user).where(eq(user.email, first.admin)).get()!;
    expect(adminRow.isAdmin).toBe(true);
    const asAdmin = callerFor(db, { id: adminRow.id, name: adminRow.name, email: adminRow.email, isAdmin: true });

    const networks = await asAdmin.network.list();
    expect(networks.map((n) => [n.name, n.status])).toEqual([
      ['Eighth Grade Math Proficiency', 'forming'],
      ['Kindergarten Readiness', 'active'],
      ['Opportunity Youth Re-Engagement', 'active'],
    ]);
    const k = networks.find((n) => n.name === 'Kindergarten Readiness')!;
    const roles = new Set((await asAdmin.member.list({ networkId: k.id })).map((m) => m.role));
    expect(roles).toEqual(new Set(['member', 'facilitator', 'lead']));

    const charter = await asAdmin.charter.get({ networkId: k.id });
    expect(charter.status).toEqual({ kind: 'ratified', version: 3 });
    expect(charter.ratified?.ratifiedBy).toBe('Maria Delgado');
    const versions = await asAdmin.charter.versions({ networkId: k.id });
    expect(versions.map((v) => v.reviews.map((r) => r.decision))).toEqual([['ratified'], [], ['returned']]);

    const plan = await asAdmin.plan.get({ networkId: k.id });
    expect(new Set(plan.actions.map((a) => a.status))).toEqual(new Set(['not_started', 'in_progress', 'done', 'blocked', 'dropped']));
    expect(plan.nodes.filter((n) => n.kind === 'change_idea').length).toBeGreaterThanOrEqual(8);
    expect(plan.state).toBe('approved');
    expect(plan.lastApproval?.byName).toBe('Maria Delgado');
    expect(plan.changesSinceApproval).toEqual([]);
    const snapshots = await asAdmin.plan.snapshots({ networkId: k.id });
    expect(snapshots).toHaveLength(2);
    const firstApproval = await asAdmin.plan.snapshot({ networkId: k.id, snapshotId: snapshots[1]!.id });
    expect(firstApproval.snapshot.nodes.map((n) => n.title)).not.toContain('Kindergarten teachers visit pre-K classrooms in May');

    expect((await loadDemo(db)).loaded).toBe(false);
  });
});

import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { measurement, membership, pdsaCycle } from '../../server/db/schema.ts';
import { getDraft } from '../../server/services/reports.ts';
import { seedPartnership } from '../../scripts/bench/seed.ts';
import { testDb } from '../helpers/db.ts';
import { callerFor } from '../helpers/trpc.ts';
import { accessFor } from '../../server/db/demo/access.ts';


// `npm run bench` is not run by CI; its partnership is, small, so a schema change cannot break it
// unnoticed.

describe('the benchmark partnership', () => {
  it('seeds networks, people, cycles, meetings and indicator data the app reads back', async () => {
    const db = testDb();
    const seeded = await seedPartnership(db, { networks: 2, users: 60, cyclesPerNetwork: 40, years: 2, busiestExtraMembers: 10 });
    expect(seeded.counts).toMatchObject({ networks: 2, users: 60, cycles: 80, meetings: 48 });
    const networkId = seeded.busiest.networkId;
    expect(db.select({ n: count() }).from(pdsaCycle).where(eq(pdsaCycle.networkId, networkId)).get()!.n).toBe(40);
    expect(db.select({ n: count() }).from(membership).where(eq(membership.networkId, networkId)).get()!.n).toBe(seeded.busiest.members);
    expect(db.select({ n: count() }).from(measurement).get()!.n).toBe(seeded.counts.measurements);

    const member = { id: seeded.member.id, name: 'member', email: seeded.member.email, isAdmin: false };
    const list = await callerFor(db, member).cycle.list({ networkId, q: 'families' });
    expect(list.total).toBeGreaterThan(0); // the search index was written with the cycles
    const draft = getDraft(db, member, accessFor(db, member, networkId), { reportId: seeded.busiest.reportId }, 'en');
    expect(draft.document.content.cycles.total).toBe(40);
    expect(draft.document.featured.length).toBeGreaterThan(0);
  });

  it('lists a network’s cycles in index order, without sorting them all', () => {
    const db = testDb();
    const plan = db.$client
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM pdsa_cycle WHERE network_id = ? ORDER BY coalesce(start_date, logged_on) DESC, id DESC LIMIT 25')
      .all(1) as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/pdsa_cycle_date_idx/);
    expect(plan.map((r) => r.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});

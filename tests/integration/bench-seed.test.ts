import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { indicator, measurement, membership, pdsaCycle } from '../../server/db/schema.ts';
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

  it('gives the busiest network a family of six measures, each ten years of monthly data in seven series', async () => {
    const db = testDb();
    const seeded = await seedPartnership(db, { networks: 1, users: 20, cyclesPerNetwork: 5, years: 10, busiestExtraMembers: 5 });
    const networkId = seeded.busiest.networkId;
    const measures = db.select().from(indicator).where(eq(indicator.networkId, networkId)).all();
    expect(measures.map((m) => m.kind).sort()).toEqual(['contributing', 'contributing', 'contributing', 'contributing', 'contributing', 'outcome']);
    for (const m of measures) {
      const series = db.select({ groupId: measurement.groupId, n: count() }).from(measurement).where(eq(measurement.indicatorId, m.id)).groupBy(measurement.groupId).all();
      expect(series, m.name).toHaveLength(7);
      expect(series.every((x) => x.n === 120), m.name).toBe(true);
    }
    expect(db.select({ n: count() }).from(measurement).get()!.n).toBe(6 * 7 * 120);
    expect(seeded.counts.measurements).toBe(6 * 7 * 120);
    // the control charts and frozen baselines went through the chart settings as a person sets them
    expect(new Set(measures.map((m) => m.chartType))).toEqual(new Set(['run', 'p', 'u', 'c']));
    expect(measures.filter((m) => m.baselineThrough !== null)).toHaveLength(2);

    const member = { id: seeded.member.id, name: 'member', email: seeded.member.email, isAdmin: false };
    const family = await callerFor(db, member).indicator.family({ networkId });
    expect(family).toHaveLength(6);
    expect(family.every((m) => m.rows.length === 120)).toBe(true);
    // only whole-population rows feed the family view
    const whole = db.select({ n: count() }).from(measurement).where(and(eq(measurement.indicatorId, family[1]!.id), isNull(measurement.groupId))).get()!.n;
    expect(whole).toBe(120);
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

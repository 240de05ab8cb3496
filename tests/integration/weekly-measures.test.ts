import { afterEach, describe, expect, it } from 'vitest';
import { measurement } from '../../server/db/schema.ts';
import { wordsFor } from '../../server/i18n.ts';
import { nextPeriod, familyAxis } from '../../shared/indicator/family-axis.ts';
import { TEST_PASSWORD, testDb } from '../helpers/db.ts';
import { cookieFrom, ORIGIN, signIn, testApp, type TestApp } from '../helpers/http.ts';
import { readinessIndicator, withIndicator } from '../helpers/indicator.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { callerFor, failure, said } from '../helpers/trpc.ts';

// A process measure counted every week ('2025-W09', ISO 8601), through the real router and the
// real import route: defined, filled, imported all-or-nothing, and read beside the monthly outcome.

let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const en = wordsFor('en');
const weeks = (first: string, n: number) => Array.from({ length: n - 1 }).reduce<string[]>((ks) => [...ks, nextPeriod(ks.at(-1)!, 'weekly')], [first]);

/** Families reached by the text-message tips each week: a process measure, a count. */
const reached = (networkId: number) =>
  readinessIndicator(networkId, { kind: 'process', name: 'Families reached by text tips', frequency: 'weekly', isProportion: false, numeratorLabel: '', denominatorLabel: '', unit: 'count', baselinePeriod: null, baselineValue: null, targetValue: null, targetDate: null, dimensions: [] });

const counts = (periods: string[], values: number[]) => periods.map((period, i) => ({ period, groupId: null, value: values[i]!, numerator: null, denominator: null, note: '' }));
// Eight weeks around 10, then twelve around 35: the text tips took off.
const VALUES = [10, 11, 9, 10, 12, 8, 10, 11, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41];

async function withWeekly(s: Scene) {
  const fac = callerFor(s.db, s.facilitator).indicator;
  await withIndicator(s);
  const { id } = await fac.save(reached(s.networkA));
  return { fac, id };
}

describe('a weekly measure', () => {
  it('is defined, filled week by week across New Year and read back in week order', async () => {
    const s = await scene(testDb());
    const { fac, id } = await withWeekly(s);
    expect(await fac.get({ networkId: s.networkA, indicatorId: id })).toMatchObject({ kind: 'process', frequency: 'weekly', version: 1 });

    const periods = weeks('2024-W48', 20);
    expect(periods.slice(4, 7)).toEqual(['2024-W52', '2025-W01', '2025-W02']);
    expect(await fac.saveMeasurements({ networkId: s.networkA, indicatorId: id, rows: counts(periods, VALUES) })).toMatchObject({ created: 20 });
    const stored = await fac.measurements({ networkId: s.networkA, indicatorId: id });
    expect(stored.map((m) => m.period)).toEqual(periods);
    expect(await fac.measurements({ networkId: s.networkA })).toEqual([]);

    // A week the year does not have, and a month, are refused; nothing of the batch is written.
    for (const period of ['2025-W53', '2025-03']) {
      const refused = await failure(fac.saveMeasurements({ networkId: s.networkA, indicatorId: id, rows: counts(['2025-W20', period], [1, 2]) }));
      expect(refused.code).toBe('BAD_REQUEST');
      expect(said(refused)).toMatch(/2025-W09/);
    }
    expect(await fac.measurements({ networkId: s.networkA, indicatorId: id })).toHaveLength(20);

    // The baseline is a week too; with weekly data the measure cannot turn monthly.
    const baseline = await failure(fac.save({ ...reached(s.networkA), indicatorId: id, version: 1, baselinePeriod: '2024-W53', baselineValue: 10 }));
    expect(said(baseline)).toMatch(/2025-W09/);
    expect(await fac.save({ ...reached(s.networkA), indicatorId: id, version: 1, baselinePeriod: '2024-W48' })).toEqual({ id, version: 2 });
    expect((await fac.get({ networkId: s.networkA, indicatorId: id }))!.baselinePeriod).toBe('2024-W48');
    const monthly = await failure(fac.save({ ...reached(s.networkA), indicatorId: id, version: 2, frequency: 'monthly' }));
    expect(said(monthly)).toBe('20 measurements are by weekly period: delete them before measuring at another frequency.');
  });

  it('imports a weekly file all or nothing, naming the line whose week does not exist', async () => {
    const t = (current = await testApp());
    const s = await scene(t.db);
    const { fac, id } = await withWeekly(s);
    const cookie = cookieFrom(await signIn(t.app, s.facilitator.email, TEST_PASSWORD));
    const send = async (csv: string) => {
      const res = await t.app.inject({ method: 'POST', url: `/api/networks/${s.networkA}/indicator/import?commit=true&indicatorId=${id}`, headers: { origin: ORIGIN, 'content-type': 'text/csv', cookie }, payload: csv });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { committed: boolean; created: number; problems: { line: number; column: string; message: string }[] };
    };

    const bad = await send(['period,value,note', '2025-W09,12,', '2025 w10,14,', '2025-W53,15,no such week', '2026W01,16,'].join('\n'));
    expect(bad.committed).toBe(false);
    expect(bad.problems).toEqual([{ line: 4, column: 'period', message: '“2025-W53” is not a period: write it like 2025-W09.' }]);
    expect(t.db.select().from(measurement).all()).toEqual([]);

    const good = await send(['period,value,note', '2025-W09,12,', '2025 w10,14,', '2026-W53,15,a long year', '2026W01,16,'].join('\n'));
    expect(good).toMatchObject({ committed: true, created: 4 });
    expect((await fac.measurements({ networkId: s.networkA, indicatorId: id })).map((m) => m.period)).toEqual(['2025-W09', '2025-W10', '2026-W01', '2026-W53']);
  });

  it('has its signal counted in weeks, and sits on its own weeks beside the monthly outcome in the family', async () => {
    const s = await scene(testDb());
    const { fac, id } = await withWeekly(s);
    await fac.saveMeasurements({ networkId: s.networkA, indicatorId: id, rows: counts(weeks('2024-W48', 20), VALUES) });
    const member = callerFor(s.db, s.member).indicator;
    const signals = await member.signals({ networkId: s.networkA });
    expect(signals.find((m) => m.id === id)).toMatchObject({
      verdict: 'improvement',
      sentence: 'Families reached by text tips has been higher than its usual level (31.5) since Week of Feb 3, 2025: 10 weeks in a row, too many to be chance.',
    });
    const senales = await callerFor(s.db, s.member, 'es').indicator.signals({ networkId: s.networkA });
    expect(senales.find((m) => m.id === id)!.sentence).toMatch(/desde la semana del 3 feb 2025: 10 semanas seguidas, demasiadas/);

    // A process measure is not in the family; a contributing weekly one is.
    const { id: contributing } = await fac.save({ ...reached(s.networkA), kind: 'contributing', name: 'Families who read a tip' });
    await fac.saveMeasurements({ networkId: s.networkA, indicatorId: contributing, rows: counts(weeks('2025-W01', 10), VALUES) });
    const months = ['2025-01', '2025-02', '2025-03'];
    await fac.saveMeasurements({ networkId: s.networkA, rows: months.map((period, i) => ({ period, groupId: null, value: null, numerator: 40 + i, denominator: 100, note: '' })) });
    const family = await member.family({ networkId: s.networkA });
    expect(family.map((m) => [m.kind, m.frequency])).toEqual([
      ['outcome', 'monthly'],
      ['contributing', 'weekly'],
    ]);
    expect(family[1]!.rows[0]).toMatchObject({ period: '2025-W01', label: 'Week of Dec 30, 2024' });

    const axis = familyAxis(family, en);
    expect(axis.frequency).toBe('weekly');
    expect(axis.periods).toEqual(weeks('2025-W01', 10));
    expect(axis.labels.at(-1)).toBe('Week of Mar 3, 2025');
    // Each month at the week of its first day: 1 January 2025 is in week 1, 1 February in week 5, 1 March in week 9.
    expect(axis.slots).toEqual([
      [0, 4, 8],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { measurement } from '../../server/db/schema.ts';
import { testDb } from '../helpers/db.ts';
import { readinessIndicator, withIndicator } from '../helpers/indicator.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

const row = (period: string, numerator: number, denominator: number, groupId: number | null = null) => ({ period, groupId, value: null, numerator, denominator, note: '' });

describe('the indicator', () => {
  it('is defined once per network; a stale save is a conflict', async () => {
    const s = await scene(testDb());
    const ind = await withIndicator(s);
    expect(ind).toMatchObject({ name: 'Children ready for kindergarten', version: 1, measurements: 0 });
    expect(ind.dimensions[0]!.groups.map((g) => g.name)).toEqual(['Black', 'Latino', 'White']);
    const again = await failure(callerFor(s.db, s.lead).indicator.save(readinessIndicator(s.networkA)));
    expect(again.code).toBe('CONFLICT');
    const fac = callerFor(s.db, s.facilitator).indicator;
    await fac.save({ ...readinessIndicator(s.networkA, { name: 'Kindergarten readiness' }), version: 1, dimensions: ind.dimensions });
    const stale = await failure(fac.save({ ...readinessIndicator(s.networkA), version: 1, dimensions: ind.dimensions }));
    expect(stale.code).toBe('CONFLICT');
    expect((await fac.get({ networkId: s.networkA }))?.name).toBe('Kindergarten readiness');
  });

  it('keeps groups by id when renamed or reordered, and refuses to drop one that has data', async () => {
    const s = await scene(testDb());
    const ind = await withIndicator(s);
    const [black, latino, white] = ind.dimensions[0]!.groups;
    const fac = callerFor(s.db, s.facilitator).indicator;
    await fac.saveMeasurements({ networkId: s.networkA, rows: [row('2025-01', 30, 80, black!.id)] });
    const renamed = [{ id: ind.dimensions[0]!.id, name: 'Race/ethnicity', groups: [{ ...white! }, { ...black!, name: 'Black or African American' }, { ...latino! }] }];
    await fac.save({ ...readinessIndicator(s.networkA), version: 1, dimensions: renamed });
    const after = (await fac.get({ networkId: s.networkA }))!;
    expect(after.dimensions[0]!.groups.map((g) => [g.id, g.name])).toEqual([
      [white!.id, 'White'],
      [black!.id, 'Black or African American'],
      [latino!.id, 'Latino'],
    ]);
    const drop = await failure(fac.save({ ...readinessIndicator(s.networkA), version: 2, dimensions: [{ ...renamed[0]!, groups: [white!, latino!] }] }));
    expect(drop.message).toMatch(/has 1 measurements/);
    const frequency = await failure(fac.save({ ...readinessIndicator(s.networkA, { frequency: 'quarterly', baselinePeriod: '2024-Q1' }), version: 2, dimensions: renamed }));
    expect(frequency.cause).toMatchObject({ field: 'frequency' });
  });

  it('has one baseline: a measured baseline period’s measurement, never a typed value that disagrees with it', async () => {
    const s = await scene(testDb());
    const ind = await withIndicator(s);
    expect(ind).toMatchObject({ baselinePeriod: '2024-01', baselineValue: 41 });
    const fac = callerFor(s.db, s.facilitator).indicator;
    await fac.saveMeasurements({ networkId: s.networkA, rows: [row('2024-01', 43, 100), row('2024-02', 45, 100)] });
    const dims = ind.dimensions;

    const disagrees = await failure(fac.save({ ...readinessIndicator(s.networkA), version: 1, dimensions: dims }));
    expect(disagrees.code).toBe('BAD_REQUEST');
    expect(disagrees.message).toBe('Jan 2024 is measured: 43%. That measurement is the baseline, so leave the value empty (or correct the measurement on the Data page).');
    expect(disagrees.cause).toMatchObject({ field: 'baselineValue' });
    expect(await fac.get({ networkId: s.networkA })).toMatchObject({ version: 1, baselineValue: 41 });

    // Left empty, or the same as the page shows it: the measurement is the baseline and nothing is stored to drift from it.
    await fac.save({ ...readinessIndicator(s.networkA, { baselineValue: null }), version: 1, dimensions: dims });
    expect(await fac.get({ networkId: s.networkA })).toMatchObject({ version: 2, baselinePeriod: '2024-01', baselineValue: null });
    await fac.save({ ...readinessIndicator(s.networkA, { baselinePeriod: '2024-02', baselineValue: 45 }), version: 2, dimensions: dims });
    expect(await fac.get({ networkId: s.networkA })).toMatchObject({ version: 3, baselinePeriod: '2024-02', baselineValue: null });

    // A start before measuring began needs its value; without one the baseline would be empty.
    const missing = await failure(fac.save({ ...readinessIndicator(s.networkA, { baselinePeriod: '2023-09', baselineValue: null }), version: 3, dimensions: dims }));
    expect(missing.code).toBe('BAD_REQUEST');
    expect(missing.cause).toMatchObject({ field: 'baselineValue' });
    await fac.save({ ...readinessIndicator(s.networkA, { baselinePeriod: '2023-09', baselineValue: 40 }), version: 3, dimensions: dims });
    expect(await fac.get({ networkId: s.networkA })).toMatchObject({ version: 4, baselinePeriod: '2023-09', baselineValue: 40 });
  });

  it('chart settings name real periods of the indicator', async () => {
    const s = await scene(testDb());
    await withIndicator(s);
    const fac = callerFor(s.db, s.facilitator).indicator;
    const bad = await failure(fac.saveChart({ networkId: s.networkA, version: 1, chartType: 'p', ruleSet: 'anhoej', baselineThrough: '2025-Q1', phases: [] }));
    expect(bad.cause).toMatchObject({ field: 'baselineThrough' });
    expect(bad.message).toBe('Enter the last period the usual level is worked out from, like 2025-03.');
    await fac.saveChart({ networkId: s.networkA, version: 1, chartType: 'p', ruleSet: 'ihi', baselineThrough: '2024-12', phases: [{ start: '2025-09', label: 'Readiness nights begin' }] });
    expect(await fac.get({ networkId: s.networkA })).toMatchObject({ chartType: 'p', ruleSet: 'ihi', baselineThrough: '2024-12', phases: [{ start: '2025-09', label: 'Readiness nights begin' }], version: 2 });
  });
});

describe('measurements', () => {
  it('saves grid rows all or nothing, naming the row and field that is wrong', async () => {
    const s = await scene(testDb());
    await withIndicator(s);
    const fac = callerFor(s.db, s.facilitator).indicator;
    const error = await failure(fac.saveMeasurements({ networkId: s.networkA, rows: [row('2025-01', 30, 80), row('2025-02', 90, 80)] }));
    expect(error.cause).toMatchObject({ field: 'rows.1.numerator' });
    expect(s.db.select().from(measurement).all()).toEqual([]);
    expect(await fac.saveMeasurements({ networkId: s.networkA, rows: [row('2025-01', 30, 80), row('2025-02', 40, 80)] })).toEqual({ created: 2, updated: 0 });
    expect(await fac.saveMeasurements({ networkId: s.networkA, rows: [row('2025-02', 44, 80)] })).toEqual({ created: 0, updated: 1 });

    // Two people editing one period: the second save, made on what the first person changed, is refused.
    const [feb] = (await fac.measurements({ networkId: s.networkA })).filter((m) => m.period === '2025-02');
    const seenUpdatedAt = feb!.updatedAt.getTime();
    await new Promise((r) => setTimeout(r, 5));
    await callerFor(s.db, s.lead).indicator.saveMeasurements({ networkId: s.networkA, rows: [{ ...row('2025-02', 46, 80), seenUpdatedAt }] });
    const stale = await failure(fac.saveMeasurements({ networkId: s.networkA, rows: [{ ...row('2025-02', 45, 80), seenUpdatedAt }] }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.cause).toMatchObject({ field: 'rows.0.period' });
    const fresh = await failure(fac.saveMeasurements({ networkId: s.networkA, rows: [{ ...row('2025-03', 45, 80), seenUpdatedAt: 1 }] }));
    expect(fresh.code).toBe('CONFLICT');
    await fac.deleteMeasurement({ networkId: s.networkA, period: '2025-01', groupId: null });
    expect((await fac.measurements({ networkId: s.networkA })).map((m) => [m.period, m.numerator])).toEqual([['2025-02', 46]]);
  });

  it('withholds small groups from members and from every export', async () => {
    const s = await scene(testDb());
    const ind = await withIndicator(s);
    const [black, latino] = ind.dimensions[0]!.groups;
    const fac = callerFor(s.db, s.facilitator).indicator;
    await fac.saveMeasurements({ networkId: s.networkA, rows: [row('2025-01', 40, 90), row('2025-01', 3, 7, black!.id), row('2025-01', 20, 50, latino!.id)] });
    const seen = await callerFor(s.db, s.member).indicator.measurements({ networkId: s.networkA });
    expect(seen.find((m) => m.groupId === black!.id)).toMatchObject({ suppressed: true, numerator: null, denominator: null });
    // The only other group is hidden too: the whole minus it would give the small group away.
    expect(seen.find((m) => m.groupId === latino!.id)).toMatchObject({ suppressed: true, numerator: null });
    expect((await fac.measurements({ networkId: s.networkA })).find((m) => m.groupId === black!.id)).toMatchObject({ suppressed: true, numerator: 3 });
    const exported = await callerFor(s.db, s.facilitator).indicator.exportCsv({ networkId: s.networkA });
    expect(exported).toMatchObject({ rows: 1, suppressed: 2 });
    expect(exported.csv).not.toContain('Black');
    expect(exported.csv.split('\r\n')).toEqual(['period,group,numerator,denominator,note', '2025-01,,40,90,']);
  });

  it('hides the next-smallest group too, so a small group cannot be worked out from the whole', async () => {
    const s = await scene(testDb());
    const ind = await withIndicator(s);
    const [black, latino, white] = ind.dimensions[0]!.groups;
    const fac = callerFor(s.db, s.facilitator).indicator;
    // The groups add up to the whole: 40 of 90 = 3 of 7 + 23 of 31 + 14 of 52.
    await fac.saveMeasurements({
      networkId: s.networkA,
      rows: [row('2025-01', 40, 90), row('2025-01', 3, 7, black!.id), row('2025-01', 23, 31, latino!.id), row('2025-01', 14, 52, white!.id), row('2025-02', 41, 90), row('2025-02', 20, 40, black!.id), row('2025-02', 21, 50, white!.id)],
    });
    const seen = await callerFor(s.db, s.member).indicator.measurements({ networkId: s.networkA });
    const of = (rows: typeof seen, period: string, id: number) => rows.find((m) => m.period === period && m.groupId === id);
    expect(of(seen, '2025-01', black!.id)).toMatchObject({ suppressed: true, suppressedReason: 'small', numerator: null, denominator: null, value: null });
    // Latino, the next-smallest group, goes too: 40 − 14 and 90 − 52 now give Black and Latino together only.
    expect(of(seen, '2025-01', latino!.id)).toMatchObject({ suppressed: true, suppressedReason: 'complement', numerator: null, denominator: null, value: null, note: '' });
    expect(of(seen, '2025-01', white!.id)).toMatchObject({ suppressed: false, suppressedReason: null, numerator: 14, denominator: 52 });
    // A month without a small group shows every group.
    expect(seen.filter((m) => m.period === '2025-02').every((m) => !m.suppressed && m.numerator !== null)).toBe(true);
    // The people who keep the data see every number, and why each one is hidden from the others.
    const kept = await fac.measurements({ networkId: s.networkA });
    expect(of(kept, '2025-01', latino!.id)).toMatchObject({ suppressed: true, suppressedReason: 'complement', numerator: 23, denominator: 31 });

    for (const who of [s.member, s.facilitator]) {
      const exported = await callerFor(s.db, who).indicator.exportCsv({ networkId: s.networkA });
      expect(exported).toMatchObject({ rows: 5, suppressed: 2, protecting: 1 });
      expect(exported.csv.split('\r\n').filter((l) => l.startsWith('2025-01'))).toEqual(['2025-01,,40,90,', '2025-01,Race and ethnicity: White,14,52,']);
    }
  });
});

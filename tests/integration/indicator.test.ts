import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { measurement } from '../../server/db/schema.ts';
import { auditRows, testDb } from '../helpers/db.ts';
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

describe('CSV import', () => {
  const header = 'period,group,numerator,denominator,note';
  const importing = async (csv: string, commit = true) => {
    const s = await scene(testDb());
    await withIndicator(s);
    return { s, report: await callerFor(s.db, s.facilitator).indicator.importCsv({ networkId: s.networkA, csv, commit }) };
  };

  it('reports every bad line with its column and why, and imports nothing', async () => {
    const csv = [
      header,
      '2025-01,,40,90,ok',
      '2025-02,,forty,90,',
      '2025-03,,40,-5,',
      '2025-13,,40,90,',
      '2025-01,,41,90,again',
      '2025-04,Martian,4,9,',
    ].join('\n');
    const { s, report } = await importing(csv);
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual([
      { line: 3, column: 'numerator', message: '“forty” is not a number.' },
      { line: 4, column: 'denominator', message: 'The denominator must be more than 0.' },
      { line: 5, column: 'period', message: '“2025-13” is not a period: write it like 2025-03.' },
      { line: 6, column: 'period', message: 'Line 2 already has this period and group.' },
      { line: 7, column: 'group', message: '“Martian” is not one of the indicator’s groups.' },
    ]);
    expect(s.db.select().from(measurement).all()).toEqual([]);
  });

  it('names wrong columns and an empty file', async () => {
    expect((await importing('period,grp,numerator,denominator\n2025-01,,1,2')).report.problems.map((p) => p.message)).toEqual([
      'Unknown column “grp”: the columns are period, group, numerator, denominator, note.',
    ]);
    expect((await importing('period,value\n2025-01,4')).report.problems.map((p) => p.column)).toEqual(['value', 'numerator', 'denominator']);
    expect((await importing('')).report.problems[0]!.message).toMatch(/^The file has no rows of data/);
    expect((await importing(header)).report.problems[0]!.message).toMatch(/^The file has no rows of data/);
  });

  it('checks without writing, then commits; re-importing a period updates it and says so', async () => {
    const { s, report } = await importing(`${header}\n2025-01,,40,90,\n2025-02,Latino,20,50,\n2025-03,Race and ethnicity: White,35,60,`, false);
    expect(report).toMatchObject({ valid: 3, created: 3, updated: 0, problemCount: 0, committed: false });
    expect(s.db.select().from(measurement).all()).toEqual([]);
    const fac = callerFor(s.db, s.facilitator).indicator;
    await fac.importCsv({ networkId: s.networkA, csv: `${header}\n2025-01,,40,90,\n2025-02,Latino,20,50,`, commit: true });
    const again = await fac.importCsv({ networkId: s.networkA, csv: `${header}\r\n2025-01,,42,90,corrected\r\n2025-03,,45,95,`, commit: true });
    expect(again).toMatchObject({ committed: true, created: 1, updated: 1 });
    expect(s.db.select().from(measurement).all()).toHaveLength(3);
  });

  it('refuses a file with an unterminated quote and names the line, instead of reading the rest into one note', async () => {
    const { s, report } = await importing(`${header}\n2025-01,,40,90,"oops\n2025-02,,20,50,\n2025-03,,35,60,`);
    expect(report).toMatchObject({ committed: false, problemCount: 1 });
    expect(report.problems).toEqual([
      { line: 2, column: '', message: 'A quote (") opens here and never closes, so every line after it was read into this one. Close the quote, or remove it.' },
    ]);
    expect(s.db.select().from(measurement).all()).toEqual([]);
  });

  it('refuses a stray quote after a quoted value, and a line with more values than columns', async () => {
    const { s, report } = await importing(`${header}\n2025-01,,40,90,fine\n2025-02,,"20"0,50,\n`);
    expect(report.committed).toBe(false);
    expect(report.problems.map((p) => p.line)).toEqual([3, 3]);
    expect(report.problems[0]!.message).toMatch(/^A value in quotes has more text after its closing quote/);
    expect(s.db.select().from(measurement).all()).toEqual([]);
    const extra = await importing(`${header}\n2025-01,,40,90,read, then lost`);
    expect(extra.report).toMatchObject({ committed: false, problems: [{ line: 2, column: '', message: expect.stringMatching(/^This line has 6 values but the first line names 5 columns/) }] });
  });

  it('numbers problems by the line in the file, counting blank lines and line breaks inside quotes', async () => {
    const { report } = await importing(`${header}\n\n2025-01,,40,90,"two\nlines"\r\n2025-02,,forty,90,\n`, false);
    expect(report.problems).toEqual([{ line: 5, column: 'numerator', message: '“forty” is not a number.' }]);
    expect(report).toMatchObject({ lines: 2, valid: 1 });
  });

  it('checks and commits a large file off the event loop when the database is a file, all or nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'needle-import-'));
    const db = openDb(join(dir, 'needle.db'));
    try {
      const s = await scene(db);
      await withIndicator(s, { isProportion: false, unit: 'score', numeratorLabel: '', denominatorLabel: '', dimensions: [] });
      const month = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      const lines = Array.from({ length: 30_000 }, (_, i) => `${month(i)},,${(i % 97) / 2},${'n'.repeat(200)}`);
      const fac = callerFor(db, s.facilitator).indicator;
      const stall = monitorEventLoopDelay({ resolution: 10 });
      /**
       * The call's result, how long it took, and the longest this thread was held meanwhile. Inline,
       * the whole call was one block (held ≈ took); a busy machine stretches both alike.
       */
      const measured = async <T>(call: () => Promise<T>) => {
        // The monitor counts a delay between two runs of its timer: let it run once before the
        // call, and once after it.
        const tick = () => new Promise((r) => setTimeout(r, 30));
        stall.reset();
        stall.enable();
        await tick();
        const started = performance.now();
        const result = await call();
        const took = performance.now() - started;
        await tick();
        stall.disable();
        return { result, took, held: stall.max / 1e6 };
      };
      const brokenCsv = ['period,group,value,note', ...lines, `${month(30_000)},,"7,`].join('\n');
      const okCsv = ['period,group,value,note', ...lines].join('\n');
      const check = await measured(() => fac.importCsv({ networkId: s.networkA, csv: brokenCsv, commit: true }));
      const commit = await measured(() => fac.importCsv({ networkId: s.networkA, csv: okCsv, commit: true }));
      const [broken, ok] = [check.result, commit.result];
      // Inline the thread was held for the whole call; off the loop, for a fraction of it (a loaded
      // machine adds pauses of its own, so the bound is loose).
      for (const { held, took } of [check, commit]) expect(held).toBeLessThan(Math.max(250, took / 2));
      expect(broken).toMatchObject({ committed: false, problemCount: 1, problems: [{ line: 30_002 }] });
      expect(ok).toMatchObject({ committed: true, lines: 30_000, created: 30_000, updated: 0 });
      expect(db.select().from(measurement).all()).toHaveLength(30_000);
      expect(auditRows(db).at(-1)).toMatchObject({ action: 'indicator.import', actorId: s.facilitator.id, detail: { rows: 30_000, created: 30_000, updated: 0 } });
    } finally {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('imports 50,000 rows in one transaction, or none of them when one line is wrong', async () => {
    const s = await scene(testDb());
    // 50,000 distinct months: January 2000 onwards, about four thousand years of data.
    await withIndicator(s, { isProportion: false, unit: 'score', numeratorLabel: '', denominatorLabel: '', dimensions: [] });
    const month = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const lines = Array.from({ length: 50_000 }, (_, i) => `${month(i)},,${(i % 97) / 2},`);
    const fac = callerFor(s.db, s.facilitator).indicator;
    const broken = await fac.importCsv({ networkId: s.networkA, csv: ['period,group,value,note', ...lines.slice(0, 49_999), `${month(49_999)},,n/a,`].join('\n'), commit: true });
    expect(broken).toMatchObject({ committed: false, problemCount: 1, valid: 49_999 });
    expect(s.db.select().from(measurement).all()).toHaveLength(0);
    const ok = await fac.importCsv({ networkId: s.networkA, csv: ['period,group,value,note', ...lines].join('\n'), commit: true });
    expect(ok).toMatchObject({ committed: true, created: 50_000 });
    expect(s.db.select().from(measurement).all()).toHaveLength(50_000);
  }, 60_000);
});

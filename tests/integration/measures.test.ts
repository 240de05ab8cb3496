import { describe, expect, it } from 'vitest';
import type { CycleFields } from '../../shared/schemas/cycle.ts';
import { outline } from '../../server/exports/outline.ts';
import { wordsFor } from '../../server/i18n.ts';
import { importMeasurements } from '../../server/services/measurement-import.ts';
import { shownDocument } from '../../shared/report/document.ts';
import { networkAccess } from '../../server/trpc.ts';
import { changeIdea, memberCycle } from '../helpers/cycles.ts';
import { testDb } from '../helpers/db.ts';
import { readinessIndicator, withIndicator } from '../helpers/indicator.ts';
import { draftSave, publicNetworkA, withReport } from '../helpers/reports.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { callerFor } from '../helpers/trpc.ts';

/** Pre-K enrollment: a contributing indicator, monthly, no groups. */
const enrollment = (networkId: number) =>
  readinessIndicator(networkId, { kind: 'contributing', name: 'Four-year-olds enrolled in pre-K', numeratorLabel: 'Enrolled', denominatorLabel: 'Four-year-olds', baselinePeriod: null, baselineValue: null, targetValue: null, targetDate: null, dimensions: [] });

/** Families reached by the text-message tips: a process measure, a count. */
const reached = (networkId: number, nodeIds: number[]) => ({
  ...readinessIndicator(networkId, { kind: 'process', name: 'Families reached by text tips', isProportion: false, numeratorLabel: '', denominatorLabel: '', unit: 'count', baselinePeriod: null, baselineValue: null, targetValue: null, targetDate: null, dimensions: [] }),
  nodeIds,
});

const months = (values: number[], start = 2025) =>
  values.map((v, i) => ({ period: `${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, groupId: null, value: null, numerator: v, denominator: 100, note: '' }));

async function withMeasures(s: Scene) {
  const fac = callerFor(s.db, s.facilitator).indicator;
  await withIndicator(s);
  const idea = await changeIdea(s);
  const contributing = await fac.save(enrollment(s.networkA));
  const process = await fac.save(reached(s.networkA, [idea]));
  return { fac, idea, contributing: contributing.id, process: process.id };
}

describe('measures beside the outcome', () => {
  it('keeps the outcome where every earlier call finds it, and each new measure under its own id', async () => {
    const s = await scene(testDb());
    const { fac, idea, contributing, process } = await withMeasures(s);
    const outcome = (await fac.get({ networkId: s.networkA }))!;
    expect(outcome.kind).toBe('outcome');
    expect(await fac.get({ networkId: s.networkA, indicatorId: contributing })).toMatchObject({ kind: 'contributing', name: 'Four-year-olds enrolled in pre-K', contributesToId: outcome.id, version: 1 });
    expect(await fac.get({ networkId: s.networkA, indicatorId: process })).toMatchObject({ kind: 'process', unit: 'count', nodeIds: [idea], contributesToId: null });

    const list = await callerFor(s.db, s.member).indicator.list({ networkId: s.networkA });
    expect(list.map((m) => [m.kind, m.name])).toEqual([
      ['outcome', 'Children ready for kindergarten'],
      ['contributing', 'Four-year-olds enrolled in pre-K'],
      ['process', 'Families reached by text tips'],
    ]);
    expect(list.find((m) => m.id === process)!.nodeIds).toEqual([idea]);
  });

  it('keeps data, chart settings and imports of each measure apart', async () => {
    const s = await scene(testDb());
    const { fac, contributing } = await withMeasures(s);
    await fac.saveMeasurements({ networkId: s.networkA, rows: months([40, 41]) });
    await fac.saveMeasurements({ networkId: s.networkA, indicatorId: contributing, rows: months([60, 62, 64]) });
    expect(await fac.measurements({ networkId: s.networkA })).toHaveLength(2);
    expect(await fac.measurements({ networkId: s.networkA, indicatorId: contributing })).toHaveLength(3);

    await fac.saveChart({ networkId: s.networkA, indicatorId: contributing, version: 1, chartType: 'p', ruleSet: 'anhoej', baselineThrough: null, phases: [] });
    expect((await fac.get({ networkId: s.networkA }))!.chartType).toBe('run');
    expect((await fac.get({ networkId: s.networkA, indicatorId: contributing }))!.chartType).toBe('p');

    await fac.deleteMeasurement({ networkId: s.networkA, indicatorId: contributing, period: '2025-01', groupId: null });
    expect(await fac.measurements({ networkId: s.networkA })).toHaveLength(2);

    const file = new TextEncoder().encode('period,numerator,denominator,note\n2025-04,66,100,\n');
    const report = await importMeasurements(s.db, s.facilitator, networkAccess(s.db, s.facilitator, s.networkA)!, { indicatorId: contributing, file, commit: true });
    expect(report).toMatchObject({ committed: true, created: 1 });
    expect((await fac.exportCsv({ networkId: s.networkA, indicatorId: contributing })).rows).toBe(3);
    expect((await fac.exportCsv({ networkId: s.networkA })).rows).toBe(2);
  });

  it('analyses the outcome and its contributing indicators together, in one call', async () => {
    const s = await scene(testDb());
    const { fac, contributing, process } = await withMeasures(s);
    await fac.saveMeasurements({ networkId: s.networkA, rows: months(Array.from({ length: 16 }, () => 45)) });
    // Eight months in a row above the usual level: enrollment has risen.
    await fac.saveMeasurements({ networkId: s.networkA, indicatorId: contributing, rows: months([50, 51, 49, 50, 52, 48, 50, 51, 60, 61, 62, 63, 64, 65, 66, 67]) });
    const family = await callerFor(s.db, s.member).indicator.family({ networkId: s.networkA });
    expect(family.map((m) => m.kind)).toEqual(['outcome', 'contributing']);
    expect(family.some((m) => m.id === process)).toBe(false);
    expect(family[0]!.rows).toHaveLength(16);
    expect(family[0]!.verdict.verdict).toBe('no_signal');
    expect(family[1]!.verdict.verdict).toBe('improvement');
    expect(family[1]!.verdict.sentence).toMatch(/Four-year-olds enrolled in pre-K/);
    // Enough for a small chart and its "how this was decided": the limits of a control chart, and the rules.
    expect(family[1]).toMatchObject({ chart: 'run', rules: 'anhoej' });
    await fac.saveChart({ networkId: s.networkA, indicatorId: contributing, version: 1, chartType: 'p', ruleSet: 'anhoej', baselineThrough: null, phases: [] });
    const [, drawn] = await callerFor(s.db, s.member).indicator.family({ networkId: s.networkA });
    expect(drawn!.chart).toBe('p');
    expect(drawn!.points[0]).toMatchObject({ part: 0, ucl: expect.any(Number), lcl: expect.any(Number) });
    expect(drawn!.points[0]!.ucl!).toBeGreaterThan(drawn!.points[0]!.cl);
  });

  it('gives every measure its signal, process and balancing ones too', async () => {
    const s = await scene(testDb());
    const { fac, process, contributing } = await withMeasures(s);
    await fac.saveMeasurements({ networkId: s.networkA, indicatorId: process, rows: months([10, 11, 9, 10, 12, 8, 10, 11, 30, 31, 32, 33, 34, 35, 36, 37]).map((r) => ({ ...r, value: r.numerator, numerator: null, denominator: null })) });
    const signals = await callerFor(s.db, s.member).indicator.signals({ networkId: s.networkA });
    expect(signals.find((m) => m.id === process)).toMatchObject({ verdict: 'improvement', sentence: expect.stringMatching(/Families reached by text tips/) });
    expect(signals.find((m) => m.id === contributing)).toMatchObject({ verdict: 'no_signal' });
    expect(signals).toHaveLength(3);
  });

  it('reads each measure’s gaps in a sentence, leaving out the groups too small to show', async () => {
    const s = await scene(testDb());
    const groups = ['Black', 'Latino', 'White', 'Asian'].map((name) => ({ id: null, name }));
    const outcome = await withIndicator(s, { minGroupSize: 20, dimensions: [{ id: null, name: 'Race and ethnicity', groups }] });
    const [black, latino, white, asian] = outcome.dimensions[0]!.groups.map((g) => g.id);
    const row = (period: string, groupId: number | null, numerator: number, denominator: number) => ({ period, groupId, value: null, numerator, denominator, note: '' });
    const rows = months(Array.from({ length: 14 }, () => 0)).flatMap(({ period }, i) => [
      row(period, null, 230, 460),
      row(period, black!, 60 + i * 4, 200),
      row(period, latino!, 100, 150),
      row(period, white!, 70, 100),
      row(period, asian!, 5, 10),
    ]);
    await callerFor(s.db, s.facilitator).indicator.saveMeasurements({ networkId: s.networkA, rows });
    const [family] = await callerFor(s.db, s.member).indicator.family({ networkId: s.networkA });
    expect(family!.equity).toHaveLength(1);
    expect(family!.equity[0]).toMatchObject({ dimension: 'Race and ethnicity', verdict: 'improvement' });
    expect(family!.equity[0]!.sentence).toMatch(/Black/);
    // Asian children are fewer than 20 here: never named in what the family says.
    expect(JSON.stringify(family)).not.toMatch(/Asian/);
  });

  it('refuses a second outcome, a measure of another network, a link outside the plan, and turning a measure into the outcome', async () => {
    const s = await scene(testDb());
    const { fac, contributing } = await withMeasures(s);
    await expect(fac.save(readinessIndicator(s.networkA))).rejects.toMatchObject({ code: 'CONFLICT' });

    // Network B's measure is not found from network A, for reading and writing alike.
    const other = callerFor(s.db, s.admin).indicator;
    await other.save(readinessIndicator(s.networkB));
    const theirs = await other.save(enrollment(s.networkB));
    await expect(fac.get({ networkId: s.networkA, indicatorId: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(fac.saveMeasurements({ networkId: s.networkA, indicatorId: theirs.id, rows: months([1]) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(fac.save({ ...enrollment(s.networkA), indicatorId: theirs.id, version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await other.measurements({ networkId: s.networkB, indicatorId: theirs.id })).toEqual([]);
    await expect(callerFor(s.db, s.outsider).indicator.list({ networkId: s.networkA })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const bNode = (await callerFor(s.db, s.admin).plan.addNode({ networkId: s.networkB, parentId: null, title: 'Their driver' })).id;
    await expect(fac.save(reached(s.networkA, [bNode]))).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { field: 'nodeIds' } });
    await expect(fac.save({ ...enrollment(s.networkA), indicatorId: contributing, version: 1, kind: 'outcome' })).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { field: 'kind' } });
    // Between the kinds beside the outcome a measure may move.
    expect(await fac.save({ ...enrollment(s.networkA), indicatorId: contributing, version: 1, kind: 'balancing' })).toEqual({ id: contributing, version: 2 });
    expect((await fac.get({ networkId: s.networkA, indicatorId: contributing }))!.contributesToId).toBeNull();
  });

  it('lets a cycle name the measures it expects to move, carried to the next cycle of its ramp', async () => {
    const s = await scene(testDb());
    const { process, contributing } = await withMeasures(s);
    const me = callerFor(s.db, s.member).cycle;
    const cycleId = await memberCycle(s, { indicatorIds: [process] });
    expect((await me.get({ networkId: s.networkA, cycleId })).measures).toEqual([{ id: process, name: 'Families reached by text tips', kind: 'process' }]);

    const cycle = await me.get({ networkId: s.networkA, cycleId });
    // Left out, the measures stay; named, they are replaced.
    await me.update({ networkId: s.networkA, cycleId, version: cycle.version, ...writable(cycle), title: 'Tips by text, week two' });
    expect((await me.get({ networkId: s.networkA, cycleId })).indicatorIds).toEqual([process]);
    await me.update({ networkId: s.networkA, cycleId, version: cycle.version + 1, ...writable(cycle), indicatorIds: [contributing, process] });
    expect((await me.get({ networkId: s.networkA, cycleId })).measures.map((m) => m.kind)).toEqual(['contributing', 'process']);

    const next = await me.continueRamp({ networkId: s.networkA, cycleId, clientId: crypto.randomUUID() });
    expect((await me.get({ networkId: s.networkA, cycleId: next.id })).indicatorIds.sort()).toEqual([contributing, process].sort());
  });

  it('removes a measure beside the outcome with its values and links, never the outcome, and not from an old version', async () => {
    const s = await scene(testDb());
    const { fac, contributing, process } = await withMeasures(s);
    await fac.saveMeasurements({ networkId: s.networkA, indicatorId: process, rows: ['2025-01', '2025-02'].map((period, i) => ({ period, groupId: null, value: 10 + i, numerator: null, denominator: null, note: '' })) });
    const cycleId = await memberCycle(s, { indicatorIds: [process, contributing] });
    const outcome = await fac.get({ networkId: s.networkA });

    await expect(fac.remove({ networkId: s.networkA, indicatorId: outcome!.id, version: outcome!.version })).rejects.toMatchObject({ cause: { code: 'MEASURE_REFUSED' } });
    await expect(fac.remove({ networkId: s.networkA, indicatorId: process, version: 7 })).rejects.toMatchObject({ cause: { code: 'STALE_VERSION' } });
    await expect(callerFor(s.db, s.admin).indicator.remove({ networkId: s.networkB, indicatorId: process, version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await fac.remove({ networkId: s.networkA, indicatorId: process, version: 1 })).toEqual({ removed: process });
    expect((await fac.list({ networkId: s.networkA })).map((m) => m.id)).not.toContain(process);
    await expect(fac.measurements({ networkId: s.networkA, indicatorId: process })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await callerFor(s.db, s.member).cycle.get({ networkId: s.networkA, cycleId })).indicatorIds).toEqual([contributing]);
    expect((await fac.list({ networkId: s.networkA })).map((m) => m.kind)).toEqual(['outcome', 'contributing']);
  });

  it('lists the cycles that named a measure, for its chart', async () => {
    const s = await scene(testDb());
    const { process, contributing } = await withMeasures(s);
    const named = await memberCycle(s, { indicatorIds: [process] });
    await memberCycle(s, { indicatorIds: [contributing] });
    await memberCycle(s);
    const me = callerFor(s.db, s.member).cycle;
    expect((await me.list({ networkId: s.networkA, indicatorId: process })).items.map((c) => c.id)).toEqual([named]);
    expect((await me.list({ networkId: s.networkA })).total).toBe(3);
  });
});

describe('contributing indicators in reports and on the public page', () => {
  it('shows the ones the network marks public, read as the outcome is, and hides them with the indicator section', async () => {
    const s = await scene(testDb());
    const { fac, contributing } = await withMeasures(s);
    await fac.save({ ...enrollment(s.networkA), name: 'Library cards for four-year-olds' }); // not public
    await fac.save({ ...enrollment(s.networkA), indicatorId: contributing, version: 1, isPublic: true });
    await fac.saveMeasurements({ networkId: s.networkA, indicatorId: contributing, rows: months([50, 51, 49, 50, 52, 48, 50, 51, 60, 61, 62, 63, 64, 65, 66, 67]) });

    const ref = await withReport(s);
    const reports = callerFor(s.db, s.facilitator).report;
    const draft = await reports.draft(ref);
    expect(draft.document.content.contributing!.map((m) => m.name)).toEqual(['Four-year-olds enrolled in pre-K']);
    expect(draft.document.content.contributing![0]).toMatchObject({ verdict: 'improvement', sentence: expect.stringMatching(/Four-year-olds enrolled in pre-K/) });
    const words = outline(shownDocument(draft.document), wordsFor('en')).find((x) => x.key === 'indicator')!.blocks;
    expect(words).toContainEqual({ kind: 'heading', level: 2, text: 'What feeds it' });
    expect(words).toContainEqual({ kind: 'paragraph', text: 'Four-year-olds enrolled in pre-K', strong: true });

    const { slug } = await publicNetworkA(s);
    const page = await callerFor(s.db, null).public.page({ slug });
    expect(page.contributing.map((m) => m.name)).toEqual(['Four-year-olds enrolled in pre-K']);

    // Hidden with the indicator section: the published version carries none of its numbers.
    await reports.save({ ...draftSave(ref, draft.version, ''), hidden: ['indicator'] });
    await reports.publish({ ...ref, version: draft.version + 1, note: '' });
    const published = await callerFor(s.db, s.member).report.published(ref);
    expect(published.document.content.contributing).toBeUndefined();
    expect(published.document.content.indicator).toBeUndefined();
  });
});

/** The fields a person writes, from a cycle as `get` returns it (without the measures). */
function writable(c: object) {
  const keys = ['title', 'changeIdeaId', 'ownerId', 'coOwnerIds', 'partnerOrganizationId', 'site', 'meetingId', 'scale', 'startDate', 'endDate', 'objective', 'questions', 'planWho', 'planWhat', 'planWhen', 'planWhere', 'dataCollection', 'carriedOut', 'whatHappened', 'observations', 'surprises', 'learning', 'decision', 'nextSteps'];
  return Object.fromEntries(keys.map((k) => [k, (c as Record<string, unknown>)[k]])) as Omit<CycleFields, 'indicatorIds'>;
}

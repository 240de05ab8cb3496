import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../../shared/qi/analyze-series.ts';
import { judge, verdictFor } from '../../shared/qi/verdict.ts';
import { wordsFor } from '../../server/i18n.ts';

const en = wordsFor('en');

const months = (n: number) => Array.from({ length: n }, (_, i) => `M${i + 1}`);
const run = (ys: number[], extra: { freeze?: number; parts?: number[] } = {}) => analyzeSeries({ chart: 'run', points: ys.map((value) => ({ value })), ...extra });

// 12 baseline months around 40 %, then 10 months around 50 %: a real shift after a change.
const BASELINE = [40, 42, 39, 41, 38, 40, 43, 39, 41, 40, 42, 38];
const AFTER = [49, 51, 50, 52, 48, 50, 53, 49, 51, 50];

describe('the verdict sentence', () => {
  it('reads a shift upward as improvement when higher is better, and names the rule and the points', () => {
    const analysis = run([...BASELINE, ...AFTER], { freeze: 12 });
    const v = verdictFor({ analysis, ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(22) }, en);
    expect(v.verdict).toBe('improvement');
    expect(v.detail).toMatch(/^Evidence of improvement\. /);
    expect(v.reasons.map((r) => r.rule)).toContain('run');
    const runReason = v.reasons.find((r) => r.rule === 'run')!;
    expect(runReason).toMatchObject({ start: 12, end: 21, direction: 'up' });
    expect(runReason.text).toContain('(M13 – M22)');
  });

  it('reads the same shift as concern when lower is better', () => {
    const analysis = run([...BASELINE, ...AFTER], { freeze: 12 });
    expect(verdictFor({ analysis, ruleSet: 'anhoej', polarity: 'lower_is_better', labels: months(22) }, en).verdict).toBe('concern');
    expect([judge('down', 'lower_is_better'), judge('up', 'lower_is_better')]).toEqual(['improvement', 'concern']);
  });

  it('says "no signal yet" with the numbers when the points vary by chance', () => {
    const v = verdictFor({ analysis: run(BASELINE), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(12) }, en);
    expect(v).toMatchObject({ verdict: 'no_signal', reasons: [] });
    expect(v.detail).toMatch(/^No signal yet: the points vary around the centre line as chance would — the longest run is \d+ points/);
  });

  it('says the data is thin when there are few points and no signal', () => {
    const v = verdictFor({ analysis: run([40, 42, 39]), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(3) }, en);
    expect(v.detail).toBe('No signal yet, and only 3 points so far: about 10 are needed to tell a change from chance.');
    expect(verdictFor({ analysis: run([]), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: [] }, en).sentence).toMatch(/^No data yet/);
  });

  it('uses the control limits on a control chart', () => {
    const analysis = analyzeSeries({ chart: 'c', points: [4, 6, 3, 5, 2, 30].map((value) => ({ value })) });
    const v = verdictFor({ analysis, ruleSet: 'anhoej', polarity: 'lower_is_better', labels: months(6) }, en);
    expect(v.verdict).toBe('concern');
    expect(v.detail).toBe('Evidence of concern. M6 is above the upper control limit.');
  });

  it('applies the IHI rules when chosen', () => {
    const analysis = run([...BASELINE, ...AFTER]);
    const v = verdictFor({ analysis, ruleSet: 'ihi', polarity: 'higher_is_better', labels: months(22) }, en);
    expect(v.verdict).toBe('improvement');
    expect(v.reasons.map((r) => r.rule)).toContain('shift');
    expect(v.detail).toMatch(/^Evidence of improvement\. /);
    expect(v.detail).toContain('A shift: 10 points in a row above the median (M13 – M22)');
    expect(v.sentence).toBe('The indicator has been higher than its usual level (42.5) since M13: 10 periods in a row, too many to be chance.');
    expect(verdictFor({ analysis: run(BASELINE), ruleSet: 'ihi', polarity: 'higher_is_better', labels: months(12) }, en).detail).toBe(
      'No signal yet: no shift of 6 points, no trend of 5, and no astronomical point.',
    );
  });

  it('judges only the latest phase', () => {
    const analysis = run([...BASELINE, ...AFTER], { parts: [12] });
    expect(verdictFor({ analysis, ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(22) }, en).verdict).toBe('no_signal');
  });
});

describe('points outside the limits', () => {
  it('read as one signal when they follow each other', () => {
    const analysis = analyzeSeries({ chart: 'c', points: [4, 6, 3, 5, 4, 5, 3, 6, 30, 31, 29].map((value) => ({ value })), freeze: 8 });
    const v = verdictFor({ analysis, ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(11) }, en);
    expect(v.reasons.filter((r) => r.rule === 'sigma')).toEqual([{ rule: 'sigma', start: 8, end: 10, direction: 'up', text: '3 points in a row above the upper control limit (M9 – M11)' }]);
  });
});

// What a parent or a board member reads first: what changed, since when, how sure — no jargon.
describe('the plain sentence', () => {
  const words = { subject: 'Children ready for kindergarten', period: 'month' as const, format: (v: number) => `${v}%` };
  const JARGON = /centre line|median|chance allows|control limit|\bpoints?\b|crosses|sigma|signal/i;

  it('says what changed, since when and how sure, in the indicator’s words', () => {
    const analysis = run([...BASELINE, ...AFTER], { freeze: 12 });
    const v = verdictFor({ analysis, ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(22), words }, en);
    expect(v.sentence).toBe('Children ready for kindergarten has been higher than its usual level (40%) since M13: 10 months in a row, too many to be chance.');
    expect(v.sentence).not.toMatch(JARGON);
    expect(v.detail).toContain('more than the 7 chance allows');
  });

  it('says a run that ended in the past with its end, not "since"', () => {
    const analysis = run([...BASELINE, ...AFTER, 40, 38], { freeze: 12 });
    const v = verdictFor({ analysis, ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(24), words }, en);
    expect(v.sentence).toMatch(/^Children ready for kindergarten was higher than its usual level \(40%\) from M13 to M22: 10 months in a row, too many to be chance\.$/);
  });

  it('keeps the other rules plain too', () => {
    const sigma = verdictFor({ analysis: analyzeSeries({ chart: 'c', points: [4, 6, 3, 5, 2, 30].map((value) => ({ value })) }), ruleSet: 'anhoej', polarity: 'lower_is_better', labels: months(6), words }, en);
    expect(sigma.sentence).toBe('Children ready for kindergarten was far higher than usual in M6 (30%), too far to be chance.');
    const ihi = verdictFor({ analysis: run([...BASELINE, ...AFTER]), ruleSet: 'ihi', polarity: 'higher_is_better', labels: months(22), words }, en);
    const calm = verdictFor({ analysis: run(BASELINE), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(12), words }, en);
    expect(calm.sentence).toBe('No clear change yet: Children ready for kindergarten goes up and down around its usual level (40%) no more than chance would.');
    const thin = verdictFor({ analysis: run([40, 42, 39]), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(3), words }, en);
    expect(thin.sentence).toBe('Too early to tell: only 3 months of data so far, and about 10 are needed to tell a real change from chance.');
    const crossings = verdictFor({ analysis: run([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(26), words }, en);
    for (const v of [sigma, ihi, calm, thin, crossings]) {
      expect(v.sentence).not.toMatch(JARGON);
      expect(v.detail.length).toBeGreaterThan(0);
    }
  });
});

describe('a run and too few crossings ending together', () => {
  it('speak through the run, which says how long', () => {
    const ys = [40, 42, 39, 41, 38, 40, 43, 39, 41, 40, 42, 38, 41, 39, 55, 57, 54, 58, 56, 55, 59, 56, 57, 58];
    const v = verdictFor({ analysis: run(ys), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: months(24) }, en);
    expect(v.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['run', 'crossings']));
    expect(v.sentence).toMatch(/since M15: 10 periods in a row, too many to be chance\.$/);
  });
});

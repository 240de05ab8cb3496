import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../../shared/qi/analyze-series.ts';
import { equityGaps } from '../../shared/qi/equity.ts';
import { progressToTarget } from '../../shared/qi/progress.ts';
import { verdictFor } from '../../shared/qi/verdict.ts';
import { wordsFor } from '../../server/i18n.ts';

const en = wordsFor('en');

const yearly = (values: number[], from = 2020) => values.map((value, i) => ({ date: `${from + i}-01-01`, value }));

describe('progress toward the target', () => {
  it('reports the latest value, change since baseline and distance to go', () => {
    const p = progressToTarget({ points: yearly([40, 42, 44, 46, 48, 50]), baseline: { value: 40 }, target: { value: 60, date: '2030-01-01' }, polarity: 'higher_is_better' });
    expect(p).toMatchObject({ latest: { date: '2025-01-01', value: 50 }, changeSinceBaseline: 10, distanceToTarget: 10, reached: false });
    expect(p.ratePerYear).toBeCloseTo(2, 1);
  });

  it('projects the recent rate to the target date: on track, or not', () => {
    const steady = yearly([40, 42, 44, 46, 48, 50]);
    expect(progressToTarget({ points: steady, baseline: null, target: { value: 55, date: '2028-01-01' }, polarity: 'higher_is_better' }).onTrack).toBe(true);
    const slow = progressToTarget({ points: steady, baseline: null, target: { value: 70, date: '2028-01-01' }, polarity: 'higher_is_better' });
    expect(slow.onTrack).toBe(false);
    expect(slow.projected).toBeCloseTo(56, 0);
  });

  it('understands that lower can be better, and that a target met by its date is on track', () => {
    const falling = yearly([20, 18, 16, 14, 12, 10]);
    expect(progressToTarget({ points: falling, baseline: { value: 20 }, target: { value: 5, date: '2028-01-01' }, polarity: 'lower_is_better' }).onTrack).toBe(true);
    expect(progressToTarget({ points: falling, baseline: null, target: { value: 15, date: '2022-01-01' }, polarity: 'lower_is_better' })).toMatchObject({ reached: true, onTrack: true });
  });

  it('does not guess with too few points or without a target', () => {
    expect(progressToTarget({ points: yearly([1, 2, 3]), baseline: null, target: { value: 5, date: '2030-01-01' }, polarity: 'higher_is_better' }).onTrack).toBeNull();
    expect(progressToTarget({ points: [], baseline: { value: 1 }, target: null, polarity: 'higher_is_better' })).toMatchObject({ latest: null, changeSinceBaseline: null, onTrack: null });
  });
});

describe('equity', () => {
  const groups = [
    { group: 'Black', points: [{ period: 'Q1', value: 30, size: 80 }, { period: 'Q2', value: 34, size: 82 }, { period: 'Q3', value: 38, size: 9 }] },
    { group: 'Latino', points: [{ period: 'Q1', value: 35, size: 120 }, { period: 'Q2', value: 37, size: 118 }, { period: 'Q3', value: 40, size: 121 }] },
    { group: 'White', points: [{ period: 'Q1', value: 55, size: 200 }, { period: 'Q2', value: 54, size: 204 }, { period: 'Q3', value: 52, size: 199 }] },
  ];

  it('measures the gap between the highest and lowest group shown, per period', () => {
    // Black's Q3 value is about 9 children: withheld (tests/unit/suppression.test.ts), so not shown.
    const shown = groups.map((g) => ({ ...g, points: g.points.filter((p) => p.size >= 10) }));
    expect(equityGaps(shown, ['Q1', 'Q2', 'Q3'])).toEqual([
      { period: 'Q1', high: { group: 'White', value: 55 }, low: { group: 'Black', value: 30 }, gap: 25 },
      { period: 'Q2', high: { group: 'White', value: 54 }, low: { group: 'Black', value: 34 }, gap: 20 },
      // Q3: the gap is between the groups that can be shown.
      { period: 'Q3', high: { group: 'White', value: 52 }, low: { group: 'Latino', value: 40 }, gap: 12 },
    ]);
  });

  it('a narrowing gap is read with the same rules, lower being better', () => {
    const gaps = [25, 26, 24, 25, 27, 24, 25, 26, 24, 25, 18, 17, 16, 17, 15, 16, 14, 15];
    const analysis = analyzeSeries({ chart: 'run', points: gaps.map((value) => ({ value })), freeze: 10 });
    expect(verdictFor({ analysis, ruleSet: 'anhoej', polarity: 'lower_is_better', labels: [] }, en).verdict).toBe('improvement');
  });
});

import { measurementValue } from '../domain/measurement.ts';
import { periodLabel } from '../domain/period.ts';
import { analyzeSeries } from '../qi/analyze-series.ts';
import { equityGaps, type GapPoint, type GroupPoint, type GroupSeries } from '../qi/equity.ts';
import type { SuppressionReason } from '../qi/suppression.ts';
import { verdictFor, type VerdictResult } from '../qi/verdict.ts';
import type { Indicator, Measurement } from './overview.ts';
import type { Words } from '../i18n/words.ts';
import { gapWords } from './format.ts';
import { withheldReasons } from './withheld.ts';

export type EquityView = {
  /** Every period with a value for the whole population or a group, in time order. */
  periods: string[];
  whole: GroupPoint[];
  /** The groups with their withheld values already removed. */
  shown: GroupSeries[];
  /** Values withheld: about a small group, or hidden so a small group cannot be worked out from the whole. */
  suppressed: { group: string; period: string; reason: SuppressionReason }[];
  gaps: GapPoint[];
  /** Whether the gap is narrowing (improvement), widening (concern), or neither yet; null with fewer than two gaps. */
  verdict: VerdictResult | null;
  /** The gap series' centre line, for the chart. */
  gapCentre: number | null;
};

type Dimension = Indicator['dimensions'][number];

/**
 * One dimension's groups side by side. Values the privacy rule withholds (shared/qi/suppression.ts)
 * are removed here, before they are charted, tabled or used for a gap. Members already get those
 * rows without numbers, marked; they are removed the same way.
 */
export function equityView(ind: Indicator, rows: readonly Measurement[], dimension: Dimension, w: Words): EquityView {
  const groupIds = new Set(dimension.groups.map((g) => g.id));
  const mine = rows.filter((r) => r.groupId === null || groupIds.has(r.groupId));
  const periods = [...new Set(mine.map((r) => r.period))].sort();
  const reasons = withheldReasons({ minGroupSize: ind.minGroupSize, dimensions: [dimension] }, mine);
  const point = (r: Measurement): GroupPoint | null => {
    const value = measurementValue(ind, r);
    if (value === null) return null;
    return { period: r.period, value, ...(r.denominator !== null ? { size: r.denominator } : {}) };
  };
  const suppressed: EquityView['suppressed'] = [];
  const shown: GroupSeries[] = dimension.groups.map((g) => ({
    group: g.name,
    points: mine.flatMap((r, i) => {
      if (r.groupId !== g.id) return [];
      const reason = reasons[i];
      if (reason) {
        suppressed.push({ group: g.name, period: r.period, reason });
        return [];
      }
      return point(r) ?? [];
    }),
  }));
  const whole = mine.filter((r) => r.groupId === null).flatMap((r) => point(r) ?? []);
  const gaps = equityGaps(shown, periods);
  if (gaps.length < 2) return { periods, whole, shown, suppressed, gaps, verdict: null, gapCentre: null };
  const analysis = analyzeSeries({ chart: 'run', points: gaps.map((g) => ({ value: g.gap })) });
  const verdict = verdictFor(
    {
      analysis,
      ruleSet: ind.ruleSet === 'ihi' ? 'ihi' : 'anhoej',
      polarity: 'lower_is_better',
      labels: gaps.map((g) => periodLabel(g.period, ind.frequency, w)),
      words: gapWords(ind, w),
    },
    w,
  );
  return { periods, whole, shown, suppressed, gaps, verdict, gapCentre: analysis.points.at(-1)?.cl ?? null };
}

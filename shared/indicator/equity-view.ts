import { measurementValue } from '../domain/measurement.ts';
import { periodLabel } from '../domain/period.ts';
import { analyzeSeries } from '../qi/analyze-series.ts';
import { equityGaps, suppressSmallGroups, type GapPoint, type GroupPoint, type GroupSeries } from '../qi/equity.ts';
import { verdictFor, type VerdictResult } from '../qi/verdict.ts';
import type { Indicator, Measurement } from './overview.ts';

export type EquityView = {
  /** Every period with a value for the whole population or a group, in time order. */
  periods: string[];
  whole: GroupPoint[];
  /** The groups with their small-group values already removed. */
  shown: GroupSeries[];
  suppressed: { group: string; period: string }[];
  gaps: GapPoint[];
  /** Whether the gap is narrowing (improvement), widening (concern), or neither yet; null with fewer than two gaps. */
  verdict: VerdictResult | null;
  /** The gap series' centre line, for the chart. */
  gapCentre: number | null;
};

type Dimension = Indicator['dimensions'][number];

/**
 * One dimension's groups side by side. A value about fewer people than the threshold is removed
 * here, before it is charted, tabled or used for a gap. Members already get those rows without
 * numbers; they count as suppressed too.
 */
export function equityView(ind: Indicator, rows: readonly Measurement[], dimension: Dimension): EquityView {
  const groupIds = new Set(dimension.groups.map((g) => g.id));
  const mine = rows.filter((r) => r.groupId === null || groupIds.has(r.groupId));
  const periods = [...new Set(mine.map((r) => r.period))].sort();
  const point = (r: Measurement): GroupPoint | null => {
    // The server's flag wins: a withheld row counts as suppressed even without its numbers.
    if (r.suppressed) return { period: r.period, value: Number.NaN, size: 0 };
    const value = measurementValue(ind, r);
    if (value === null) return null;
    return { period: r.period, value, ...(r.denominator !== null ? { size: r.denominator } : {}) };
  };
  const series: GroupSeries[] = dimension.groups.map((g) => ({
    group: g.name,
    points: mine.filter((r) => r.groupId === g.id).flatMap((r) => point(r) ?? []),
  }));
  const { shown, suppressed } = suppressSmallGroups(series, Math.max(ind.minGroupSize, 1));
  const whole = mine.filter((r) => r.groupId === null).flatMap((r) => point(r) ?? []);
  const gaps = equityGaps(shown, periods);
  if (gaps.length < 2) return { periods, whole, shown, suppressed, gaps, verdict: null, gapCentre: null };
  const analysis = analyzeSeries({ chart: 'run', points: gaps.map((g) => ({ value: g.gap })) });
  const verdict = verdictFor({
    analysis,
    ruleSet: ind.ruleSet === 'ihi' ? 'ihi' : 'anhoej',
    polarity: 'lower_is_better',
    labels: gaps.map((g) => periodLabel(g.period, ind.frequency)),
  });
  return { periods, whole, shown, suppressed, gaps, verdict, gapCentre: analysis.points.at(-1)?.cl ?? null };
}

export const GAP_HEADLINES = { improvement: 'The gap is narrowing', concern: 'The gap is widening', no_signal: 'No signal yet' } as const;

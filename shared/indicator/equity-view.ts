import { measurementValue } from '../domain/measurement.ts';
import { periodLabel } from '../domain/period.ts';
import { analyzeSeries, type SeriesAnalysis } from '../qi/analyze-series.ts';
import { equityGaps, type GapPoint, type GroupPoint, type GroupSeries } from '../qi/equity.ts';
import type { SuppressionReason } from '../qi/suppression.ts';
import { gapMovement, type GapMovement } from '../qi/gap-movement.ts';
import { verdictFor, type Reason, type VerdictResult } from '../qi/verdict.ts';
import type { Indicator, Measurement } from './overview.ts';
import type { Words } from '../i18n/words.ts';
import { gapWords } from './format.ts';
import { gapWhy, type GapWhy } from './gap-why.ts';
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
  /**
   * Whether the gap is narrowing (improvement), widening (concern), or neither yet; null with fewer
   * than two gaps. A gap that narrowed because a group got worse is a concern, never an improvement.
   */
  verdict: VerdictResult | null;
  /**
   * How the group furthest behind and the group doing best moved: since the gap began to narrow
   * when the verdict found it narrowing, else between the first and the latest half of the periods.
   * Null with fewer than two gaps or two groups shown on both sides.
   */
  movement: GapMovement | null;
  /** Why the gap narrowed, in words, when the verdict found it narrowing; else null. */
  why: GapWhy | null;
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
  if (gaps.length < 2) return { periods, whole, shown, suppressed, gaps, verdict: null, movement: null, why: null, gapCentre: null };
  const analysis = analyzeSeries({ chart: 'run', points: gaps.map((g) => ({ value: g.gap })) });
  const labels = gaps.map((g) => periodLabel(g.period, ind.frequency, w));
  const judged = verdictFor(
    {
      analysis,
      ruleSet: ind.ruleSet === 'ihi' ? 'ihi' : 'anhoej',
      polarity: 'lower_is_better',
      labels,
      words: gapWords(ind, w),
    },
    w,
  );
  const narrowing = judged.verdict === 'improvement' ? judged.reasons.at(-1) : undefined;
  const movement = gapMovement({ shown, gaps, polarity: ind.polarity, split: narrowing ? narrowingStart(analysis, narrowing) : null });
  const why = narrowing && movement ? gapWhy(movement, ind, labels, w) : null;
  const verdict = why && !why.improvement ? notImprovement(judged, w) : judged;
  return { periods, whole, shown, suppressed, gaps, verdict, movement, why, gapCentre: analysis.points.at(-1)?.cl ?? null };
}

/**
 * Where the narrowing began: the first period of the signal, or for too few crossings (a rule
 * about the whole series) the start of the latest stretch below the usual level.
 */
function narrowingStart(a: SeriesAnalysis, r: Reason): number {
  if (r.rule !== 'crossings') return r.start;
  let i = r.end;
  while (i > 0 && a.points[i - 1]!.y <= a.points[i - 1]!.cl) i -= 1;
  return i;
}

/** The same finding, judged a concern: the gap closed because a group got worse. */
function notImprovement(v: VerdictResult, w: Words): VerdictResult {
  const reasons = v.reasons.map((r) => `${r.text.charAt(0).toUpperCase()}${r.text.slice(1)}.`).join(' ');
  return { ...v, verdict: 'concern', detail: w.t('indicator:equity.why.evidence', { reasons }) };
}

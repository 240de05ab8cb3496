import { measurementValue } from '../domain/measurement.ts';
import { byTimeKey, periodLabel, periodStart, type Frequency } from '../domain/period.ts';
import { analyzeSeries, type SeriesAnalysis } from '../qi/analyze-series.ts';
import type { ChartType } from '../qi/chart-types.ts';
import { progressToTarget, type Progress } from '../qi/progress.ts';
import { verdictFor, type Polarity, type RuleSet, type VerdictResult } from '../qi/verdict.ts';
import type { SuppressionReason } from '../qi/suppression.ts';
import type { Unit } from '../schemas/indicator.ts';
import { baselineOf, type Baseline } from './baseline.ts';
import type { Words } from '../i18n/words.ts';
import { indicatorWords } from './format.ts';

/** What the analysis needs to know of an indicator (the stored row has more). */
export type Indicator = {
  /** The verdict names the indicator; without it, it says "the indicator". */
  name?: string;
  isProportion: boolean;
  unit: Unit;
  ratePer: number | null;
  frequency: Frequency;
  polarity: Polarity;
  /** The period progress is measured from; see baseline.ts. */
  baselinePeriod: string | null;
  /** Only for a baseline period without a measurement. */
  baselineValue: number | null;
  targetValue: number | null;
  targetDate: string | null;
  minGroupSize: number;
  ruleSet: RuleSet;
  dimensions: readonly { id: number; name: string; groups: readonly { id: number; name: string }[] }[];
};

/**
 * One stored value. A withheld group row has `suppressed` set and why: its group is small, or it
 * is hidden so a small group's value cannot be worked out from the whole (a complement). Members
 * get it without its numbers.
 */
export type Measurement = {
  period: string;
  groupId: number | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
  suppressed?: boolean;
  suppressedReason?: SuppressionReason | null;
};


// From the stored measurements to what the overview shows: the whole-population series, its
// analysis for the chosen chart and rules, the verdict and the progress toward the target.

/**
 * `baselineThrough` (its name kept from the stored column) is the last period the usual level and
 * the limits are worked out from: the chart's frozen stretch, not the indicator's baseline.
 */
export type ChartSettings = { chartType: ChartType; ruleSet: RuleSet; baselineThrough: string | null; phases: { start: string; label: string }[] };
export type SeriesRow = { period: string; label: string; value: number; numerator: number | null; denominator: number | null; note: string };

/** The charts that fit the indicator's kind of value: a run chart always, and its one control chart. */
export function chartTypesFor(ind: Pick<Indicator, 'isProportion' | 'unit'>): ChartType[] {
  if (ind.isProportion) return ['run', ind.unit === 'rate' ? 'u' : 'p'];
  return ['run', ind.unit === 'count' ? 'c' : 'i'];
}

/** IHI's run chart rules are for run charts; control charts use Anhøj's rules with the limits. */
export const effectiveRules = (chart: ChartType, rules: RuleSet): RuleSet => (chart === 'run' ? rules : 'anhoej');

/** Whole-population rows with a value, in time order. */
export function seriesRows(ind: Indicator, measurements: readonly Measurement[], w: Words): SeriesRow[] {
  return measurements
    .filter((m) => m.groupId === null)
    .map((m) => ({ m, value: measurementValue(ind, m) }))
    .filter((r): r is { m: Measurement; value: number } => r.value !== null && Number.isFinite(r.value))
    .sort((a, b) => byTimeKey(a.m.period, b.m.period))
    .map(({ m, value }) => ({ period: m.period, label: periodLabel(m.period, ind.frequency, w), value, numerator: m.numerator, denominator: m.denominator, note: m.note }));
}

/** p and u charts work on the raw fraction; the page shows it as the indicator does (a percent, per 1,000 …). */
const scaleOf = (ind: Indicator) => (ind.unit === 'percent' ? 100 : ind.unit === 'rate' ? (ind.ratePer ?? 1) : 1);

export type Overview = {
  rows: SeriesRow[];
  analysis: SeriesAnalysis;
  verdict: VerdictResult;
  progress: Progress;
  chart: ChartType;
  rules: RuleSet;
  /** The starting point progress is measured from. */
  baseline: Baseline | null;
  /** Index of the last point the usual level is worked out from (the freeze), or null. */
  baselineEnd: number | null;
  phaseStarts: { index: number; label: string }[];
};

export function overviewOf(ind: Indicator, measurements: readonly Measurement[], settings: ChartSettings, w: Words): Overview {
  const rows = seriesRows(ind, measurements, w);
  const fits = chartTypesFor(ind);
  const chart = fits.includes(settings.chartType) ? settings.chartType : 'run';
  const rules = effectiveRules(chart, settings.ruleSet);
  const counted = chart === 'p' || chart === 'u';
  const usable = counted ? rows.filter((r) => r.numerator !== null && r.denominator !== null && r.denominator > 0) : rows;

  const through = settings.baselineThrough ? usable.filter((r) => r.period <= settings.baselineThrough!).length : 0;
  const phaseStarts = settings.phases
    .map((p) => ({ index: usable.findIndex((r) => r.period >= p.start), label: p.label }))
    .filter((p, i, all) => p.index > 0 && all.findIndex((q) => q.index === p.index) === i)
    .sort((a, b) => a.index - b.index);

  const raw = analyzeSeries({
    chart,
    points: usable.map((r) => (counted ? { value: r.numerator!, denominator: r.denominator! } : { value: r.value })),
    freeze: through > 0 ? through : undefined,
    parts: phaseStarts.map((p) => p.index),
  });
  const k = counted ? scaleOf(ind) : 1;
  const analysis: SeriesAnalysis = {
    parts: raw.parts,
    points: raw.points.map((p) => ({ ...p, y: p.y * k, cl: p.cl * k, ucl: p.ucl === null ? null : p.ucl * k, lcl: p.lcl === null ? null : p.lcl * k })),
  };
  const labels = usable.map((r) => r.label);
  const baseline = baselineOf(ind, rows, w);
  return {
    rows: usable,
    analysis,
    verdict: verdictFor({ analysis, ruleSet: rules, polarity: ind.polarity, labels, words: indicatorWords(ind, w) }, w),
    progress: progressToTarget({
      points: rows.map((r) => ({ date: periodStart(r.period, ind.frequency), value: r.value })),
      baseline: baseline && baseline.value !== null ? { value: baseline.value } : null,
      target: ind.targetValue === null || ind.targetDate === null ? null : { value: ind.targetValue, date: ind.targetDate },
      polarity: ind.polarity,
    }),
    baseline,
    chart,
    rules,
    // Phases restart the usual level (as qicharts2 does), so a freeze only applies without them.
    baselineEnd: through > 0 && phaseStarts.length === 0 ? through - 1 : null,
    phaseStarts,
  };
}

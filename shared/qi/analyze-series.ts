// Run and control charts with Anhøj's runs rules, in exact agreement with the R package
// qicharts2 (0.8, default settings). Pure: no I/O, no dates — points in time order.
import type { ChartType } from './chart-types.ts';
import { mean, median, sum } from './r-arithmetic.ts';
import { runsAnalysis, type RunsResult } from './runs.ts';

export type { ChartType };

export type SeriesInput = {
  chart: ChartType;
  points: { value: number; denominator?: number }[]; // p, u: value = count, y = value/denominator
  freeze?: number; // the first `freeze` points are the baseline; centre and limits come from them
  parts?: number[]; // 0-based indices where a new phase starts; each phase is analysed on its own
};

export type SeriesPoint = { y: number; cl: number; ucl: number | null; lcl: number | null; sigmaSignal: boolean; part: number };
export type SeriesPart = { start: number; end: number } & RunsResult;
export type SeriesAnalysis = { points: SeriesPoint[]; parts: SeriesPart[] };

/** The phases as [start, end] (inclusive), like qicharts2's makeparts: out-of-range starts are dropped. */
export function phases(n: number, parts: readonly number[] | undefined): [number, number][] {
  const starts = [...new Set([0, ...(parts ?? []).filter((p) => Number.isInteger(p) && p > 0 && p < n)])].sort((a, b) => a - b);
  return starts.map((start, i) => [start, (starts[i + 1] ?? n) - 1]);
}

type Limits = { cl: number; ucl: number[]; lcl: number[] };

/** Centre line and 3-sigma limits of one phase from its baseline points (`base`, indices into the phase). */
function limits(chart: ChartType, y: number[], counts: number[], sizes: number[], base: number[]): Limits {
  const at = (xs: number[]) => base.map((i) => xs[i]!);
  const same = (v: number) => y.map(() => v);
  switch (chart) {
    case 'run': {
      const cl = median(at(y));
      return { cl, ucl: same(Number.NaN), lcl: same(Number.NaN) };
    }
    case 'i': {
      const cl = mean(at(y));
      const centred = at(y).map((v) => v - cl);
      let mr = centred.slice(1).map((v, i) => Math.abs(v - centred[i]!));
      // Screened moving ranges (Nelson 1982), qicharts2's default: drop those at or above
      // 3.267 × the average moving range, then average again.
      const ulmr = 3.267 * mean(mr);
      mr = mr.filter((r) => r < ulmr);
      const sigma = mean(mr) / 1.128;
      return { cl, ucl: same(cl + 3 * sigma), lcl: same(cl - 3 * sigma) };
    }
    case 'p': {
      const cl = sum(at(counts)) / sum(at(sizes));
      const sigma = sizes.map((n) => Math.sqrt((cl * (1 - cl)) / n));
      return {
        cl,
        ucl: sigma.map((s) => clip(cl + 3 * s, -Infinity, 1)),
        lcl: sigma.map((s) => clip(cl - 3 * s, 0, Infinity)),
      };
    }
    case 'u': {
      const cl = sum(at(counts)) / sum(at(sizes));
      const sigma = sizes.map((n) => Math.sqrt(cl / n));
      return { cl, ucl: sigma.map((s) => cl + 3 * s), lcl: sigma.map((s) => clip(cl - 3 * s, 0, Infinity)) };
    }
    case 'c': {
      const cl = mean(at(y));
      const sigma = Math.sqrt(cl);
      return { cl, ucl: same(cl + 3 * sigma), lcl: same(clip(cl - 3 * sigma, 0, Infinity)) };
    }
  }
}

/** Like qicharts2, clips only finite limits. */
function clip(v: number, low: number, high: number): number {
  if (!Number.isFinite(v)) return v;
  return Math.min(Math.max(v, low), high);
}

const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

function validate(input: SeriesInput): void {
  const needsDenominator = input.chart === 'p' || input.chart === 'u';
  input.points.forEach((p, i) => {
    if (!Number.isFinite(p.value)) throw new RangeError(`Point ${i + 1}: the value must be a finite number.`);
    if (needsDenominator && (p.denominator === undefined || !(p.denominator > 0) || !Number.isFinite(p.denominator))) {
      throw new RangeError(`Point ${i + 1}: a ${input.chart} chart needs a positive denominator.`);
    }
    if (p.denominator !== undefined && !(p.denominator > 0)) throw new RangeError(`Point ${i + 1}: the denominator must be positive.`);
  });
  if (input.freeze !== undefined && !(Number.isInteger(input.freeze) && input.freeze >= 1)) {
    throw new RangeError('freeze must be a whole number of baseline points, at least 1.');
  }
}

export function analyzeSeries(input: SeriesInput): SeriesAnalysis {
  validate(input);
  if (input.points.length === 0) return { points: [], parts: [] };
  const { chart } = input;
  const counts = input.points.map((p) => p.value);
  const sizes = input.points.map((p) => p.denominator ?? 1);
  // With a denominator y is the rate, as qicharts2 plots it; a c chart plots the counts.
  const y = input.points.map((p) => (chart === 'c' || p.denominator === undefined ? p.value : p.value / p.denominator));
  // qicharts2 ignores freeze when the chart has phases; the baseline counts from the first point.
  const freeze = input.parts?.length ? Infinity : (input.freeze ?? Infinity);

  const points: SeriesPoint[] = [];
  const parts: SeriesPart[] = [];
  phases(y.length, input.parts).forEach(([start, end], part) => {
    const slice = <T>(xs: T[]) => xs.slice(start, end + 1);
    const py = slice(y);
    const base = py.map((_, i) => i).filter((i) => start + i < freeze);
    const { cl, ucl, lcl } = limits(chart, py, slice(counts), slice(sizes), base);
    py.forEach((value, i) => {
      const upper = finiteOrNull(ucl[i]!);
      const lower = finiteOrNull(lcl[i]!);
      points.push({
        y: value,
        cl,
        ucl: upper,
        lcl: lower,
        sigmaSignal: (upper !== null && value > upper) || (lower !== null && value < lower),
        part,
      });
    });
    parts.push({ start, end, ...runsAnalysis(py, cl) });
  });
  return { points, parts };
}

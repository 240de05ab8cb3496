// The geometry of a run or control chart: where every point, line and label goes, for a given
// size. Pure, with no DOM or React, so the page's SVG and a server-side PDF or DOCX export draw
// the same chart from the same numbers.

import { LABEL_ROW, placeRegionLabels, placeTargetLabel, shiftLabels, textWidth, type Box, type PlacedLabel, type RegionLabel } from './labels.ts';

export type LayoutPoint = {
  y: number;
  cl: number;
  ucl: number | null;
  lcl: number | null;
  sigmaSignal: boolean;
  /** The phase the point belongs to (0 for the first). */
  part: number;
};

export type LayoutInput = {
  points: readonly LayoutPoint[];
  /** One label per point, e.g. 'Mar 2025'; with `slots`, one per period of the axis. */
  labels: readonly string[];
  /**
   * Where each point sits on a longer time axis, as an index into `labels`: small multiples share
   * one axis so that their periods line up. Without it, point i sits at label i.
   */
  slots?: readonly number[];
  /** Runs that a rule flagged (indices, inclusive): their points are signals too. */
  signalRanges?: readonly { start: number; end: number }[];
  target?: number | null;
  /** Index of the last baseline point (the freeze), or null for none. */
  baselineEnd?: number | null;
  /** Where each later phase starts (index into points) and what it is called. */
  phaseStarts?: readonly { index: number; label: string }[];
  width: number;
  height: number;
  /** Room for axis labels; defaults suit a chart with tick labels left and below. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** The least horizontal room one x-axis label needs. */
  minLabelSpacing?: number;
  /** A report's period (indices, inclusive), shaded; the indicator's own chart has none. */
  period?: { start: number; end: number } | null;
  /**
   * The words of the labels the layout places so that none collides with another: the target's
   * (with its value), the period's and the baseline's (null: not labelled). Without them the
   * layout places none and the caller draws its own.
   */
  labelText?: { target: string; period: string; baseline: string | null };
};

export type Plot = { left: number; right: number; top: number; bottom: number };

export type ChartLayout = {
  width: number;
  height: number;
  plot: Plot;
  /** The width each period takes; a point sits at the middle of its band. */
  band: number;
  points: { index: number; x: number; y: number; value: number; signal: boolean; sigmaSignal: boolean }[];
  yDomain: [number, number];
  yTicks: { value: number; y: number }[];
  xTicks: { index: number; x: number; label: string }[];
  dataPath: string;
  centrePath: string;
  upperPath: string;
  lowerPath: string;
  target: { value: number; y: number } | null;
  phases: { index: number; x: number; label: string }[];
  baseline: { x0: number; x1: number } | null;
  period: { x0: number; x1: number } | null;
  /** Every label placed, none overlapping another (see labels.ts); empty without `labelText`. */
  labels: PlacedLabel[];
};

export const DEFAULT_MARGIN = { top: 16, right: 16, bottom: 40, left: 52 };

const round = (v: number) => Math.round(v * 100) / 100;

/** A step of 1, 2, 2.5 or 5 times a power of ten near `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

/** Round tick values covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return niceTicks(min - pad, max + pad, count);
  }
  const step = niceStep((max - min) / Math.max(1, count - 1));
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Counting steps rather than adding keeps 0.1 + 0.2 from drifting.
  for (let i = 0; first + i * step <= last + step / 1e6; i++) ticks.push(Number((first + i * step).toPrecision(12)));
  return ticks;
}

/** The least room between two period names under the x axis. */
const TICK_GAP = 12;

/** Indices of the x labels to print: evenly spaced, always including the latest period. */
export function labelIndices(n: number, plotWidth: number, minSpacing: number): number[] {
  if (n === 0) return [];
  const fit = Math.max(1, Math.floor(plotWidth / minSpacing));
  const step = Math.max(1, Math.ceil(n / fit));
  const out: number[] = [];
  for (let i = n - 1; i >= 0; i -= step) out.unshift(i);
  return out;
}

/**
 * The period names under the x axis, as many as fit, each centred under its point. A name at either
 * end is moved in just enough to stay inside the chart, and one it would then run into is left out.
 */
export function xTicks(n: number, labels: readonly string[], xAt: (i: number) => number, plot: Plot, width: number, minSpacing: number): ChartLayout['xTicks'] {
  // A long name ('Week of Mar 3, 2025') needs more room than the spacing made for 'Mar 2025'.
  const widest = labels.reduce((w, l) => Math.max(w, textWidth(l)), 0);
  const ticks = labelIndices(n, plot.right - plot.left, Math.max(minSpacing, widest + TICK_GAP)).map((i) => {
    const label = labels[i] ?? '';
    const half = textWidth(label) / 2;
    return { index: i, x: round(Math.min(Math.max(xAt(i), half + 1), Math.max(half + 1, width - half - 1))), label, half };
  });
  // From the latest back, so that the latest period is always named.
  const kept: typeof ticks = [];
  for (const t of ticks.reverse()) if (!kept.length || kept.at(-1)!.x - kept.at(-1)!.half - TICK_GAP / 2 >= t.x + t.half) kept.push(t);
  return kept.reverse().map(({ index, x, label }) => ({ index, x, label }));
}

/** A line that steps with each point (limits change with the denominator), broken between phases and where a value is missing. */
function stepPath(points: readonly LayoutPoint[], value: (p: LayoutPoint) => number | null, xLeft: (i: number) => number, band: number, y: (v: number) => number): string {
  let d = '';
  let open = false;
  points.forEach((p, i) => {
    const v = value(p);
    const newPhase = i > 0 && points[i - 1]!.part !== p.part;
    if (v === null || !Number.isFinite(v)) {
      open = false;
      return;
    }
    const x0 = round(xLeft(i));
    const x1 = round(xLeft(i) + band);
    const yy = round(y(v));
    d += open && !newPhase ? `L${x0},${yy}H${x1}` : `M${x0},${yy}H${x1}`;
    open = true;
  });
  return d;
}

export function chartLayout(input: LayoutInput): ChartLayout {
  const { points, labels, width, height } = input;
  const margin = input.margin ?? DEFAULT_MARGIN;
  const n = points.length;
  const bands = input.slots ? labels.length : n;
  const left = margin.left;
  const right = width - margin.right;
  const band = bands > 0 ? (right - left) / bands : right - left;
  const xLeft = (i: number) => left + (input.slots?.[i] ?? i) * band;
  const xAt = (i: number) => xLeft(i) + band / 2;

  const baselineEnd = input.baselineEnd ?? null;
  const baseline = baselineEnd !== null && baselineEnd >= 0 && baselineEnd < n ? { x0: round(left), x1: round(xLeft(baselineEnd) + band) } : null;
  const phases = (input.phaseStarts ?? []).filter((s) => s.index > 0 && s.index < n).map((s) => ({ index: s.index, x: round(xLeft(s.index)), label: s.label }));
  const p = input.period;
  const period = p && n > 0 && Math.max(0, p.start) <= Math.min(n - 1, p.end) ? { x0: round(xLeft(Math.max(0, p.start))), x1: round(xLeft(Math.min(n - 1, p.end)) + band) } : null;

  // The labels above the plot come first: the rows they need push the plot's top down.
  const words = input.labelText;
  const regions: RegionLabel[] = [];
  if (words) {
    if (baseline && words.baseline !== null) regions.push({ kind: 'baseline', text: words.baseline, ...baseline });
    if (period) regions.push({ kind: 'period', text: words.period, ...period });
    phases.forEach((ph, i) => regions.push({ kind: 'phase', text: ph.label.length > 28 ? `${ph.label.slice(0, 27)}…` : ph.label, x0: ph.x, x1: phases[i + 1]?.x ?? right }));
  }
  const above = placeRegionLabels(regions, { left, right });
  const top = margin.top + Math.max(0, above.rows - 1) * LABEL_ROW;
  const plot: Plot = { left, right, top, bottom: height - margin.bottom };

  const target = input.target ?? null;
  const values = points.flatMap((p) => [p.y, p.cl, p.ucl, p.lcl]).filter((v): v is number => v !== null && Number.isFinite(v));
  if (target !== null && Number.isFinite(target)) values.push(target);
  const ticks = values.length ? niceTicks(Math.min(...values), Math.max(...values)) : niceTicks(0, 1);
  const yDomain: [number, number] = [ticks[0]!, ticks.at(-1)!];
  const y = (v: number) => plot.bottom - ((v - yDomain[0]) / (yDomain[1] - yDomain[0])) * (plot.bottom - plot.top);

  const ranges = input.signalRanges ?? [];
  const inRange = (i: number) => ranges.some((r) => i >= r.start && i <= r.end);
  const laid = points.map((p, i) => ({
    index: i,
    x: round(xAt(i)),
    y: round(y(p.y)),
    value: p.y,
    signal: p.sigmaSignal || inRange(i),
    sigmaSignal: p.sigmaSignal,
  }));

  const targetAt = target !== null && Number.isFinite(target) ? { value: target, y: round(y(target)) } : null;
  const placed = shiftLabels(above.labels, plot.top);
  if (words && targetAt) {
    // The y axis's values sit left of the plot and the period names below it, out of the target label's way.
    const taken: Box[] = placed.map((l) => l.box);
    placed.push(placeTargetLabel(words.target, targetAt.y, plot, taken, laid));
  }

  return {
    width,
    height,
    plot,
    band: round(band),
    points: laid,
    yDomain,
    yTicks: ticks.map((value) => ({ value, y: round(y(value)) })),
    xTicks: xTicks(bands, labels, (j) => left + (j + 0.5) * band, plot, width, input.minLabelSpacing ?? 64),
    dataPath: laid.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(''),
    centrePath: stepPath(points, (p) => p.cl, xLeft, band, y),
    upperPath: stepPath(points, (p) => p.ucl, xLeft, band, y),
    lowerPath: stepPath(points, (p) => p.lcl, xLeft, band, y),
    target: targetAt,
    phases,
    baseline,
    period,
    labels: placed,
  };
}

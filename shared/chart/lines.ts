// Measured lines and their references over the same periods on one value axis (the equity page's
// groups beside the whole population, the gap beside its median), laid out with the run chart's
// ticks, period labels and bands, so every chart in Needle reads alike.

import { CHART_COLOURS } from './svg.ts';
import { niceTicks, xTicks, type ChartLayout, type Plot } from './layout.ts';

export type LineSeries = {
  name: string;
  /** Points by period index into the labels; a missing period leaves a break in the line. */
  points: readonly { index: number; value: number }[];
  /** The reference line (whole population, a median): drawn grey and dashed, without dots. */
  reference?: boolean;
};

export type SeriesStyle = { color: string; dash: string; dots: boolean };

// The run chart's colours: the measured line in its data colour with dots, a reference grey and
// dashed (both at least 3:1 on white), so the two are told apart without colour too.
export const SERIES_STYLE: SeriesStyle = { color: CHART_COLOURS.data, dash: '', dots: true };
export const REFERENCE_STYLE: SeriesStyle = { color: CHART_COLOURS.limits, dash: '6 4', dots: false };

export type LinesInput = {
  labels: readonly string[];
  lines: readonly LineSeries[];
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Start the value axis at 0 (a gap, a percent) rather than near the smallest value. */
  fromZero?: boolean;
  /** Values the axis must include: small multiples share one scale so they compare at a glance. */
  span?: readonly number[];
  /** About how many values the axis names; a short chart names fewer. */
  tickCount?: number;
  minLabelSpacing?: number;
};

export type LinesLayout = Pick<ChartLayout, 'width' | 'height' | 'plot' | 'yTicks' | 'xTicks'> & {
  lines: { name: string; style: SeriesStyle; path: string; points: { index: number; x: number; y: number }[] }[];
};

const round = (v: number) => Math.round(v * 100) / 100;

export function linesLayout(input: LinesInput): LinesLayout {
  const { labels, width, height, margin } = input;
  const plot: Plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
  const band = labels.length > 0 ? (plot.right - plot.left) / labels.length : plot.right - plot.left;
  const xAt = (i: number) => plot.left + (i + 0.5) * band;

  const values = [...input.lines.flatMap((l) => l.points.map((p) => p.value)), ...(input.span ?? [])].filter(Number.isFinite);
  if (input.fromZero) values.push(0);
  const ticks = values.length ? niceTicks(Math.min(...values), Math.max(...values), input.tickCount) : niceTicks(0, 1, input.tickCount);
  const [lo, hi] = [ticks[0]!, ticks.at(-1)!];
  const y = (v: number) => plot.bottom - ((v - lo) / (hi - lo)) * (plot.bottom - plot.top);

  const lines = input.lines.map((l) => {
    const style = l.reference ? REFERENCE_STYLE : SERIES_STYLE;
    const points = [...l.points].sort((a, b) => a.index - b.index).map((p) => ({ index: p.index, x: round(xAt(p.index)), y: round(y(p.value)) }));
    // Consecutive periods only: a missing or hidden value breaks the line rather than bridging it.
    const path = points.map((p, i) => `${i > 0 && points[i - 1]!.index === p.index - 1 ? 'L' : 'M'}${p.x},${p.y}`).join('');
    return { name: l.name, style, path, points };
  });

  return {
    width,
    height,
    plot,
    yTicks: ticks.map((value) => ({ value, y: round(y(value)) })),
    xTicks: xTicks(labels.length, labels, xAt, plot, width, input.minLabelSpacing ?? 72),
    lines,
  };
}

import type { ReportChart } from '../report/content.ts';
import { chartLayout, type ChartLayout } from './layout.ts';
import { LABEL_SIZE, type PlacedLabel } from './labels.ts';
import type { Words } from '../i18n/words.ts';

// A report's chart as a list of plain marks (rectangles, lines, paths, dots, diamonds, text), and
// those marks as a standalone SVG document. The PDF export draws the same marks with its own
// vector API, and the DOCX export embeds the SVG (with a PNG made from it), so every export
// shows one chart drawn from the report's numbers.

/** `w`: the reader's words, for the chart's labels and key. */
export type ChartOptions = { width: number; height: number; title: string; formatY: (v: number) => string; w: Words };

export const CHART_COLOURS = {
  text: '#334155',
  axis: '#64748b',
  grid: '#e2e8f0',
  baseline: '#f1f5f9',
  period: '#e0f2fe',
  data: '#0369a1',
  signal: '#f59e0b',
  signalStroke: '#0f172a',
  centre: '#1e293b',
  limits: '#475569',
  target: '#047857',
  phase: '#475569',
  white: '#ffffff',
} as const;

export const CHART_FONT = 'Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

type Stroke = { stroke: string; strokeWidth: number; dash?: [number, number]; cap?: 'round' | 'butt' };
export type ChartMark =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | ({ kind: 'line'; x1: number; y1: number; x2: number; y2: number } & Stroke)
  | ({ kind: 'path'; d: string } & Stroke)
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; fill: string; anchor: 'start' | 'middle' | 'end'; bold?: boolean };

const MARGIN = { top: 30, right: 20, bottom: 66, left: 64 };
const LABEL = LABEL_SIZE;
const r2 = (v: number) => Math.round(v * 100) / 100;

/** The words on a report's chart, the same on the page and in every export. */
const chartWords = (w: Words, target: string) => ({ period: w.t('qi:chart.labels.period'), baseline: w.t('qi:chart.labels.baseline'), target: w.t('qi:chart.labels.target', { value: target }) });

/**
 * A report's chart laid out at a size, with its labels placed; the page passes narrower margins
 * on a phone. `formatY` writes the target's value in its label.
 */
export function chartGeometry(chart: ReportChart, opts: Pick<ChartOptions, 'width' | 'height' | 'formatY' | 'w'> & { margin?: typeof MARGIN }): ChartLayout {
  return chartLayout({
    points: chart.points,
    labels: chart.labels,
    signalRanges: chart.signalRanges,
    target: chart.target,
    baselineEnd: chart.baselineEnd,
    phaseStarts: chart.phaseStarts,
    width: opts.width,
    height: opts.height,
    margin: opts.margin ?? MARGIN,
    minLabelSpacing: 72,
    period: chart.inPeriod,
    labelText: chartWords(opts.w, opts.formatY(chart.target ?? 0)),
  });
}

/** Every mark of the chart, back to front. */
export function chartMarks(chart: ReportChart, opts: ChartOptions): ChartMark[] {
  const layout = chartGeometry(chart, opts);
  const { plot } = layout;
  const c = CHART_COLOURS;
  const marks: ChartMark[] = [];

  if (layout.period) marks.push({ kind: 'rect', x: layout.period.x0, y: plot.top, width: r2(layout.period.x1 - layout.period.x0), height: r2(plot.bottom - plot.top), fill: c.period });
  if (layout.baseline) marks.push({ kind: 'rect', x: layout.baseline.x0, y: plot.top, width: r2(layout.baseline.x1 - layout.baseline.x0), height: r2(plot.bottom - plot.top), fill: c.baseline });
  for (const t of layout.yTicks) {
    marks.push({ kind: 'line', x1: plot.left, x2: plot.right, y1: t.y, y2: t.y, stroke: c.grid, strokeWidth: 1 });
    marks.push({ kind: 'text', x: plot.left - 6, y: t.y + 4, text: opts.formatY(t.value), size: LABEL, fill: c.text, anchor: 'end' });
  }
  marks.push({ kind: 'line', x1: plot.left, x2: plot.left, y1: plot.top, y2: plot.bottom, stroke: c.axis, strokeWidth: 1 });
  marks.push({ kind: 'line', x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, stroke: c.axis, strokeWidth: 1 });
  for (const t of layout.xTicks) {
    marks.push({ kind: 'line', x1: t.x, x2: t.x, y1: plot.bottom, y2: plot.bottom + 4, stroke: c.axis, strokeWidth: 1 });
    marks.push({ kind: 'text', x: t.x, y: plot.bottom + 17, text: t.label, size: LABEL, fill: c.text, anchor: 'middle' });
  }
  for (const l of layout.labels) {
    if (l.line) marks.push({ kind: 'line', x1: l.line.x, x2: l.line.x, y1: r2(l.line.top), y2: plot.bottom, stroke: c.phase, strokeWidth: 1, dash: [2, 3] });
  }
  if (layout.target) marks.push({ kind: 'line', x1: plot.left, x2: plot.right, y1: layout.target.y, y2: layout.target.y, stroke: c.target, strokeWidth: 1.5, dash: [1, 4], cap: 'round' });
  if (layout.upperPath) marks.push({ kind: 'path', d: layout.upperPath, stroke: c.limits, strokeWidth: 1, dash: [6, 4] });
  if (layout.lowerPath) marks.push({ kind: 'path', d: layout.lowerPath, stroke: c.limits, strokeWidth: 1, dash: [6, 4] });
  if (layout.centrePath) marks.push({ kind: 'path', d: layout.centrePath, stroke: c.centre, strokeWidth: 1.5 });
  if (layout.dataPath) marks.push({ kind: 'path', d: layout.dataPath, stroke: c.data, strokeWidth: 2 });
  for (const p of layout.points) {
    // A signal is a diamond as well as another colour, so it reads in grey print too.
    if (p.signal) marks.push({ kind: 'polygon', points: diamond(p.x, p.y, 6), fill: c.signal, stroke: c.signalStroke, strokeWidth: 1 });
    else marks.push({ kind: 'circle', cx: p.x, cy: p.y, r: 3.5, fill: c.data, stroke: c.white, strokeWidth: 1 });
  }
  marks.push(...layout.labels.map(labelMark));
  marks.push(...legend(chart, layout, opts));
  return marks;
}

const LABEL_FILL: Record<PlacedLabel['kind'], string> = { target: CHART_COLOURS.target, period: '#0c4a6e', baseline: CHART_COLOURS.text, phase: CHART_COLOURS.text };

/** A placed label, drawn on top of the data so it stays readable. */
function labelMark(l: PlacedLabel): ChartMark {
  return { kind: 'text', x: r2(l.x), y: r2(l.y), text: l.text, size: LABEL, fill: LABEL_FILL[l.kind], anchor: l.anchor, ...(l.bold ? { bold: true } : {}) };
}

function diamond(x: number, y: number, r: number): [number, number][] {
  return [
    [r2(x), r2(y - r)],
    [r2(x + r), r2(y)],
    [r2(x), r2(y + r)],
    [r2(x - r), r2(y)],
  ];
}

/** A key under the x-axis: the same shapes, named; it wraps onto a second row in a narrow chart. */
function legend(chart: ReportChart, layout: ChartLayout, opts: ChartOptions): ChartMark[] {
  const c = CHART_COLOURS;
  const { t } = opts.w;
  const controlChart = chart.type !== 'run';
  type Item = { width: number; draw: (x: number, y: number) => ChartMark[]; label: string };
  const items: Item[] = [
    { width: 12, label: t('qi:chart.legend.measurement'), draw: (x, y) => [{ kind: 'circle', cx: x + 6, cy: y, r: 3.5, fill: c.data, stroke: c.white, strokeWidth: 1 }] },
    { width: 12, label: t('qi:chart.legend.signal'), draw: (x, y) => [{ kind: 'polygon', points: diamond(x + 6, y, 5), fill: c.signal, stroke: c.signalStroke, strokeWidth: 1 }] },
    { width: 20, label: controlChart ? t('qi:chart.legend.mean') : t('qi:chart.legend.median'), draw: (x, y) => [{ kind: 'line', x1: x, x2: x + 20, y1: y, y2: y, stroke: c.centre, strokeWidth: 1.5 }] },
  ];
  if (layout.upperPath || layout.lowerPath)
    items.push({ width: 20, label: t('qi:chart.legend.limits'), draw: (x, y) => [{ kind: 'line', x1: x, x2: x + 20, y1: y, y2: y, stroke: c.limits, strokeWidth: 1, dash: [6, 4] }] });
  if (layout.target)
    items.push({ width: 20, label: t('qi:chart.legend.target'), draw: (x, y) => [{ kind: 'line', x1: x, x2: x + 20, y1: y, y2: y, stroke: c.target, strokeWidth: 1.5, dash: [1, 4], cap: 'round' }] });
  if (chart.inPeriod) items.push({ width: 12, label: t('qi:chart.legend.period'), draw: (x, y) => [{ kind: 'rect', x, y: y - 6, width: 12, height: 12, fill: c.period }] });

  // An estimate of each label's width at 10 px; the legend only needs to not overlap or overflow.
  const span = (item: Item) => item.width + 4 + item.label.length * 5.4;
  const rows: Item[][] = [[]];
  let used = 0;
  for (const item of items) {
    if (rows.at(-1)!.length > 0 && layout.plot.left + used + span(item) > opts.width - 4) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(item);
    used += span(item) + 14;
  }
  const marks: ChartMark[] = [];
  rows.forEach((row, r) => {
    const y = opts.height - 14 - 16 * (rows.length - 1 - r);
    let x = layout.plot.left;
    for (const item of row) {
      marks.push(...item.draw(x, y));
      marks.push({ kind: 'text', x: x + item.width + 4, y: y + 4, text: item.label, size: 10, fill: c.text, anchor: 'start' });
      x += span(item) + 14;
    }
  });
  return marks;
}

/** Text as XML character data or an attribute value; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

const strokeAttrs = (s: Stroke) =>
  `stroke="${s.stroke}" stroke-width="${s.strokeWidth}"${s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}${s.cap ? ` stroke-linecap="${s.cap}"` : ''}`;

function markSvg(m: ChartMark): string {
  switch (m.kind) {
    case 'rect':
      return `<rect x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}" fill="${m.fill}"/>`;
    case 'line':
      return `<line x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}" ${strokeAttrs(m)}/>`;
    case 'path':
      return `<path d="${m.d}" fill="none" ${strokeAttrs(m)}/>`;
    case 'circle':
      return `<circle cx="${m.cx}" cy="${m.cy}" r="${m.r}" fill="${m.fill}" stroke="${m.stroke}" stroke-width="${m.strokeWidth}"/>`;
    case 'polygon':
      return `<polygon points="${m.points.map((p) => p.join(',')).join(' ')}" fill="${m.fill}" stroke="${m.stroke}" stroke-width="${m.strokeWidth}"/>`;
    case 'text':
      return `<text x="${r2(m.x)}" y="${r2(m.y)}" font-size="${m.size}" fill="${m.fill}"${m.anchor === 'start' ? '' : ` text-anchor="${m.anchor}"`}${m.bold ? ' font-weight="bold"' : ''}>${escapeXml(m.text)}</text>`;
  }
}

/** The chart as a standalone SVG document (for a DOCX image, a PNG fallback, or a download). */
export function chartSvgMarkup(chart: ReportChart, opts: ChartOptions): string {
  const marks = chartMarks(chart, opts);
  const { width, height } = opts;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${escapeXml(CHART_FONT)}">`,
    `<title>${escapeXml(opts.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${CHART_COLOURS.white}"/>`,
    ...marks.map(markSvg),
    '</svg>',
  ].join('\n');
}

import { describe, expect, it } from 'vitest';
import { fitText, intersects, placeRegionLabels, textWidth, type Box, type PlacedLabel } from '../../shared/chart/labels.ts';
import { chartLayout, type LayoutInput, type LayoutPoint } from '../../shared/chart/layout.ts';
import { chartMarks } from '../../shared/chart/svg.ts';
import type { ReportChart } from '../../shared/report/content.ts';
import { sampleChart } from '../helpers/report-document.ts';
import { wordsFor } from '../../server/i18n.ts';

// Every case here is one where two labels sat on top of each other before the layout placed
// them: the target near the top under "This report", a period that starts at the left edge over
// "Baseline", phases a point apart, a long phase name near the right end.

const WIDTHS = [280, 320, 390, 500, 720, 1280];
const MARGIN = { top: 28, right: 12, bottom: 44, left: 48 };
const WORDS = { target: 'Target 60%', period: 'This report', baseline: 'Baseline' };

function monthly(n: number, value: (i: number) => number, part = (_i: number) => 0): { points: LayoutPoint[]; labels: string[] } {
  const points = Array.from({ length: n }, (_, i) => ({ y: value(i), cl: 50, ucl: null, lcl: null, sigmaSignal: false, part: part(i) }));
  return { points, labels: points.map((_, i) => `M${i + 1}`) };
}

function layoutAt(width: number, input: Omit<LayoutInput, 'width' | 'height'>) {
  return chartLayout({ height: 300, margin: MARGIN, minLabelSpacing: 72, labelText: WORDS, ...input, width });
}

/** No two labels overlap; every one is inside the chart; none sits across a phase's line; region labels are above the plot, the target's inside it. */
function expectClear(labels: readonly PlacedLabel[], layout: ReturnType<typeof chartLayout>) {
  const { plot } = layout;
  for (const [i, a] of labels.entries()) {
    expect(a.box.x0, `${a.text} left`).toBeGreaterThanOrEqual(0);
    expect(a.box.x1, `${a.text} right`).toBeLessThanOrEqual(layout.width);
    expect(a.box.y0, `${a.text} top`).toBeGreaterThanOrEqual(0);
    if (a.kind === 'target') {
      expect(a.box.x0).toBeGreaterThanOrEqual(plot.left);
      expect(a.box.y1).toBeLessThanOrEqual(plot.bottom);
    } else expect(a.box.y1, `${a.text} above the plot`).toBeLessThanOrEqual(plot.top);
    for (const b of labels.slice(i + 1)) expect(intersects(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
    for (const b of labels) {
      if (!b.line || b === a) continue;
      const line: Box = { x0: b.line.x, x1: b.line.x, y0: b.line.top, y1: plot.top };
      expect(intersects(a.box, line), `${a.text} across the line of ${b.text}`).toBe(false);
    }
  }
}

describe('chart labels', () => {
  it('estimates widths on the generous side, wider for bold, and cuts what cannot fit', () => {
    // DejaVu Sans, the widest font the chart names, draws "Target 60%" about 59 px wide at 11 px.
    expect(textWidth('Target 60%')).toBeGreaterThan(59);
    expect(textWidth('Target 60%', 11, true)).toBeGreaterThan(textWidth('Target 60%'));
    expect(textWidth('')).toBe(0);
    const cut = fitText('Family literacy nights begin at four schools', 80);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(80);
    expect(fitText('Short', 80)).toBe('Short');
  });

  it('keeps the target clear of "This report" when the target is the top of the scale and the period is at the right end', () => {
    // Values up to 58 and a target of 60: the target line is the plot's top edge.
    const series = monthly(24, (i) => 40 + (i % 5) * 3 + (i > 16 ? 5 : 0));
    for (const width of WIDTHS) {
      const layout = layoutAt(width, { ...series, target: 60, period: { start: 21, end: 23 } });
      expect(layout.labels.map((l) => l.kind).sort()).toEqual(['period', 'target']);
      expectClear(layout.labels, layout);
    }
  });

  it('keeps "This report" clear of "Baseline" when the period starts at the left edge', () => {
    const series = monthly(12, (i) => 40 + i);
    for (const width of WIDTHS) {
      const layout = layoutAt(width, { ...series, target: 60, baselineEnd: 3, period: { start: 0, end: 11 } });
      expect(layout.labels.map((l) => l.kind).sort()).toEqual(['baseline', 'period', 'target']);
      expectClear(layout.labels, layout);
    }
  });

  it('stacks phase names a point apart, and a long one near the right end, with their lines clear', () => {
    const series = monthly(30, (i) => 45 + (i % 4), (i) => (i >= 28 ? 3 : i >= 20 ? 2 : i >= 19 ? 1 : 0));
    const phaseStarts = [
      { index: 19, label: 'Reminder texts' },
      { index: 20, label: 'Readiness nights at libraries' },
      { index: 28, label: 'Home visits by community health workers' },
    ];
    for (const width of WIDTHS) {
      const layout = layoutAt(width, { ...series, target: 48, baselineEnd: 11, phaseStarts, period: { start: 27, end: 29 } });
      expect(layout.labels.filter((l) => l.kind === 'phase')).toHaveLength(3);
      expect(layout.labels.filter((l) => l.kind === 'phase').every((l) => l.line !== undefined)).toBe(true);
      expectClear(layout.labels, layout);
      // The rows the labels need push the plot down rather than off the top of the chart.
      expect(layout.plot.top).toBeGreaterThanOrEqual(MARGIN.top);
    }
  });

  it('puts the target label on the free side of its line when the target is the bottom of the scale', () => {
    const series = monthly(18, (i) => 30 + i);
    for (const width of WIDTHS) {
      const layout = layoutAt(width, { ...series, target: 20, baselineEnd: 5, period: { start: 15, end: 17 } });
      const target = layout.labels.find((l) => l.kind === 'target')!;
      expect(target.box.y1).toBeLessThan(layout.target!.y);
      expectClear(layout.labels, layout);
    }
  });

  it('keeps the period names under the x axis inside the chart, at the edges too', () => {
    const series = { ...monthly(24, (i) => 40 + i), labels: Array.from({ length: 24 }, (_, i) => `${['Sep', 'Oct', 'Nov', 'Dec'][i % 4]} 2026`) };
    for (const width of WIDTHS) {
      const layout = layoutAt(width, { ...series, margin: { ...MARGIN, left: 0, right: 0 } });
      for (const t of layout.xTicks) {
        expect(t.x - textWidth(t.label) / 2, `${width}: ${t.label}`).toBeGreaterThanOrEqual(0);
        expect(t.x + textWidth(t.label) / 2, `${width}: ${t.label}`).toBeLessThanOrEqual(width);
      }
      const ends = layout.xTicks.map((t) => [t.x - textWidth(t.label) / 2, t.x + textWidth(t.label) / 2] as const);
      ends.slice(1).forEach(([x0], i) => expect(x0, `${width}: apart`).toBeGreaterThan(ends[i]![1]));
    }
  });

  it('places no label for a chart with nothing to name, and none when the caller draws its own', () => {
    const series = monthly(6, (i) => i);
    expect(layoutAt(390, series).labels).toEqual([]);
    expect(chartLayout({ ...series, width: 390, height: 300, target: 3, period: { start: 0, end: 5 } }).labels).toEqual([]);
  });

  it('places region labels inside their region when they fit and over it when it is narrow', () => {
    const { labels } = placeRegionLabels(
      [
        { kind: 'baseline', text: 'Baseline', x0: 50, x1: 300 },
        { kind: 'period', text: 'This report', x0: 380, x1: 400 },
      ],
      { left: 50, right: 400 },
    );
    const baseline = labels.find((l) => l.kind === 'baseline')!;
    const period = labels.find((l) => l.kind === 'period')!;
    expect(baseline.box.x0).toBeGreaterThanOrEqual(50);
    expect(baseline.box.x1).toBeLessThanOrEqual(300);
    expect(period.box.x1).toBeLessThanOrEqual(400);
    expect(period.box.x1).toBeGreaterThan(380);
    expect(period.anchor).toBe('end');
  });
});

describe('the exported chart', () => {
  /** Every text of the chart with the room the estimate keeps for it. */
  function textBoxes(chart: ReportChart, width: number): { text: string; box: Box }[] {
    return chartMarks(chart, { width, height: 340, title: 't', formatY: (v) => `${v}%`, w: wordsFor('en') }).flatMap((m) => {
      if (m.kind !== 'text') return [];
      const w = textWidth(m.text, m.size, m.bold);
      const x0 = m.anchor === 'start' ? m.x : m.anchor === 'end' ? m.x - w : m.x - w / 2;
      return [{ text: m.text, box: { x0, x1: x0 + w, y0: m.y - 0.95 * m.size, y1: m.y + 0.25 * m.size } }];
    });
  }

  it('has no two labels of the chart on top of each other, at any width', () => {
    const base = sampleChart();
    const charts: ReportChart[] = [
      base,
      // The target at the top of the scale, a phase name running to the right end.
      { ...base, target: 70, phaseStarts: [{ index: 30, label: 'Home visits by community health workers' }] },
      // A period from the first point, over the baseline.
      { ...base, inPeriod: { start: 0, end: 39 } },
    ];
    for (const chart of charts)
      for (const width of [400, 640, 720]) {
        const boxes = textBoxes(chart, width).filter((b) => ['Usual level worked out here', 'This report'].includes(b.text) || /^Target|Family|Home/.test(b.text));
        for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(intersects(a.box, b.box), `${width}: ${a.text} / ${b.text}`).toBe(false);
      }
  });
});

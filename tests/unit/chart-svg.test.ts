import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, chartMarks, chartSvgMarkup, escapeXml } from '../../shared/chart/svg.ts';
import type { ReportChart } from '../../shared/report/content.ts';
import { sampleChart } from '../helpers/report-document.ts';
import { wordsFor } from '../../server/i18n.ts';

const opts = { width: 720, height: 340, title: 'P chart of Children ready for kindergarten', formatY: (v: number) => `${v}%`, w: wordsFor('en') };
const count = (s: string, needle: RegExp) => s.match(needle)?.length ?? 0;

describe('chart SVG', () => {
  const chart = sampleChart();
  const svg = chartSvgMarkup(chart, opts);

  it('is a standalone SVG document with a viewBox and a title', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('viewBox="0 0 720 340"');
    expect(svg).toContain('<title>P chart of Children ready for kindergarten</title>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws the axes with tick labels formatted by the caller, and the latest period label', () => {
    expect(svg).toContain('>40%</text>');
    expect(svg).toContain('>60%</text>');
    expect(svg).toContain('>Nov 2026</text>');
  });

  it('draws every point: signals as amber diamonds, the rest as dots', () => {
    const signals = chart.points.filter((_, i) => chart.signalRanges.some((r) => i >= r.start && i <= r.end) || chart.points[i]!.sigmaSignal).length;
    // The legend adds one of each shape.
    expect(count(svg, new RegExp(`<polygon [^>]*fill="${CHART_COLOURS.signal}"`, 'g'))).toBe(signals + 1);
    expect(count(svg, new RegExp(`<circle [^>]*fill="${CHART_COLOURS.data}"`, 'g'))).toBe(chart.points.length - signals + 1);
  });

  it('draws the data line, the centre line, dashed control limits and the dotted target', () => {
    expect(svg).toMatch(new RegExp(`<path d="M[^"]+" fill="none" stroke="${CHART_COLOURS.data}" stroke-width="2"/>`));
    expect(svg).toMatch(new RegExp(`<path d="M[^"]+" fill="none" stroke="${CHART_COLOURS.centre}"`));
    expect(count(svg, /<path d="M[^"]+" fill="none" stroke="#475569" stroke-width="1" stroke-dasharray="6 4"\/>/g)).toBe(2);
    expect(svg).toContain('>Target 60%</text>');
    expect(svg).toMatch(new RegExp(`<line [^>]*stroke="${CHART_COLOURS.target}"[^>]*stroke-dasharray="1 4"`));
  });

  it('leaves control limits out of a run chart', () => {
    const run: ReportChart = { ...chart, type: 'run', points: chart.points.map((p) => ({ ...p, ucl: null, lcl: null })) };
    const out = chartSvgMarkup(run, opts);
    expect(out).not.toContain('stroke-dasharray="6 4"');
    expect(out).toContain('Usual level (median)');
  });

  it('shades the stretch the usual level is worked out from and the report period, and labels phase separators', () => {
    const marks = chartMarks(chart, opts);
    const period = marks.find((m) => m.kind === 'rect' && m.fill === CHART_COLOURS.period && m.height > 100);
    const baseline = marks.find((m) => m.kind === 'rect' && m.fill === CHART_COLOURS.baseline);
    expect(period).toBeDefined();
    expect(baseline).toBeDefined();
    // The period band covers the last three of forty points, so it ends at the plot's right edge.
    if (period?.kind === 'rect') expect(period.x + period.width).toBeCloseTo(720 - 20, 0);
    expect(svg).toContain('>Usual level worked out here</text>');
    expect(svg).toContain('>Family literacy nights begin</text>');
    expect(svg).toMatch(/<line [^>]*stroke-dasharray="2 3"/);
  });

  it('has no period band when no point falls in the period', () => {
    const marks = chartMarks({ ...sampleChart(), inPeriod: null }, opts);
    expect(marks.some((m) => m.kind === 'rect' && m.fill === CHART_COLOURS.period)).toBe(false);
  });

  it('escapes every text node and the title', () => {
    const hostile = `<script>alert("x")</script> & 'friends'`;
    const out = chartSvgMarkup(
      { ...sampleChart(), labels: sampleChart().labels.map(() => hostile), phaseStarts: [{ index: 24, label: '<b>Phase & co</b>' }] },
      { ...opts, title: hostile, formatY: (v) => `<${v}>` },
    );
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(out).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;</title>');
    expect(out).toContain('&lt;b&gt;Phase &amp; co&lt;/b&gt;');
    expect(out).toContain('>&lt;60&gt;</text>');
    // Only the SVG's own elements remain: every '<' opens one of them.
    const tags = new Set([...out.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['circle', 'line', 'path', 'polygon', 'rect', 'svg', 'text', 'title']);
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
  });

  it('draws an empty chart without NaN', () => {
    const out = chartSvgMarkup({ ...sampleChart(), points: [], labels: [], signalRanges: [], inPeriod: null, baselineEnd: null, phaseStarts: [], target: null }, opts);
    expect(out).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('never prints NaN or undefined for a full chart', () => {
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });
});

import { describe, expect, it } from 'vitest';
import { linesLayout, REFERENCE_STYLE, SERIES_STYLE, type LineSeries } from '../../shared/chart/lines.ts';

const labels = ['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026'];
const margin = { top: 12, right: 20, bottom: 44, left: 60 };
const layout = (lines: LineSeries[], extra: Partial<Parameters<typeof linesLayout>[0]> = {}) => linesLayout({ labels, lines, width: 400, height: 200, margin, ...extra });

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}

describe('lines on one value axis', () => {
  it('names round values covering every line and the shared span', () => {
    const l = layout([{ name: 'Black', points: [{ index: 0, value: 31 }, { index: 1, value: 44 }] }], { span: [12, 58] });
    const values = l.yTicks.map((t) => t.value);
    expect(values[0]).toBeLessThanOrEqual(12);
    expect(values.at(-1)).toBeGreaterThanOrEqual(58);
    expect(l.yTicks[0]!.y).toBe(l.plot.bottom);
    expect(l.yTicks.at(-1)!.y).toBe(l.plot.top);
  });
  it('starts the axis at zero when asked', () => {
    const l = layout([{ name: 'Gap', points: [{ index: 0, value: 20 }, { index: 1, value: 30 }] }], { fromZero: true });
    expect(l.yTicks[0]!.value).toBe(0);
  });
  it('puts each point in the middle of its period and names the latest period', () => {
    const l = layout([{ name: 'Gap', points: [{ index: 0, value: 1 }, { index: 3, value: 2 }] }]);
    const band = (l.plot.right - l.plot.left) / labels.length;
    expect(l.lines[0]!.points.map((p) => p.x)).toEqual([l.plot.left + band / 2, l.plot.left + 3.5 * band]);
    expect(l.xTicks.at(-1)!.label).toBe('Apr 2026');
  });
  it('breaks a line where a period is missing instead of bridging it', () => {
    const l = layout([{ name: 'Low income', points: [{ index: 3, value: 4 }, { index: 0, value: 1 }, { index: 1, value: 2 }] }]);
    expect(l.lines[0]!.path.match(/M/g)).toHaveLength(2);
    expect(l.lines[0]!.points.map((p) => p.index)).toEqual([0, 1, 3]);
  });
  it('draws the reference grey and dashed without dots, the measured line solid with them', () => {
    const l = layout([
      { name: 'Whole population', reference: true, points: [{ index: 0, value: 1 }] },
      { name: 'Black', points: [{ index: 0, value: 1 }] },
    ]);
    expect(l.lines.map((x) => x.style)).toEqual([REFERENCE_STYLE, SERIES_STYLE]);
    expect(REFERENCE_STYLE.dash).not.toBe('');
    expect(REFERENCE_STYLE.dots).toBe(false);
  });
  it('uses colours with at least 3:1 contrast on white', () => {
    for (const s of [SERIES_STYLE, REFERENCE_STYLE]) expect((1.05 / (luminance(s.color) + 0.05)) >= 3, s.color).toBe(true);
  });
});

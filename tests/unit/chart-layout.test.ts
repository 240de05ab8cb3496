import { describe, expect, it } from 'vitest';
import { chartLayout, labelIndices, niceStep, niceTicks, type LayoutPoint } from '../../shared/chart/layout.ts';

const point = (y: number, extra: Partial<LayoutPoint> = {}): LayoutPoint => ({ y, cl: 50, ucl: 70, lcl: 30, sigmaSignal: false, part: 0, ...extra });
const size = { width: 500, height: 300, margin: { top: 0, right: 0, bottom: 100, left: 100 } };

describe('nice ticks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(13)).toBe(20);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(380)).toBe(500);
  });
  it('covers the range with round values', () => {
    expect(niceTicks(31, 72)).toEqual([20, 40, 60, 80]);
    expect(niceTicks(0.1, 0.3, 3)).toEqual([0.1, 0.2, 0.3]);
  });
  it('spreads a flat series around its value', () => {
    const ticks = niceTicks(5, 5);
    expect(ticks[0]).toBeLessThan(5);
    expect(ticks.at(-1)).toBeGreaterThan(5);
  });
});

describe('x labels', () => {
  it('prints every label when they fit', () => {
    expect(labelIndices(4, 400, 50)).toEqual([0, 1, 2, 3]);
  });
  it('thins them out evenly and always keeps the latest', () => {
    const picked = labelIndices(24, 300, 60);
    expect(picked.length).toBeLessThanOrEqual(5);
    expect(picked.at(-1)).toBe(23);
    expect(new Set(picked.slice(1).map((v, i) => v - picked[i]!)).size).toBe(1);
  });
});

describe('chart layout', () => {
  const layout = chartLayout({
    ...size,
    points: [point(40), point(60), point(80, { sigmaSignal: true, ucl: 75 }), point(55, { part: 1, cl: 60 })],
    labels: ['Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025'],
    signalRanges: [{ start: 0, end: 1 }],
    target: 90,
    baselineEnd: 1,
    phaseStarts: [{ index: 3, label: 'After readiness nights began' }],
  });

  it('places points at the middle of equal bands', () => {
    expect(layout.band).toBe(100);
    expect(layout.points.map((p) => p.x)).toEqual([150, 250, 350, 450]);
  });

  it('scales y to round ticks that include the limits and the target', () => {
    expect(layout.yDomain[0]).toBeLessThanOrEqual(30);
    expect(layout.yDomain[1]).toBeGreaterThanOrEqual(90);
    expect(layout.yTicks[0]!.y).toBe(200);
    expect(layout.yTicks.at(-1)!.y).toBe(0);
    expect(layout.target).toEqual({ value: 90, y: expect.any(Number) as number });
    expect(layout.target!.y).toBeLessThan(layout.points[2]!.y);
  });

  it('marks sigma signals and the points of a flagged run', () => {
    expect(layout.points.map((p) => p.signal)).toEqual([true, true, true, false]);
    expect(layout.points.map((p) => p.sigmaSignal)).toEqual([false, false, true, false]);
  });

  it('draws limits as steps, broken where a new phase starts', () => {
    // Three steps in the first phase, a fresh move for the second.
    expect(layout.centrePath.match(/M/g)).toHaveLength(2);
    expect(layout.upperPath).toMatch(/^M100,/);
    expect(layout.dataPath.startsWith('M150,')).toBe(true);
    expect(layout.dataPath.match(/L/g)).toHaveLength(3);
  });

  it('shades the baseline and places phase boundaries between periods', () => {
    expect(layout.baseline).toEqual({ x0: 100, x1: 300 });
    expect(layout.phases).toEqual([{ index: 3, x: 400, label: 'After readiness nights began' }]);
  });

  it('leaves out what is missing', () => {
    const plain = chartLayout({ ...size, points: [point(1, { ucl: null, lcl: null }), point(2, { ucl: null, lcl: null })], labels: ['a', 'b'] });
    expect(plain.upperPath).toBe('');
    expect(plain.lowerPath).toBe('');
    expect(plain.target).toBeNull();
    expect(plain.baseline).toBeNull();
    expect(plain.phases).toEqual([]);
  });

  it('lays out an empty series without failing', () => {
    const empty = chartLayout({ ...size, points: [], labels: [] });
    expect(empty.points).toEqual([]);
    expect(empty.dataPath).toBe('');
    expect(empty.yTicks.length).toBeGreaterThan(1);
  });
});

describe('points on a longer time axis (small multiples)', () => {
  // Six months on the axis; this measure has values in three of them.
  const layout = chartLayout({
    ...size,
    points: [point(40), point(60), point(80)],
    labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'],
    slots: [0, 2, 5],
    baselineEnd: 1,
  });

  it('puts each point in its own period of the shared axis, and names the axis’s periods', () => {
    expect(layout.band).toBeCloseTo(400 / 6, 1);
    expect(layout.points.map((p) => Math.round(p.x))).toEqual([133, 267, 467]);
    expect(layout.xTicks.at(-1)).toMatchObject({ index: 5, label: 'Jun' });
  });

  it('ends the baseline at the period of its last point', () => {
    expect(layout.baseline).toEqual({ x0: 100, x1: 300 });
  });

  it('places every point as before without one', () => {
    const plain = chartLayout({ ...size, points: [point(40), point(60)], labels: ['Jan', 'Feb'], baselineEnd: 0 });
    expect(plain.points.map((p) => p.x)).toEqual([200, 400]);
    expect(plain.baseline).toEqual({ x0: 100, x1: 300 });
  });
});

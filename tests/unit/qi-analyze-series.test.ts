import { describe, expect, it } from 'vitest';
import { analyzeSeries, phases, type ChartType } from '../../shared/qi/analyze-series.ts';
import { mean, median, qbinomHalf } from '../../shared/qi/r-arithmetic.ts';
import { runsAnalysis } from '../../shared/qi/runs.ts';

const values = (...ys: number[]) => ys.map((value) => ({ value }));
const close = (actual: number | null, expected: number) => expect(actual).toBeCloseTo(expected, 12);

describe('run chart', () => {
  it('centres on the median and draws no limits', () => {
    const r = analyzeSeries({ chart: 'run', points: values(3, 1, 4, 1, 5, 9) });
    expect(r.points.map((p) => p.cl)).toEqual(Array(6).fill(3.5));
    expect(r.points.every((p) => p.ucl === null && p.lcl === null && !p.sigmaSignal)).toBe(true);
  });

  it('ignores points on the centre line in the runs analysis', () => {
    // median 5; the two 5s are left out: sides + + − − → n = 4 useful points, one crossing.
    const r = analyzeSeries({ chart: 'run', points: values(6, 7, 5, 5, 2, 1) });
    expect(r.parts).toEqual([{ start: 0, end: 5, longestRun: 2, longestRunMax: 5, crossings: 1, crossingsMin: 0, runsSignal: false }]);
  });

  it('signals a shift: a run longer than round(log2 n) + 3', () => {
    // 24 points: 12 low then 12 high → longest run 12 > 8, and 1 crossing < 8.
    const ys = [...Array(12).fill(10).map((v, i) => v + (i % 3)), ...Array(12).fill(20).map((v, i) => v + (i % 3))];
    const part = analyzeSeries({ chart: 'run', points: values(...ys) }).parts[0]!;
    expect(part).toMatchObject({ longestRun: 12, longestRunMax: 8, crossings: 1, crossingsMin: 8, runsSignal: true });
  });

  it('has no runs analysis when every point is on the centre line', () => {
    const r = analyzeSeries({ chart: 'run', points: values(4, 4, 4) });
    expect(r.parts[0]).toEqual({ start: 0, end: 2, longestRun: null, longestRunMax: null, crossings: null, crossingsMin: null, runsSignal: false });
  });
});

describe('control charts', () => {
  it('i chart: mean ± 3 × AMR / 1.128', () => {
    const r = analyzeSeries({ chart: 'i', points: values(1, 3, 2, 4, 3) });
    close(r.points[0]!.cl, 2.6);
    close(r.points[0]!.ucl, 6.58936170212766);
    close(r.points[0]!.lcl, -1.38936170212766);
  });

  it('i chart: screens moving ranges at or above 3.267 × the first AMR', () => {
    // Moving ranges 0 0 0 19 19 0 0: AMR 38/7, limit 17.7; both 19s go, AMR 0, limits on the mean.
    const r = analyzeSeries({ chart: 'i', points: values(1, 1, 1, 1, 20, 1, 1, 1) });
    expect(r.points[0]).toMatchObject({ cl: 3.375, ucl: 3.375, lcl: 3.375 });
    expect(r.points.map((p) => p.sigmaSignal)).toEqual(Array(8).fill(true));
  });

  it('i chart: one baseline point has no moving range, so no limits', () => {
    const r = analyzeSeries({ chart: 'i', points: values(5, 6, 7), freeze: 1 });
    expect(r.points.map((p) => [p.cl, p.ucl, p.lcl, p.sigmaSignal])).toEqual([
      [5, null, null, false],
      [5, null, null, false],
      [5, null, null, false],
    ]);
  });

  it('p chart: Σcounts / Σdenominators, limits per point, clipped to [0, 1]', () => {
    const r = analyzeSeries({ chart: 'p', points: [10, 12, 8, 15].map((value, i) => ({ value, denominator: [50, 60, 40, 50][i]! })) });
    close(r.points[0]!.cl, 0.225);
    expect(r.points.map((p) => p.y)).toEqual([0.2, 0.2, 0.2, 0.3]);
    [0.4021651771652658, 0.3867289398963587, 0.42307668969366385].forEach((ucl, i) => close(r.points[i]!.ucl, ucl));
    close(r.points[2]!.lcl, 0.02692331030633613);
    const clipped = analyzeSeries({ chart: 'p', points: [{ value: 1, denominator: 2 }, { value: 0, denominator: 1 }] });
    expect(clipped.points.map((p) => [p.ucl, p.lcl])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it('u chart: rate per unit, lower limit clipped at 0', () => {
    const r = analyzeSeries({ chart: 'u', points: [3, 5, 2, 7].map((value, i) => ({ value, denominator: [100, 120, 80, 100][i]! })) });
    close(r.points[0]!.cl, 0.0425);
    close(r.points[1]!.ucl, 0.09895794895318108);
    expect(r.points.map((p) => p.lcl)).toEqual([0, 0, 0, 0]);
  });

  it('c chart: mean count ± 3√c̄, and flags a point strictly outside', () => {
    const r = analyzeSeries({ chart: 'c', points: values(4, 6, 3, 5, 2, 30) });
    close(r.points[0]!.cl, 8.333333333333334);
    close(r.points[0]!.ucl, 16.99358737117772);
    expect(r.points[0]!.lcl).toBe(0);
    expect(r.points.map((p) => p.sigmaSignal)).toEqual([false, false, false, false, false, true]);
  });

  it('refuses what cannot be charted, with a reason', () => {
    expect(() => analyzeSeries({ chart: 'p', points: values(1, 2) })).toThrow(/positive denominator/);
    expect(() => analyzeSeries({ chart: 'u', points: [{ value: 1, denominator: 0 }] })).toThrow(/positive denominator/);
    expect(() => analyzeSeries({ chart: 'run', points: values(1, Number.NaN) })).toThrow(/finite/);
    expect(() => analyzeSeries({ chart: 'run', points: values(1, 2), freeze: 0 })).toThrow(/freeze/);
    expect(analyzeSeries({ chart: 'i', points: [] })).toEqual({ points: [], parts: [] });
  });
});

describe('baseline and phases', () => {
  it('freeze: centre and limits from the first points, runs analysis over all of them', () => {
    const r = analyzeSeries({ chart: 'run', points: values(1, 2, 3, 4, 10, 11, 12, 13, 14, 15), freeze: 4 });
    expect(r.points[9]!.cl).toBe(2.5);
    expect(r.parts[0]).toMatchObject({ longestRun: 8, crossings: 1 });
  });

  it('phases are analysed on their own, as qicharts2 makes parts', () => {
    const r = analyzeSeries({ chart: 'i', points: values(1, 3, 2, 4, 3, 11, 13, 12, 14, 13), parts: [5] });
    expect(r.points.map((p) => p.part)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    close(r.points[4]!.cl, 2.6);
    close(r.points[5]!.cl, 12.6);
    expect(r.parts.map((p) => [p.start, p.end])).toEqual([
      [0, 4],
      [5, 9],
    ]);
    expect(phases(10, [0, 12, 5, 5, -1, 3.5])).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });

  it('ignores freeze when phases are given, as qicharts2 does', () => {
    const points = values(1, 3, 2, 4, 3, 11, 13, 12, 14, 13);
    expect(analyzeSeries({ chart: 'i', points, parts: [5], freeze: 2 })).toEqual(analyzeSeries({ chart: 'i', points, parts: [5] }));
  });
});

describe('R arithmetic', () => {
  it('qbinom(0.05, n, ½) agrees with the exact binomial distribution', () => {
    // Exact: the smallest k with Σ_{i≤k} C(n, i) ≥ 0.05 · 2^n, in integers.
    for (let n = 0; n <= 300; n++) {
      let cdf = 0n;
      let c = 1n;
      let k = 0;
      const target = 2n ** BigInt(n); // compare 20 · cdf ≥ 2^n
      for (; k <= n; k++) {
        cdf += c;
        if (20n * cdf >= target) break;
        c = (c * BigInt(n - k)) / BigInt(k + 1);
      }
      expect(qbinomHalf(0.05, n), `n = ${n}`).toBe(k);
    }
  });

  it('matches the limits table of the runs rules (Anhøj) for 10 to 24 useful points', () => {
    const limits = [10, 12, 14, 16, 18, 20, 22, 24].map((n) => {
      const r = runsAnalysis(Array.from({ length: n }, (_, i) => (i % 2 ? 1 : -1)), 0);
      return [n, r.longestRunMax, r.crossingsMin];
    });
    expect(limits).toEqual([
      [10, 6, 2],
      [12, 7, 3],
      [14, 7, 4],
      [16, 7, 4],
      [18, 7, 5],
      [20, 7, 6],
      [22, 7, 7],
      [24, 8, 8],
    ]);
  });

  it('mean and median as R computes them', () => {
    expect(mean([0.1, 0.2, 0.3])).toBe(0.2);
    expect(median([0.1, 0.2])).toBe(0.15000000000000002);
    expect(median([5, 1, 3])).toBe(3);
    expect(mean([])).toBeNaN();
  });
});

// --- Properties over generated series (a seeded generator: every run checks the same cases) ---

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function series(random: () => number, chart: ChartType) {
  const n = 1 + Math.floor(random() * 60);
  return Array.from({ length: n }, () => {
    const denominator = 1 + Math.floor(random() * 200);
    const value = chart === 'p' ? Math.floor(random() * (denominator + 1)) : chart === 'run' || chart === 'i' ? Math.round(random() * 100) / 4 : Math.floor(random() * 30);
    return chart === 'p' || chart === 'u' ? { value, denominator } : { value };
  });
}

const CHARTS: ChartType[] = ['run', 'i', 'p', 'u', 'c'];

describe('properties', () => {
  it('limits surround the centre line, p limits stay in [0, 1], lower limits of counts stay ≥ 0', () => {
    const random = rng(42);
    for (let round = 0; round < 500; round++) {
      const chart = CHARTS[round % CHARTS.length]!;
      for (const p of analyzeSeries({ chart, points: series(random, chart) }).points) {
        if (p.ucl !== null) expect(p.ucl).toBeGreaterThanOrEqual(p.cl);
        if (p.lcl !== null) expect(p.lcl).toBeLessThanOrEqual(p.cl);
        if (chart === 'p') expect([p.lcl, p.ucl].every((l) => l !== null && l >= 0 && l <= 1)).toBe(true);
        if (chart === 'u' || chart === 'c') expect(p.lcl).toBeGreaterThanOrEqual(0);
        expect(p.sigmaSignal).toBe((p.ucl !== null && p.y > p.ucl) || (p.lcl !== null && p.y < p.lcl));
      }
    }
  });

  it('a phase is analysed exactly as the same points alone', () => {
    const random = rng(7);
    for (let round = 0; round < 300; round++) {
      const chart = CHARTS[round % CHARTS.length]!;
      const points = series(random, chart);
      const cut = Math.floor(random() * points.length);
      if (cut === 0) continue;
      const whole = analyzeSeries({ chart, points, parts: [cut] });
      const first = analyzeSeries({ chart, points: points.slice(0, cut) });
      const second = analyzeSeries({ chart, points: points.slice(cut) });
      expect(whole.points).toEqual([...first.points, ...second.points.map((p) => ({ ...p, part: 1 }))]);
      expect(whole.parts[1]).toEqual({ ...second.parts[0], start: cut, end: points.length - 1 });
    }
  });

  it('freezing every point is the same as no freeze; the baseline alone sets the centre line', () => {
    const random = rng(99);
    for (let round = 0; round < 300; round++) {
      const chart = CHARTS[round % CHARTS.length]!;
      const points = series(random, chart);
      expect(analyzeSeries({ chart, points, freeze: points.length })).toEqual(analyzeSeries({ chart, points }));
      const k = 1 + Math.floor(random() * points.length);
      const frozen = analyzeSeries({ chart, points, freeze: k }).points;
      const baseline = analyzeSeries({ chart, points: points.slice(0, k) }).points;
      expect(frozen[frozen.length - 1]!.cl).toBe(baseline[0]!.cl);
    }
  });

  it('the runs analysis counts runs and crossings like a direct count', () => {
    const random = rng(2026);
    for (let round = 0; round < 500; round++) {
      const ys = Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 5));
      const r = runsAnalysis(ys, 2);
      const sides = ys.filter((y) => y !== 2).map((y) => (y > 2 ? 'u' : 'd')).join('');
      const runs = sides.match(/u+|d+/g) ?? [];
      expect(r.longestRun).toBe(runs.length ? Math.max(...runs.map((s) => s.length)) : null);
      expect(r.crossings).toBe(runs.length ? runs.length - 1 : null);
      // Reversing time changes neither.
      expect(runsAnalysis([...ys].reverse(), 2)).toEqual(r);
    }
  });

  it('10,000 points are analysed without trouble', () => {
    const random = rng(1);
    const points = Array.from({ length: 10_000 }, () => ({ value: Math.floor(random() * 50), denominator: 50 }));
    const r = analyzeSeries({ chart: 'p', points });
    expect(r.points).toHaveLength(10_000);
    const useful = r.points.filter((p) => p.y !== p.cl).length;
    expect(r.parts[0]).toMatchObject({ longestRunMax: Math.round(Math.log2(useful)) + 3, crossingsMin: qbinomHalf(0.05, useful - 1) });
  });
});

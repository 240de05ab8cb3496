import { qbinomHalf } from './r-arithmetic.ts';

export type RunsResult = {
  longestRun: number | null;
  longestRunMax: number | null;
  crossings: number | null;
  crossingsMin: number | null;
  runsSignal: boolean;
};

/**
 * Anhøj's runs analysis of one phase: points on the centre line are ignored; a signal is a
 * longest run above round(log₂ n) + 3 or fewer crossings than the 5th percentile of
 * Binomial(n − 1, ½), n being the points off the centre line.
 */
export function runsAnalysis(ys: readonly number[], cl: number): RunsResult {
  const sides: number[] = [];
  for (const y of ys) {
    const side = Math.sign(y - cl);
    if (side !== 0 && !Number.isNaN(side)) sides.push(side);
  }
  const n = sides.length;
  if (n === 0) return { longestRun: null, longestRunMax: null, crossings: null, crossingsMin: null, runsSignal: false };
  let runs = 1;
  let longestRun = 1;
  let current = 1;
  for (let i = 1; i < n; i++) {
    if (sides[i] === sides[i - 1]) {
      current += 1;
    } else {
      runs += 1;
      current = 1;
    }
    if (current > longestRun) longestRun = current;
  }
  // log₂ n is never exactly halfway between integers for a whole n, so rounding agrees with R's.
  const longestRunMax = Math.round(Math.log2(n)) + 3;
  const crossings = runs - 1;
  const crossingsMin = qbinomHalf(0.05, n - 1);
  return { longestRun, longestRunMax, crossings, crossingsMin, runsSignal: longestRun > longestRunMax || crossings < crossingsMin };
}

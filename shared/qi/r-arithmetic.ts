// The few numerical routines where agreeing with R (and so with qicharts2) to the last bit
// matters: a point exactly on the centre line is left out of the runs analysis, so the centre
// line must be the same double R computes, and the crossings limit is R's qbinom.

/** a + b as an unevaluated sum hi + lo, exactly (Knuth's TwoSum). */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** Σ xs, compensated (Neumaier): as accurate as R's long-double accumulator, or better. */
export function sum(xs: readonly number[]): number {
  let hi = 0;
  let lo = 0;
  for (const x of xs) {
    const [s, e] = twoSum(hi, x);
    hi = s;
    lo += e;
  }
  return hi + lo;
}

/**
 * R's mean(): the sum divided by n, then corrected by the mean of the residuals, in extended
 * precision. NaN for an empty vector, as in R.
 */
export function mean(xs: readonly number[]): number {
  const n = xs.length;
  if (n === 0) return Number.NaN;
  const m = sum(xs) / n;
  if (!Number.isFinite(m)) return m;
  return m + sum(xs.map((x) => x - m)) / n;
}

/** R's median(): the middle value, or the mean of the two middle values. NaN when empty. */
export function median(xs: readonly number[]): number {
  const n = xs.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(xs).sort();
  const half = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[half]! : mean([sorted[half - 1]!, sorted[half]!]);
}

/**
 * R's qbinom(p, size, 0.5): the smallest k with P(X ≤ k) ≥ p, X ~ Binomial(size, ½), with R's
 * fuzz for left continuity. The probabilities are summed in log space so that large sizes
 * (10,000 points and more) neither underflow nor lose accuracy.
 */
export function qbinomHalf(p: number, size: number): number {
  if (size <= 0) return 0;
  const target = p * (1 - 64 * Number.EPSILON);
  let logPmf = size * Math.log(0.5); // P(X = 0)
  let logCdf = logPmf;
  for (let k = 0; k < size; k++) {
    if (logCdf >= Math.log(target)) return k;
    logPmf += Math.log((size - k) / (k + 1));
    logCdf = logCdf + Math.log1p(Math.exp(logPmf - logCdf));
  }
  return size;
}

// The IHI run chart rules (Provost & Murray, The Health Care Data Guide), an option beside
// Anhøj's rules. Points on the median neither add to nor break a shift; repeated values neither
// add to nor break a trend.

export type Direction = 'up' | 'down';
export type IhiSignal = { rule: 'shift' | 'trend' | 'astronomical'; start: number; end: number; direction: Direction };

export const SHIFT_LENGTH = 6;
export const TREND_LENGTH = 5;

/** Runs of 6 or more points on one side of the median. Indices are positions in `ys`. */
export function shifts(ys: readonly number[], median: number): IhiSignal[] {
  const found: IhiSignal[] = [];
  let side = 0;
  let start = -1;
  let last = -1;
  let count = 0;
  const close = () => {
    if (count >= SHIFT_LENGTH) found.push({ rule: 'shift', start, end: last, direction: side > 0 ? 'up' : 'down' });
  };
  ys.forEach((y, i) => {
    const s = Math.sign(y - median);
    if (s === 0) return;
    if (s !== side) {
      close();
      side = s;
      start = i;
      count = 0;
    }
    count += 1;
    last = i;
  });
  close();
  return found;
}

/** Five or more points each higher (or each lower) than the one before. */
export function trends(ys: readonly number[]): IhiSignal[] {
  const found: IhiSignal[] = [];
  let direction = 0;
  let start = 0;
  let last = 0;
  let count = 1;
  const close = () => {
    if (count >= TREND_LENGTH) found.push({ rule: 'trend', start, end: last, direction: direction > 0 ? 'up' : 'down' });
  };
  for (let i = 1; i < ys.length; i++) {
    const step = Math.sign(ys[i]! - ys[last]!);
    if (step === 0) continue;
    if (step !== direction) {
      close();
      direction = step;
      start = last;
      count = 1;
    }
    count += 1;
    last = i;
  }
  close();
  return found;
}

/** The q-th quantile as R computes it by default (type 7: linear between order statistics). */
export function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!);
}

export const ASTRONOMICAL_MIN_POINTS = 5;

/**
 * "Astronomical" points: the IHI rule asks for a point obviously different from all the others,
 * a judgement. Needle makes it repeatable with Tukey's "far out" fences: more than 3 × the
 * interquartile range beyond the quartiles. A steady trend is not astronomical; a one-off is.
 */
export function astronomical(ys: readonly number[]): IhiSignal[] {
  if (ys.length < ASTRONOMICAL_MIN_POINTS) return [];
  const sorted = [...ys].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const reach = 3 * (q3 - q1);
  return ys.flatMap((y, i): IhiSignal[] =>
    y > q3 + reach ? [{ rule: 'astronomical', start: i, end: i, direction: 'up' }] : y < q1 - reach ? [{ rule: 'astronomical', start: i, end: i, direction: 'down' }] : [],
  );
}

export function ihiRules(ys: readonly number[], median: number): IhiSignal[] {
  return [...shifts(ys, median), ...trends(ys), ...astronomical(ys)].sort((a, b) => a.end - b.end || a.start - b.start);
}

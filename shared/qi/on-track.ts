import type { Polarity } from './verdict.ts';

// Is the indicator on track to reach its target by its date? A rule that one noisy month cannot
// flip: a robust slope (Theil–Sen: the median of the slopes between every pair of recent points)
// with its rank-based interval (Sen, 1968), projected from where the line says the indicator is
// now rather than from the latest value. The answer is "on track" only when even the slow end of
// the likely rates gets there, "not on track" only when even the fast end falls short, and
// "too early to tell" in between or with too few points. docs/indicator-data.md says it in words.

/** The latest points the rate is read from: a year of monthly data. */
export const ON_TRACK_WINDOW = 12;
/** Fewer points than this and the answer is "too early to tell". */
export const ON_TRACK_MIN_POINTS = 6;
/** How sure the interval is: 90 % two-sided, so each end is 95 % one-sided. */
const Z = 1.645;

export type OnTrackStatus = 'on_track' | 'not_on_track' | 'too_early';

export type Line = {
  /** Median pairwise slope, and the interval around it. */
  slope: number;
  low: number;
  high: number;
  /** The line's value at x (its intercept is the median of y − slope·x). */
  levelAt: (x: number) => number;
};

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The Theil–Sen line with Sen's confidence interval for its slope; null without two distinct x. */
export function theilSen(points: readonly { x: number; y: number }[]): Line | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const dx = points[j]!.x - points[i]!.x;
      if (dx !== 0) slopes.push((points[j]!.y - points[i]!.y) / dx);
    }
  if (slopes.length === 0) return null;
  slopes.sort((a, b) => a - b);
  const slope = median(slopes);
  // Sen's interval: the ranks C/2 either side of the middle of the ordered slopes, where C comes
  // from the variance of Kendall's S (ties ignored).
  const n = points.length;
  const N = slopes.length;
  const c = Z * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const lowRank = Math.max(1, Math.round((N - c) / 2));
  const highRank = Math.min(N, Math.round((N + c) / 2) + 1);
  const intercept = median(points.map((p) => p.y - slope * p.x));
  return { slope, low: slopes[lowRank - 1]!, high: slopes[highRank - 1]!, levelAt: (x) => intercept + slope * x };
}

const DAY = 86_400_000;
export const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY;
const meets = (value: number, target: number, polarity: Polarity) => (polarity === 'higher_is_better' ? value >= target : value <= target);

export type OnTrack = {
  status: OnTrackStatus;
  /** How many recent points the answer rests on. */
  points: number;
  /** Per day: the robust slope and its interval; null with too few points. */
  rate: { slope: number; low: number; high: number } | null;
  /** Where the line puts the indicator now, and where each rate leads by the target date. */
  levelNow: number | null;
  projected: { likely: number; slow: number; fast: number } | null;
};

/** The rule, on points in time order (date: the first day of the period). */
export function onTrack(input: { points: readonly { date: string; value: number }[]; target: { value: number; date: string }; polarity: Polarity }): OnTrack {
  const { target, polarity } = input;
  const recent = input.points.slice(-ON_TRACK_WINDOW);
  const none: OnTrack = { status: 'too_early', points: recent.length, rate: null, levelNow: null, projected: null };
  if (recent.length < ON_TRACK_MIN_POINTS) return none;
  const line = theilSen(recent.map((p) => ({ x: dayNumber(p.date), y: p.value })));
  if (!line) return none;
  const now = dayNumber(recent.at(-1)!.date);
  const levelNow = line.levelAt(now);
  const days = Math.max(0, dayNumber(target.date) - now);
  const at = (slope: number) => levelNow + slope * days;
  // Slow and fast are toward the good side: up when higher is better, down when lower is.
  const [slow, fast] = polarity === 'higher_is_better' ? [line.low, line.high] : [line.high, line.low];
  const projected = { likely: at(line.slope), slow: at(slow), fast: at(fast) };
  const status: OnTrackStatus = meets(projected.slow, target.value, polarity) ? 'on_track' : meets(projected.fast, target.value, polarity) ? 'too_early' : 'not_on_track';
  return { status, points: recent.length, rate: { slope: line.slope, low: line.low, high: line.high }, levelNow, projected };
}

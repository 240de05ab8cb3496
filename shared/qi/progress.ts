import type { Polarity } from './verdict.ts';

// Progress toward the target: where the indicator is, how far it has come, how far it has to go,
// and whether the recent rate of change would get there by the target date.

const DAY = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY;

export type Progress = {
  latest: { date: string; value: number } | null;
  changeSinceBaseline: number | null;
  /** Target minus latest: what is left to move (its sign says which way). */
  distanceToTarget: number | null;
  reached: boolean | null;
  /** The least-squares slope over the recent points, per year. */
  ratePerYear: number | null;
  /** Where that rate leads by the target date. */
  projected: number | null;
  /** Whether the projection reaches the target by its date; null when it cannot be told. */
  onTrack: boolean | null;
};

/** At or beyond the target, on the good side. */
const meets = (value: number, target: number, polarity: Polarity) => (polarity === 'higher_is_better' ? value >= target : value <= target);

/** The least-squares line through the points, as a slope per day; null with fewer than 3 points or one date. */
export function slopePerDay(points: readonly { date: string; value: number }[]): number | null {
  if (points.length < 3) return null;
  const xs = points.map((p) => dayNumber(p.date));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = points.reduce((a, p) => a + p.value, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (p.value - my);
  });
  return sxx === 0 ? null : sxy / sxx;
}

export const TREND_WINDOW = 12;

export function progressToTarget(input: {
  /** In time order; date: the first day of the period. */
  points: readonly { date: string; value: number }[];
  baseline: { value: number } | null;
  target: { value: number; date: string } | null;
  polarity: Polarity;
}): Progress {
  const { points, baseline, target, polarity } = input;
  const latest = points.at(-1) ?? null;
  const slope = slopePerDay(points.slice(-TREND_WINDOW));
  const progress: Progress = {
    latest,
    changeSinceBaseline: latest && baseline ? latest.value - baseline.value : null,
    distanceToTarget: latest && target ? target.value - latest.value : null,
    reached: latest && target ? meets(latest.value, target.value, polarity) : null,
    ratePerYear: slope === null ? null : slope * 365.25,
    projected: null,
    onTrack: null,
  };
  if (!latest || !target) return progress;
  if (progress.reached) return { ...progress, onTrack: true };
  if (slope === null) return progress;
  const projected = latest.value + slope * (dayNumber(target.date) - dayNumber(latest.date));
  return { ...progress, projected, onTrack: dayNumber(target.date) >= dayNumber(latest.date) && meets(projected, target.value, polarity) };
}

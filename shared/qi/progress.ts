import { onTrack, type OnTrack, type OnTrackStatus } from './on-track.ts';
import type { Polarity } from './verdict.ts';

// Progress toward the target: where the indicator is, how far it has come, how far it has to go,
// and whether it is on track to get there by the target date (the rule is in on-track.ts).

export type Progress = {
  latest: { date: string; value: number } | null;
  changeSinceBaseline: number | null;
  /** Target minus latest: what is left to move (its sign says which way). */
  distanceToTarget: number | null;
  reached: boolean | null;
  /** The robust slope over the recent points, per year. */
  ratePerYear: number | null;
  /** Where that rate leads by the target date. */
  projected: number | null;
  /** True on track, false not on track, null too early to tell or no target. */
  onTrack: boolean | null;
  /** The answer in full, with the rates it rests on; null without a target. */
  onTrackDetail: OnTrack | null;
};

/** At or beyond the target, on the good side. */
const meets = (value: number, target: number, polarity: Polarity) => (polarity === 'higher_is_better' ? value >= target : value <= target);

const AS_BOOLEAN: Record<OnTrackStatus, boolean | null> = { on_track: true, not_on_track: false, too_early: null };

export function progressToTarget(input: {
  /** In time order; date: the first day of the period. */
  points: readonly { date: string; value: number }[];
  baseline: { value: number } | null;
  target: { value: number; date: string } | null;
  polarity: Polarity;
}): Progress {
  const { points, baseline, target, polarity } = input;
  const latest = points.at(-1) ?? null;
  const detail = latest && target ? onTrack({ points, target, polarity }) : null;
  return {
    latest,
    changeSinceBaseline: latest && baseline ? latest.value - baseline.value : null,
    distanceToTarget: latest && target ? target.value - latest.value : null,
    reached: latest && target ? meets(latest.value, target.value, polarity) : null,
    ratePerYear: detail?.rate ? detail.rate.slope * 365.25 : null,
    projected: detail?.projected?.likely ?? null,
    onTrack: detail ? AS_BOOLEAN[detail.status] : null,
    onTrackDetail: detail,
  };
}

import type { ReactNode } from 'react';
import { ON_TRACK_MIN_POINTS, ON_TRACK_WINDOW } from '../../../../shared/qi/on-track.ts';
import { baselineText, type Baseline } from '../../../../shared/indicator/baseline.ts';
import type { Progress } from '../../../../shared/qi/progress.ts';
import type { Indicator } from '../indicator-layout.tsx';
import { formatChange, formatValue } from '../../../../shared/indicator/format.ts';
import { formatDay } from '../../../../shared/format/dates.ts';

/** Where the indicator stands against its baseline and target, in sentences a partner can repeat. */
export function ProgressSummary({ indicator: ind, progress, baseline, latestLabel }: { indicator: Indicator; progress: Progress; baseline: Baseline | null; latestLabel: string | null }) {
  const { latest } = progress;
  if (!latest) return null;
  const target = ind.targetValue !== null && ind.targetDate ? `${formatValue(ind, ind.targetValue)} by ${formatDay(ind.targetDate)}` : null;
  return (
    <section aria-labelledby="progress-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <h3 id="progress-heading" className="text-base font-semibold text-slate-900">
        Progress toward the target
      </h3>
      <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
        <Item term="Latest value">
          {formatValue(ind, latest.value)}
          {latestLabel && ` (${latestLabel})`}
        </Item>
        <Item term="Baseline">
          {baselineText(ind, baseline)}
          {progress.changeSinceBaseline !== null && `; ${formatChange(ind, progress.changeSinceBaseline)} since`}
        </Item>
        <Item term="Distance to the target">
          {target === null || progress.distanceToTarget === null
            ? 'No target set.'
            : progress.reached
              ? `Reached: the target is ${target}.`
              : `${formatChange(ind, progress.distanceToTarget)} to go to ${target}.`}
        </Item>
        <Item term="On track?">
          {onTrackText(ind, progress, target)}
          {target !== null && <OnTrackMethod ind={ind} p={progress} />}
        </Item>
      </dl>
    </section>
  );
}

function onTrackText(ind: Indicator, p: Progress, target: string | null): string {
  if (target === null) return 'Set a target to see whether the indicator is on track.';
  const d = p.onTrackDetail;
  if (!d || !d.projected) return `Too early to tell: it takes at least ${ON_TRACK_MIN_POINTS} periods of data to see a steady rate of change.`;
  const likely = formatValue(ind, d.projected.likely);
  if (d.status === 'on_track') return `On track: at its steady rate of change it would reach about ${likely} by the target date.`;
  if (d.status === 'not_on_track') return `Not on track: at its steady rate of change it would reach only about ${likely} by the target date.`;
  return `Too early to tell: the recent values go up and down too much to say whether it will get there (most likely about ${likely} by the target date).`;
}

/** The rule behind "On track?", for whoever wants to check it. */
function OnTrackMethod({ ind, p }: { ind: Indicator; p: Progress }) {
  const d = p.onTrackDetail;
  const perYear = (v: number) => `${formatChange(ind, v * 365.25)} a year`;
  return (
    <details className="mt-1">
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-accent-800">How this is decided</summary>
      <p>
        We draw the steadiest line through the latest {ON_TRACK_WINDOW} values (the Theil–Sen line: the middle of the slopes between every pair of
        values, so one unusual period barely moves it) and follow it to the target date. “On track” means even its slow end gets there; “not on
        track” means even its fast end falls short; in between, or with fewer than {ON_TRACK_MIN_POINTS} values, it is too early to tell.
      </p>
      {d?.rate && d.projected && (
        <p className="mt-1">
          From {d.points} values: {perYear(d.rate.slope)} (likely between {perYear(d.rate.low)} and {perYear(d.rate.high)}, 90% interval), leading to
          between {formatValue(ind, Math.min(d.projected.slow, d.projected.fast))} and {formatValue(ind, Math.max(d.projected.slow, d.projected.fast))} by
          the target date.
        </p>
      )}
    </details>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="space-y-0.5">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

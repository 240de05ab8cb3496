import type { ReactNode } from 'react';
import { periodLabel } from '../../../shared/domain/period.ts';
import type { Progress } from '../../../shared/qi/progress.ts';
import type { Indicator } from './indicator-layout.tsx';
import { formatChange, formatValue } from '../../../shared/indicator/format.ts';

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
export const formatDay = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));

/** Where the indicator stands against its baseline and target, in sentences a partner can repeat. */
export function ProgressSummary({ indicator: ind, progress, latestLabel }: { indicator: Indicator; progress: Progress; latestLabel: string | null }) {
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
        <Item term="Change since the baseline">
          {progress.changeSinceBaseline === null
            ? 'No baseline set.'
            : `${formatChange(ind, progress.changeSinceBaseline)} from ${formatValue(ind, ind.baselineValue!)}${ind.baselinePeriod ? ` in ${periodLabel(ind.baselinePeriod, ind.frequency)}` : ''}`}
        </Item>
        <Item term="Distance to the target">
          {target === null || progress.distanceToTarget === null
            ? 'No target set.'
            : progress.reached
              ? `Reached: the target is ${target}.`
              : `${formatChange(ind, progress.distanceToTarget)} to go to ${target}.`}
        </Item>
        <Item term="On track?">{onTrackText(ind, progress, target)}</Item>
      </dl>
    </section>
  );
}

function onTrackText(ind: Indicator, p: Progress, target: string | null): string {
  if (target === null) return 'Set a target to see whether the indicator is on track.';
  if (p.reached) return 'Yes: the latest value meets the target.';
  if (p.onTrack === null || p.projected === null) return 'Too few points to tell yet: about 3 are needed to see a rate of change.';
  const rate = p.ratePerYear === null ? '' : ` (${formatChange(ind, p.ratePerYear)} a year)`;
  return p.onTrack
    ? `Yes: at the recent rate${rate} it would reach about ${formatValue(ind, p.projected)} by the target date.`
    : `Not yet: at the recent rate${rate} it would be about ${formatValue(ind, p.projected)} by the target date, short of the target.`;
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="space-y-0.5">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

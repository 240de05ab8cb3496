import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Words } from '../../../../shared/i18n/words.ts';
import { ON_TRACK_MIN_POINTS, ON_TRACK_WINDOW } from '../../../../shared/qi/on-track.ts';
import { baselineText, type Baseline } from '../../../../shared/indicator/baseline.ts';
import type { Progress } from '../../../../shared/qi/progress.ts';
import type { Indicator } from '../indicator-layout.tsx';
import { formatChange, formatValue } from '../../../../shared/indicator/format.ts';
import { useWords } from '../../../lib/use-words.ts';

/** Where the indicator stands against its baseline and target, in sentences a partner can repeat. */
export function ProgressSummary({ indicator: ind, progress, baseline, latestLabel }: { indicator: Indicator; progress: Progress; baseline: Baseline | null; latestLabel: string | null }) {
  const { t } = useTranslation('indicator');
  const words = useWords('indicator', 'qi');
  const { latest } = progress;
  if (!latest) return null;
  const target =
    ind.targetValue !== null && ind.targetDate ? t('progress.target', { value: formatValue(ind, ind.targetValue, words), date: words.f.day(ind.targetDate) }) : null;
  return (
    <section aria-labelledby="progress-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <h3 id="progress-heading" className="text-base font-semibold text-slate-900">
        {t('progress.heading')}
      </h3>
      <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
        <Item term={t('progress.latest')}>
          {formatValue(ind, latest.value, words)}
          {latestLabel && ` (${latestLabel})`}
        </Item>
        <Item term={t('progress.baseline')}>
          {baselineText(ind, baseline, words)}
          {progress.changeSinceBaseline !== null && `; ${t('progress.since', { change: formatChange(ind, progress.changeSinceBaseline, words) })}`}
        </Item>
        <Item term={t('progress.distance')}>
          {target === null || progress.distanceToTarget === null
            ? t('progress.noTarget')
            : progress.reached
              ? t('progress.reached', { target })
              : t('progress.toGo', { change: formatChange(ind, progress.distanceToTarget, words), target })}
        </Item>
        <Item term={t('progress.onTrack.term')}>
          {onTrackText(ind, progress, target, words)}
          {target !== null && <OnTrackMethod ind={ind} p={progress} />}
        </Item>
      </dl>
    </section>
  );
}

function onTrackText(ind: Indicator, p: Progress, target: string | null, w: Words): string {
  if (target === null) return w.t('indicator:progress.onTrack.setTarget');
  const d = p.onTrackDetail;
  if (!d || !d.projected) return w.t('indicator:progress.onTrack.tooFew', { min: w.f.count(ON_TRACK_MIN_POINTS) });
  const likely = formatValue(ind, d.projected.likely, w);
  if (d.status === 'on_track') return w.t('indicator:progress.onTrack.on', { likely });
  if (d.status === 'not_on_track') return w.t('indicator:progress.onTrack.off', { likely });
  return w.t('indicator:progress.onTrack.noisy', { likely });
}

/** The rule behind "On track?", for whoever wants to check it. */
function OnTrackMethod({ ind, p }: { ind: Indicator; p: Progress }) {
  const { t } = useTranslation('indicator');
  const words = useWords('indicator', 'qi');
  const d = p.onTrackDetail;
  const perYear = (v: number) => t('progress.method.perYear', { change: formatChange(ind, v * 365.25, words) });
  return (
    <details className="mt-1">
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-accent-800">{t('progress.method.summary')}</summary>
      <p>{t('progress.method.rule', { window: words.f.count(ON_TRACK_WINDOW), min: words.f.count(ON_TRACK_MIN_POINTS) })}</p>
      {d?.rate && d.projected && (
        <p className="mt-1">
          {t('progress.method.rates', {
            n: words.f.count(d.points),
            slope: perYear(d.rate.slope),
            low: perYear(d.rate.low),
            high: perYear(d.rate.high),
            interval: new Intl.NumberFormat(words.f.locale, { style: 'percent' }).format(0.9),
            from: formatValue(ind, Math.min(d.projected.slow, d.projected.fast), words),
            to: formatValue(ind, Math.max(d.projected.slow, d.projected.fast), words),
          })}
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

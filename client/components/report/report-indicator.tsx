import { CircleAlert, CircleMinus, TrendingUp } from 'lucide-react';
import { formatChange, formatValue, withheldNote } from '../../../shared/indicator/format.ts';
import type { IndicatorStatus } from '../../../shared/report/content.ts';
import { onTrackSentence } from '../../../shared/report/on-track-words.ts';
import { cx } from '../ui/cx.ts';
import type { Words } from '../../../shared/i18n/words.ts';
import { ReportChart } from './report-chart.tsx';
import { Heading, Item, type Level } from './report-parts.tsx';

const VERDICT = {
  improvement: { Icon: TrendingUp, box: 'border-emerald-300 bg-emerald-50 text-emerald-950' },
  concern: { Icon: CircleAlert, box: 'border-amber-300 bg-amber-50 text-amber-950' },
  no_signal: { Icon: CircleMinus, box: 'border-slate-300 bg-slate-50 text-slate-900' },
} as const;

/** The indicator's status: the signal first, then where it stands, its chart and its gaps. */
/**
 * `frozen`: the sentences were written when the report was published, in its language, and stay as
 * they were (like people's words, they are not the interface's to translate).
 */
export function IndicatorStatusView({ ind, level, idPrefix, w, frozen = false }: { ind: IndicatorStatus; level: Level; idPrefix: string; w: Words; frozen?: boolean }) {
  const kept = frozen ? ('no' as const) : undefined;
  const { t, f } = w;
  const look = VERDICT[ind.verdict];
  const units = { unit: ind.unit, ratePer: ind.ratePer };
  const target = ind.target ? t('report:targetBy', { value: formatValue(units, ind.target.value, w), date: f.day(ind.target.date) }) : null;
  const atPeriod = (v: { value: number; label: string }) => t('report:valueAt', { value: formatValue(units, v.value, w), period: v.label });
  return (
    <div className="space-y-4">
      <div className={cx('rounded-xl border-2 p-4 print:bg-transparent', look.box)}>
        <p className="flex items-center gap-2 font-semibold">
          <look.Icon aria-hidden="true" className="size-5 shrink-0" />
          <span>
            <span className="sr-only">{t('report:view.signal')} </span>
            {t(`report:view.verdict.${ind.verdict}`)}
          </span>
        </p>
        <p className="mt-1" translate={kept}>
          {ind.sentence}
        </p>
        {ind.decided && ind.decided.length > 0 && (
          <details className="mt-1 print:hidden">
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium underline">{t('report:view.decided')}</summary>
            <div className="space-y-1 text-sm">
              {ind.decided.map((line, i) => (
                <p key={i} translate={kept}>
                  {line}
                </p>
              ))}
            </div>
          </details>
        )}
      </div>
      <p translate="no">
        <span className="font-medium">{ind.name}</span>
        {ind.definition && <span className="text-slate-700">: {ind.definition}</span>}
      </p>
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <Item term={t('report:latest')}>{ind.latest ? atPeriod(ind.latest) : t('report:view.noLatest')}</Item>
        <Item term={t('report:baseline')}>
          {ind.baseline
            ? ind.changeSinceBaseline !== null
              ? t('report:view.baselineSince', { value: atPeriod(ind.baseline), change: formatChange(units, ind.changeSinceBaseline, w) })
              : atPeriod(ind.baseline)
            : t('report:view.noBaseline')}
        </Item>
        <Item term={t('report:target')}>
          {target ? (ind.distanceToTarget !== null ? t('report:view.targetToGo', { target, distance: formatChange(units, ind.distanceToTarget, w) }) : target) : t('report:view.noTarget')}
        </Item>
      </dl>
      <p>{onTrackSentence(ind, w)}</p>
      <ReportChart chart={ind.chart} unit={ind.unit} ratePer={ind.ratePer} name={ind.name} w={w} frozen={frozen} />
      {ind.dataSource && <p className="text-sm text-slate-700">{t('report:view.source', { source: ind.dataSource })}</p>}
      {ind.equity.length > 0 && (
        <>
          <Heading level={level} id={`${idPrefix}-equity`} className="text-base font-semibold">
            {t('report:equityTitle')}
          </Heading>
          <ul className="space-y-3">
            {ind.equity.map((e) => (
              <li key={e.dimension} className="break-inside-avoid">
                <p translate="no" className="font-medium">
                  {e.dimension}
                </p>
                {/* Why the gap narrowed, first; reports published before it was written show as they did. A gap
                    that closed because a group got worse says so in a line of its own. */}
                {e.why && !e.why.improvement && (
                  <p className="font-semibold text-amber-900" translate={kept}>
                    {e.why.headline}
                  </p>
                )}
                {e.why && <p translate={kept}>{e.why.sentence}</p>}
                <p>
                  {e.latestGap
                    ? t('report:view.gap', {
                        period: e.latestGap.label,
                        high: e.latestGap.high.group,
                        highValue: formatValue(units, e.latestGap.high.value, w),
                        low: e.latestGap.low.group,
                        lowValue: formatValue(units, e.latestGap.low.value, w),
                        gap: formatChange(units, e.latestGap.gap, w).replace(/^\+/, ''),
                      })
                    : t('report:view.noGap')}
                  {e.sentence && <span translate={kept}>{` ${e.sentence}`}</span>}
                </p>
                {withheldNote(e, w) && <p className="text-sm text-slate-700">{withheldNote(e, w)}</p>}
                {e.why && (
                  <details className="print:hidden">
                    <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium underline">{t('report:view.decided')}</summary>
                    <p className="text-sm" translate={kept}>
                      {e.why.method}
                    </p>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

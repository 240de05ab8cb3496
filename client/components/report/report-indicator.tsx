import { CircleAlert, CircleMinus, TrendingUp } from 'lucide-react';
import { formatChange, formatValue, withheldNote } from '../../../shared/indicator/format.ts';
import type { IndicatorStatus } from '../../../shared/report/content.ts';
import { onTrackSentence } from '../../../shared/report/on-track-words.ts';
import { cx } from '../ui/cx.ts';
import { useWords } from '../../lib/i18n.ts';
import { formatDay } from '../../../shared/format/dates.ts';
import { ReportChart } from './report-chart.tsx';
import { Heading, Item, type Level } from './report-parts.tsx';

const VERDICT = {
  improvement: { title: 'Improvement', Icon: TrendingUp, box: 'border-emerald-300 bg-emerald-50 text-emerald-950' },
  concern: { title: 'Concern', Icon: CircleAlert, box: 'border-amber-300 bg-amber-50 text-amber-950' },
  no_signal: { title: 'No signal yet', Icon: CircleMinus, box: 'border-slate-300 bg-slate-50 text-slate-900' },
} as const;

/** The indicator's status: the signal first, then where it stands, its chart and its gaps. */
export function IndicatorStatusView({ ind, level, idPrefix }: { ind: IndicatorStatus; level: Level; idPrefix: string }) {
  const look = VERDICT[ind.verdict];
  const units = { unit: ind.unit, ratePer: ind.ratePer };
  const words = useWords('qi');
  const target = ind.target ? `${formatValue(units, ind.target.value, words)} by ${formatDay(ind.target.date)}` : null;
  return (
    <div className="space-y-4">
      <div className={cx('rounded-xl border-2 p-4 print:bg-transparent', look.box)}>
        <p className="flex items-center gap-2 font-semibold">
          <look.Icon aria-hidden="true" className="size-5 shrink-0" />
          <span>
            <span className="sr-only">Signal: </span>
            {look.title}
          </span>
        </p>
        <p className="mt-1">{ind.sentence}</p>
        {ind.decided && ind.decided.length > 0 && (
          <details className="mt-1 print:hidden">
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium underline">How this was decided</summary>
            <div className="space-y-1 text-sm">
              {ind.decided.map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </div>
          </details>
        )}
      </div>
      <p>
        <span className="font-medium">{ind.name}</span>
        {ind.definition && <span className="text-slate-700">: {ind.definition}</span>}
      </p>
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <Item term="Latest">{ind.latest ? `${formatValue(units, ind.latest.value, words)} (${ind.latest.label})` : 'No measurement yet.'}</Item>
        <Item term="Baseline">
          {ind.baseline
            ? `${formatValue(units, ind.baseline.value, words)} (${ind.baseline.label})${ind.changeSinceBaseline !== null ? `; ${formatChange(units, ind.changeSinceBaseline, words)} since` : ''}`
            : 'No baseline set.'}
        </Item>
        <Item term="Target">
          {target ? `${target}${ind.distanceToTarget !== null ? `; ${formatChange(units, ind.distanceToTarget, words)} to go` : ''}` : 'No target set.'}
        </Item>
      </dl>
      <p>{onTrackSentence(ind, words)}</p>
      <ReportChart chart={ind.chart} unit={ind.unit} ratePer={ind.ratePer} name={ind.name} />
      {ind.dataSource && <p className="text-sm text-slate-700">Source: {ind.dataSource}</p>}
      {ind.equity.length > 0 && (
        <>
          <Heading level={level} id={`${idPrefix}-equity`} className="text-base font-semibold">
            Equity gaps
          </Heading>
          <ul className="space-y-3">
            {ind.equity.map((e) => (
              <li key={e.dimension} className="break-inside-avoid">
                <p className="font-medium">{e.dimension}</p>
                <p>
                  {e.latestGap
                    ? `In ${e.latestGap.label}, ${e.latestGap.high.group} was at ${formatValue(units, e.latestGap.high.value, words)} and ${e.latestGap.low.group} at ${formatValue(units, e.latestGap.low.value, words)}: a gap of ${formatChange(units, e.latestGap.gap, words).replace(/^\+/, '')}.`
                    : 'There is not enough data by group to show a gap yet.'}
                  {e.sentence && ` ${e.sentence}`}
                </p>
                {withheldNote(e, words) && <p className="text-sm text-slate-700">{withheldNote(e, words)}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

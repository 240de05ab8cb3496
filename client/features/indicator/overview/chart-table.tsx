import { useTranslation } from 'react-i18next';
import type { Indicator } from '../indicator-layout.tsx';
import { type Overview } from '../../../../shared/indicator/overview.ts';
import { formatValue } from '../../../../shared/indicator/format.ts';
import type { Words } from '../../../../shared/i18n/words.ts';
import { useWords } from '../../../lib/use-words.ts';

/** What `pointSignal` reads of an overview; the family view's small charts give the same. */
type Signals = { analysis: { points: readonly { sigmaSignal: boolean }[] }; verdict: Pick<Overview['verdict'], 'reasons'> };

/** Whether the point at `i` is part of a signal, in words, or null when it is not. */
export function pointSignal({ analysis, verdict }: Signals, i: number, w: Words): string | null {
  if (analysis.points[i]?.sigmaSignal) return w.t('indicator:signal.outside');
  const run = verdict.reasons.find((r): r is typeof r & { rule: Exclude<typeof r.rule, 'sigma'> } => r.rule !== 'sigma' && i >= r.start && i <= r.end);
  return run ? w.t(`indicator:signal.partOf.${run.rule}`) : null;
}

/** Every point of the chart as a table: the chart's accessible alternative, and a way to read exact values. */
export function ChartTable({ indicator: ind, overview }: { indicator: Indicator; overview: Overview }) {
  const { t } = useTranslation('indicator');
  const words = useWords('indicator', 'qi');
  const { rows, analysis } = overview;
  const control = overview.chart !== 'run';
  const v = (n: number | null) => (n === null ? '—' : formatValue(ind, n, words));
  return (
    <details className="rounded-xl border border-slate-200 bg-white shadow-xs">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-medium text-slate-900">{t('table.show')}</summary>
      <div className="overflow-x-auto px-2 pb-3 sm:px-4">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{control ? t('table.captionLimits') : t('table.caption')}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-slate-700">
              <th scope="col" className="px-2 py-2 font-medium">
                {t('table.period')}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {t('table.value')}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {t('table.usual')}
              </th>
              {control && (
                <>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {t('table.lower')}
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {t('table.upper')}
                  </th>
                </>
              )}
              <th scope="col" className="px-2 py-2 font-medium">
                {t('table.signal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const p = analysis.points[i]!;
              return (
                <tr key={r.period} className="border-b border-slate-100">
                  <th scope="row" className="px-2 py-1.5 font-normal whitespace-nowrap">
                    {r.label}
                  </th>
                  <td className="px-2 py-1.5">{v(p.y)}</td>
                  <td className="px-2 py-1.5">{v(p.cl)}</td>
                  {control && (
                    <>
                      <td className="px-2 py-1.5">{v(p.lcl)}</td>
                      <td className="px-2 py-1.5">{v(p.ucl)}</td>
                    </>
                  )}
                  <td className="px-2 py-1.5">{pointSignal(overview, i, words) ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

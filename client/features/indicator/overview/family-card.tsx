import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { measureHref } from '../../../app/paths.ts';
import { howDecided } from '../../../../shared/qi/verdict-words.ts';
import { formatValue } from '../../../../shared/indicator/format.ts';
import { cx } from '../../../components/ui/cx.ts';
import { useWords } from '../../../lib/use-words.ts';
import { pointSignal } from './chart-table.tsx';
import { FAMILY_CHART_HEIGHT, FamilyChart, type FamilyMember } from './family-chart.tsx';
import { HowDecided } from './how-decided.tsx';
import { VERDICT_LOOK } from './verdict-callout.tsx';

/**
 * One measure of the family: what it is, its verdict in a sentence first, its latest value, its
 * small chart, and, one click away each, how the verdict was decided and every value as a table.
 */
export function FamilyCard({ member: m, labels, slots, slug }: { member: FamilyMember; labels: readonly string[]; slots: readonly number[]; slug: string }) {
  const id = useId();
  const { t } = useTranslation(['indicator', 'common']);
  const words = useWords('indicator', 'qi');
  const { Icon, box } = VERDICT_LOOK[m.verdict.verdict];
  const latest = m.rows.at(-1);
  return (
    <article aria-labelledby={`${id}-name`} className="min-w-0 space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-xs sm:p-4">
      <div>
        <p className="text-sm font-medium text-slate-600">{t(`indicator:measureKind.${m.kind}`)}</p>
        <h4 id={`${id}-name`} translate="no" className="text-base font-semibold break-words text-slate-900">
          {/* The outcome's card sits on the outcome's own page; the others open their measure's. */}
          {m.kind === 'outcome' ? m.name : <Link to={measureHref(slug, m)}>{m.name}</Link>}
        </h4>
      </div>
      <p className={cx('flex gap-2 rounded-lg border-l-4 p-2 text-sm', box)}>
        <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>
          <span className="sr-only">{t('verdict.label')} </span>
          <span className="font-semibold">{t(`verdict.title.${m.verdict.verdict}`)}.</span> {m.verdict.sentence}
        </span>
      </p>
      {m.equity.map((e) => (
        <p key={e.dimension} className="text-sm text-slate-800">
          <span className="font-medium">{t('family.gap', { dimension: e.dimension })}</span> {e.sentence}
        </p>
      ))}
      {latest ? (
        <>
          <p className="text-sm text-slate-700">{t('family.latest', { value: formatValue(m, latest.value, words), period: latest.label })}</p>
          <FamilyChart member={m} labels={labels} slots={slots} />
        </>
      ) : (
        // The same room as a chart, so a measure without values yet keeps the grid's rows even.
        <p className="flex items-center justify-center rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600" style={{ minHeight: FAMILY_CHART_HEIGHT }}>
          {t('family.noValues')}
        </p>
      )}
      <HowDecided lines={howDecided(m.verdict, m.rules, words)} summaryClassName="text-accent-800" />
      {latest && <FamilyTable member={m} />}
    </article>
  );
}

/** The small chart's values for anyone who cannot see it, or wants the exact numbers. */
function FamilyTable({ member: m }: { member: FamilyMember }) {
  const { t } = useTranslation(['indicator', 'common']);
  const words = useWords('indicator', 'qi');
  const signals = { analysis: { points: m.points.map((p) => ({ sigmaSignal: p.signal })) }, verdict: m.verdict };
  return (
    <details>
      <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-accent-800 underline">{t('family.table.show')}</summary>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            {t('family.table.caption', { name: m.name })}
          </caption>
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
              <th scope="col" className="px-2 py-2 font-medium">
                {t('table.signal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {m.rows.map((r, i) => (
              <tr key={r.period} className="border-b border-slate-100">
                <th scope="row" className="px-2 py-1.5 font-normal whitespace-nowrap">
                  {r.label}
                </th>
                <td className="px-2 py-1.5">{formatValue(m, r.value, words)}</td>
                <td className="px-2 py-1.5">{formatValue(m, m.points[i]!.cl, words)}</td>
                <td className="px-2 py-1.5">{pointSignal(signals, i, words) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

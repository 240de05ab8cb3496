import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { COLUMNS, fidelityLines, type Cell, type Column, type DashboardRow, type SortState } from './dashboard-cells.ts';
import { Sparkline } from './sparkline.tsx';
import { useWords } from '../../lib/use-words.ts';

export type ShownRow = { row: DashboardRow; cells: Record<Column, Cell> };

/** The networks side by side; each column header sorts by it (aria-sort says which and how). */
export function DashboardTable({ rows, sort, onSort }: { rows: readonly ShownRow[]; sort: SortState; onSort: (column: Column) => void }) {
  const { t } = useTranslation(['partnership', 'common']);
  return (
    // The table keeps its columns on a phone and scrolls sideways inside this box, which takes the
    // keyboard focus so it can be scrolled without a mouse.
    <div role="region" aria-label={t('dashboard.scrollRegion')} tabIndex={0} className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs">
      <table className="min-w-[64rem] w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t('dashboard.table')}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {COLUMNS.map((c) => {
              const active = sort.column === c;
              const Icon = !active ? ArrowUpDown : sort.direction === 'ascending' ? ArrowUp : ArrowDown;
              return (
                <th key={c} scope="col" aria-sort={active ? sort.direction : 'none'} className="border-b border-slate-200 px-3 py-2 align-bottom font-semibold">
                  <button type="button" onClick={() => onSort(c)} className="inline-flex min-h-11 items-center gap-1 text-left hover:text-slate-900">
                    {t(`dashboard.columns.${c}`)}
                    <Icon aria-hidden="true" className="size-3.5 shrink-0" />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <NetworkRow key={r.row.id} {...r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NetworkRow({ row, cells }: ShownRow) {
  const { t } = useTranslation(['partnership', 'common']);
  const words = useWords('partnership', 'indicator', 'qi');
  const fidelity = fidelityLines(row, words);
  const td = 'border-b border-slate-100 px-3 py-3 align-top text-slate-800';
  return (
    <tr>
      <th scope="row" className={`${td} min-w-40 font-medium`}>
        <Link to={paths.network.href({ slug: row.slug })} translate="no">
          {row.name}
        </Link>
        <span className="mt-1 block text-xs font-normal text-slate-600">{t(`common:labels.outcomeArea.${row.outcomeArea}`)}</span>
      </th>
      <td className={td}>{cells.stage.text}</td>
      <td className={`${td} min-w-64`}>
        {row.outcome && (
          <span translate="no" className="block text-xs text-slate-600">
            {row.outcome.name}
          </span>
        )}
        <span className="block">{cells.outcome.text}</span>
        {row.outcome && <Sparkline outcome={row.outcome} />}
      </td>
      <td className={`${td} min-w-44`}>
        <span className="block font-medium">{t('dashboard.cycles.count', { count: row.cycles.cycles, n: words.f.count(row.cycles.cycles) })}</span>
        {fidelity.length > 0 && (
          <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
            {fidelity.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </td>
      <td className={td}>
        <span className="block">{t(`common:labels.planState.${row.plan.state}`)}</span>
        <span className={row.plan.overdue > 0 ? 'block font-medium text-red-800' : 'block text-slate-600'}>
          {row.plan.overdue === 0 ? t('dashboard.plan.noneOverdue') : t('dashboard.plan.overdue', { count: row.plan.overdue, n: words.f.count(row.plan.overdue) })}
        </span>
      </td>
      <td className={td}>{cells.charter.text}</td>
      <td className={`${td} min-w-40`}>
        {row.report ? (
          <>
            <span translate="no" className="block">
              {row.report.title}
            </span>
            <span className="block text-xs text-slate-600">{t('dashboard.report.published', { date: words.f.date(row.report.publishedAt) })}</span>
          </>
        ) : (
          cells.report.text
        )}
      </td>
      <td className={`${td} min-w-48`}>{cells.attendance.text}</td>
      <td className={td}>{cells.activity.text}</td>
    </tr>
  );
}

import { EyeOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../../shared/domain/period.ts';
import { Button } from '../../../components/ui/button.tsx';
import type { Indicator } from '../indicator-layout.tsx';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { byPeriod, shownValue, type Measurement } from './data-format.ts';

type Props = {
  indicator: Indicator;
  rows: readonly Measurement[];
  /** The groups shown as columns after the whole population. */
  groups: readonly { id: number; name: string }[];
  canEdit: boolean;
  onEdit?: (period: string) => void;
};

/** The measurements by period, newest first: the whole population, then each group of one dimension. */
export function DataTable({ indicator, rows, groups, canEdit, onEdit }: Props) {
  const { t } = useTranslation('indicator');
  const words = useWords('indicator');
  const periods = byPeriod(rows);
  const columns = [{ id: 0, name: t('equity.whole') }, ...groups];
  return (
    <div className="relative max-w-full overflow-x-auto rounded-xl border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={t('data.table.label')}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t('data.table.caption')}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('table.period')}
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" translate={c.id === 0 ? undefined : 'no'} className="px-3 py-2 font-semibold">
                {c.name}
              </th>
            ))}
            {canEdit && (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t('data.table.change')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {periods.map(({ period, cells }) => {
            const label = periodLabel(period, indicator.frequency, words);
            return (
              <tr key={period}>
                <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap text-slate-900">
                  {label}
                </th>
                {columns.map((c) => (
                  <td key={c.id} className="px-3 py-2 align-top">
                    <Cell indicator={indicator} m={cells.get(c.id)} />
                  </td>
                ))}
                {canEdit && (
                  <td className="px-3 py-1 text-right">
                    <Button variant="ghost" size="sm" onClick={() => onEdit?.(period)} aria-label={t('data.table.changePeriod', { period: label })}>
                      {t('data.table.change')}
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ indicator, m }: { indicator: Indicator; m: Measurement | undefined }) {
  const { t } = useTranslation('indicator');
  const f = useFormats();
  const words = useWords('indicator', 'qi');
  if (!m)
    return (
      <span className="text-slate-500">
        —<span className="sr-only">{t('data.table.noValue')}</span>
      </span>
    );
  const value = shownValue(indicator, m, words);
  const hiddenNote = m.suppressedReason === 'complement' ? t('data.table.hiddenComplement') : t('data.table.hiddenSmall', { n: f.count(indicator.minGroupSize) });
  // Members get no numbers for a withheld group; they learn why instead.
  if (m.suppressed && value === null) {
    return (
      <span className="inline-flex items-start gap-1 text-slate-700">
        <EyeOff aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>
          {m.suppressedReason === 'complement' ? t('data.table.hidden') : t('data.table.suppressed')} <span className="block text-xs text-slate-600">{hiddenNote}</span>
        </span>
      </span>
    );
  }
  return (
    <span className="block whitespace-nowrap">
      <span className="font-medium text-slate-900">{value ?? '—'}</span>
      {indicator.isProportion && m.numerator !== null && m.denominator !== null && (
        <span className="block text-xs text-slate-600">
          {t('data.table.outOf', { part: f.count(m.numerator), whole: f.count(m.denominator) })}
        </span>
      )}
      {m.suppressed && (
        <span className="mt-0.5 flex items-center gap-1 text-xs text-amber-900">
          <EyeOff aria-hidden="true" className="size-3.5" /> {t('data.table.hiddenFromOthers', { why: hiddenNote })}
        </span>
      )}
      {m.note && (
        <span className="block max-w-48 truncate text-xs text-slate-600" title={m.note}>
          {t('picker.note', { note: m.note })}
        </span>
      )}
    </span>
  );
}

import { EyeOff } from 'lucide-react';
import { periodLabel } from '../../../../shared/domain/period.ts';
import { Button } from '../../../components/ui/button.tsx';
import type { Indicator } from '../indicator-layout.tsx';
import { formatCount } from '../../../../shared/format/words.ts';
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
  const periods = byPeriod(rows);
  const columns = [{ id: 0, name: 'Whole population' }, ...groups];
  return (
    <div className="relative max-w-full overflow-x-auto rounded-xl border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Measurements table, scrolls sideways">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Measurements by period, newest first</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Period
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="px-3 py-2 font-semibold">
                {c.name}
              </th>
            ))}
            {canEdit && (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Change</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {periods.map(({ period, cells }) => {
            const label = periodLabel(period, indicator.frequency);
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
                    <Button variant="ghost" size="sm" onClick={() => onEdit?.(period)} aria-label={`Change ${label}`}>
                      Change
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
  if (!m) return <span className="text-slate-500">—<span className="sr-only">no value</span></span>;
  const value = shownValue(indicator, m);
  const hiddenNote = m.suppressedReason === 'complement' ? 'so a small group cannot be worked out' : `fewer than ${formatCount(indicator.minGroupSize)} people`;
  // Members get no numbers for a withheld group; they learn why instead.
  if (m.suppressed && value === null) {
    return (
      <span className="inline-flex items-start gap-1 text-slate-700">
        <EyeOff aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>
          {m.suppressedReason === 'complement' ? 'Hidden' : 'Suppressed'} <span className="block text-xs text-slate-600">{hiddenNote}</span>
        </span>
      </span>
    );
  }
  return (
    <span className="block whitespace-nowrap">
      <span className="font-medium text-slate-900">{value ?? '—'}</span>
      {indicator.isProportion && m.numerator !== null && m.denominator !== null && (
        <span className="block text-xs text-slate-600">
          {formatCount(m.numerator)} of {formatCount(m.denominator)}
        </span>
      )}
      {m.suppressed && (
        <span className="mt-0.5 flex items-center gap-1 text-xs text-amber-900">
          <EyeOff aria-hidden="true" className="size-3.5" /> Hidden from others: {hiddenNote}
        </span>
      )}
      {m.note && <span className="block max-w-48 truncate text-xs text-slate-600" title={m.note}>Note: {m.note}</span>}
    </span>
  );
}

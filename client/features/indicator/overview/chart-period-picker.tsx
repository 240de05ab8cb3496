import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatValue } from '../../../../shared/indicator/format.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import type { PeriodMarkers } from './chart-markers.ts';
import { pointSignal } from './chart-table.tsx';
import type { PickedChartProps } from './chart-svg.tsx';
import { paths } from '../../../app/paths.ts';
import type { Words } from '../../../../shared/i18n/words.ts';
import { useWords } from '../../../lib/use-words.ts';

// One period of the chart at a time, read out in words: its value, whether it is part of a signal,
// its note, and the PDSA cycles and actions marked under it. A period on a long chart is only a few
// pixels wide, so picking it by touch or keyboard happens here, with controls of a normal size;
// a click or tap on the chart picks the period under it too.

type Props = PickedChartProps & {
  /** The network's slug, for links to its cycles and actions. */
  slug: string;
};

const NONE: PeriodMarkers = { cycles: [], actions: [] };

/** What the list shows beside a period's name, so the periods with marks are easy to find. */
function marksLabel(m: PeriodMarkers | undefined, w: Words) {
  if (!m) return '';
  const count = (n: number) => ({ count: n, n: w.f.count(n) });
  const parts = [m.cycles.length ? w.t('indicator:picker.marks.cycles', count(m.cycles.length)) : '', m.actions.length ? w.t('indicator:picker.actionsDue', count(m.actions.length)) : ''];
  const text = parts.filter(Boolean).join(', ');
  return text ? ` · ${text}` : '';
}

export function ChartPeriodPicker({ indicator: ind, overview, markers, picked, onPick, slug }: Props) {
  const { t } = useTranslation('indicator');
  const words = useWords('indicator', 'qi');
  const { rows } = overview;
  const row = rows[picked];
  if (!row) return null;
  const m = markers.get(row.period) ?? NONE;
  const signal = pointSignal(overview, picked, words);
  const count = (n: number) => ({ count: n, n: words.f.count(n) });
  const first = picked === 0;
  const last = picked === rows.length - 1;
  // aria-disabled rather than disabled: a button that disables itself would drop the keyboard focus.
  const stepClasses = 'flex-1 sm:flex-none aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

  return (
    <section aria-label={t('picker.label')} className="space-y-3 border-t border-slate-200 pt-3">
      {/* On a phone the list takes the whole width, so a period's cycles and actions fit in it. */}
      <div className="flex flex-wrap items-end gap-2">
        <Field label={t('picker.period')} className="w-full sm:w-auto sm:min-w-0 sm:flex-1">
          {(p) => (
            <Select {...p} value={row.period} onChange={(e) => onPick(rows.findIndex((r) => r.period === e.target.value))}>
              {rows.map((r) => (
                <option key={r.period} value={r.period}>
                  {r.label}
                  {marksLabel(markers.get(r.period), words)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button variant="secondary" className={stepClasses} aria-disabled={first} onClick={() => !first && onPick(picked - 1)}>
          <ChevronLeft aria-hidden="true" className="size-5" />
          {t('picker.previous')}
        </Button>
        <Button variant="secondary" className={stepClasses} aria-disabled={last} onClick={() => !last && onPick(picked + 1)}>
          {t('picker.next')}
          <ChevronRight aria-hidden="true" className="size-5" />
        </Button>
      </div>
      <p role="status" className="font-semibold text-slate-900">
        {t(signal ? 'picker.statusSignal' : 'picker.status', {
          period: row.label,
          value: formatValue(ind, row.value, words),
          signal: signal?.toLocaleLowerCase(words.f.locale),
          cycles: t('picker.pdsaCycles', count(m.cycles.length)),
          actions: t('picker.actionsDue', count(m.actions.length)),
        })}
      </p>
      {row.note && <p className="text-sm break-words text-slate-700">{t('picker.note', { note: row.note })}</p>}
      {m.cycles.length > 0 && (
        <div>
          <h4 className="text-sm font-medium text-slate-800">{t('picker.cyclesIn', { period: row.label })}</h4>
          <ul className="list-disc pl-5 text-sm">
            {m.cycles.map((c) => (
              <li key={c.id} className="py-1">
                <Link to={paths.cycle.href({ slug, cycleId: c.id })} translate="no" className="break-words">
                  {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {m.actions.length > 0 && (
        <div>
          <h4 className="text-sm font-medium text-slate-800">{t('picker.actionsIn', { period: row.label })}</h4>
          <ul className="list-disc pl-5 text-sm">
            {m.actions.map((a) => (
              <li key={a.id} className="py-1">
                <Link to={paths.action.href({ slug, actionId: a.id })} translate="no" className="break-words">
                  {a.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

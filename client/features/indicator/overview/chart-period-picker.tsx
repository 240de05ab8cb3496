import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Link } from 'react-router';
import { formatValue } from '../../../../shared/indicator/format.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import type { PeriodMarkers } from './chart-markers.ts';
import { pointSignal } from './chart-table.tsx';
import type { PickedChartProps } from './chart-svg.tsx';
import { paths } from '../../../app/paths.ts';
import { plural } from '../../../../shared/format/words.ts';

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
function marksLabel(m: PeriodMarkers | undefined) {
  if (!m) return '';
  const parts = [m.cycles.length ? plural(m.cycles.length, 'cycle') : '', m.actions.length ? plural(m.actions.length, 'action due', 'actions due') : ''];
  const text = parts.filter(Boolean).join(', ');
  return text ? ` · ${text}` : '';
}

export function ChartPeriodPicker({ indicator: ind, overview, markers, picked, onPick, slug }: Props) {
  const { rows } = overview;
  const row = rows[picked];
  if (!row) return null;
  const m = markers.get(row.period) ?? NONE;
  const signal = pointSignal(overview, picked);
  const first = picked === 0;
  const last = picked === rows.length - 1;
  // aria-disabled rather than disabled: a button that disables itself would drop the keyboard focus.
  const stepClasses = 'flex-1 sm:flex-none aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

  return (
    <section aria-label="The chosen period" className="space-y-3 border-t border-slate-200 pt-3">
      {/* On a phone the list takes the whole width, so a period's cycles and actions fit in it. */}
      <div className="flex flex-wrap items-end gap-2">
        <Field label="Period" className="w-full sm:w-auto sm:min-w-0 sm:flex-1">
          {(p) => (
            <Select {...p} value={row.period} onChange={(e) => onPick(rows.findIndex((r) => r.period === e.target.value))}>
              {rows.map((r) => (
                <option key={r.period} value={r.period}>
                  {r.label}
                  {marksLabel(markers.get(r.period))}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button variant="secondary" className={stepClasses} aria-disabled={first} onClick={() => !first && onPick(picked - 1)}>
          <ChevronLeft aria-hidden="true" className="size-5" />
          Previous period
        </Button>
        <Button variant="secondary" className={stepClasses} aria-disabled={last} onClick={() => !last && onPick(picked + 1)}>
          Next period
          <ChevronRight aria-hidden="true" className="size-5" />
        </Button>
      </div>
      <p role="status" className="font-semibold text-slate-900">
        {row.label}: {formatValue(ind, row.value)}
        {signal && ` (${signal.toLowerCase()})`}; {plural(m.cycles.length, 'PDSA cycle')}, {plural(m.actions.length, 'action due', 'actions due')}
      </p>
      {row.note && <p className="text-sm break-words text-slate-700">Note: {row.note}</p>}
      {m.cycles.length > 0 && (
        <div>
          <h4 className="text-sm font-medium text-slate-800">PDSA cycles tested in {row.label}</h4>
          <ul className="list-disc pl-5 text-sm">
            {m.cycles.map((c) => (
              <li key={c.id} className="py-1">
                <Link to={paths.cycle.href({ slug, cycleId: c.id })} className="break-words">
                  {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {m.actions.length > 0 && (
        <div>
          <h4 className="text-sm font-medium text-slate-800">Actions due in {row.label}</h4>
          <ul className="list-disc pl-5 text-sm">
            {m.actions.map((a) => (
              <li key={a.id} className="py-1">
                <Link to={paths.action.href({ slug, actionId: a.id })} className="break-words">
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

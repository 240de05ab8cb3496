import { Search, SlidersHorizontal, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { CYCLE_STAGE_LABELS, CYCLE_STAGES, DECISION_LABELS, DECISIONS } from '../../../../shared/schemas/cycle.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { formatShortDay } from '../../../../shared/format/dates.ts';
import { FILTER_KEYS, type FilterKey, type ListFilters } from './list-filters.ts';
import type { Lookups } from '../use-cycles.ts';

type SearchProps = { q: string; onSearch: (q: string) => void };

/** Full-text search, sent on Enter or the button: a query per keystroke would reorder results under the thumb. */
export function CycleSearch({ q, onSearch }: SearchProps) {
  const [text, setText] = useState(q);
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(text.trim());
  }
  return (
    <form role="search" aria-label="Cycles" onSubmit={submit} className="flex gap-2">
      <label htmlFor="cycle-search" className="sr-only">
        Search cycles
      </label>
      <Input
        id="cycle-search"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Search cycles"
        maxLength={200}
      />
      <Button type="submit" className="shrink-0">
        <Search aria-hidden="true" className="size-4" /> Search
      </Button>
    </form>
  );
}

type FiltersProps = {
  filters: ListFilters;
  lookups: Lookups | undefined;
  onChange: (key: FilterKey, value: string, replace?: boolean) => void;
  onClear: () => void;
};

/** The filters, behind a toggle on a phone so the results stay near the top. */
export function CycleFilters({ filters, lookups, onChange, onClear }: FiltersProps) {
  const active = FILTER_KEYS.filter((k) => k !== 'q' && filters[k] !== '').length;
  const [open, setOpen] = useState(() => active > 0 || window.matchMedia('(min-width: 640px)').matches);
  const select = (key: FilterKey) => ({ value: filters[key], onChange: (e: { target: { value: string } }) => onChange(key, e.target.value) });
  // Until the choices arrive, a chosen value still needs an option to show as chosen.
  const loading = (key: FilterKey) => (!lookups && filters[key] ? <option value={filters[key]}>Loading…</option> : null);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" aria-expanded={open} aria-controls="cycle-filters" onClick={() => setOpen((o) => !o)}>
          <SlidersHorizontal aria-hidden="true" className="size-4" />
          {open ? 'Hide filters' : 'Show filters'}
          {active > 0 && ` (${active} on)`}
        </Button>
        {(active > 0 || filters.q) && (
          <Button variant="ghost" onClick={onClear}>
            <X aria-hidden="true" className="size-4" /> Clear filters
          </Button>
        )}
      </div>
      <div id="cycle-filters" hidden={!open} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Stage">
          {(p) => (
            <Select {...p} {...select('stage')}>
              <option value="">Any stage</option>
              {CYCLE_STAGES.map((s) => (
                <option key={s} value={s}>
                  {CYCLE_STAGE_LABELS[s]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Decision">
          {(p) => (
            <Select {...p} {...select('decision')}>
              <option value="">Any decision</option>
              {DECISIONS.map((d) => (
                <option key={d} value={d}>
                  {DECISION_LABELS[d]}
                </option>
              ))}
              <option value="none">No decision yet</option>
            </Select>
          )}
        </Field>
        <Field label="Change idea">
          {(p) => (
            <Select {...p} {...select('changeIdeaId')}>
              <option value="">Any change idea</option>
              {loading('changeIdeaId')}
              {lookups?.changeIdeas.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                  {c.retired ? ' (retired)' : ''}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Partner organization">
          {(p) => (
            <Select {...p} {...select('partnerOrganizationId')}>
              <option value="">Any organization</option>
              {loading('partnerOrganizationId')}
              {lookups?.organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Owner or co-owner">
          {(p) => (
            <Select {...p} {...select('ownerId')}>
              <option value="">Anyone</option>
              {loading('ownerId')}
              {lookups?.members.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Meeting">
          {(p) => (
            <Select {...p} {...select('meetingId')}>
              <option value="">Any meeting</option>
              {loading('meetingId')}
              {lookups?.meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} · {formatShortDay(m.date)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="From">
          {(p) => <Input {...p} type="date" value={filters.from} onChange={(e) => onChange('from', e.target.value, true)} />}
        </Field>
        <Field label="To">
          {(p) => <Input {...p} type="date" value={filters.to} onChange={(e) => onChange('to', e.target.value, true)} />}
        </Field>
      </div>
    </div>
  );
}

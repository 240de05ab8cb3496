import { Search, SlidersHorizontal, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CYCLE_STAGES, DECISIONS } from '../../../../shared/schemas/cycle.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { useFormats } from '../../../lib/use-words.ts';
import { FILTER_KEYS, type FilterKey, type ListFilters } from './list-filters.ts';
import type { Lookups } from '../use-cycles.ts';

type SearchProps = { q: string; onSearch: (q: string) => void };

/** Full-text search, sent on Enter or the button: a query per keystroke would reorder results under the thumb. */
export function CycleSearch({ q, onSearch }: SearchProps) {
  const { t } = useTranslation('cycles');
  const [text, setText] = useState(q);
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(text.trim());
  }
  return (
    <form role="search" aria-label={t('list.heading')} onSubmit={submit} className="flex gap-2">
      <label htmlFor="cycle-search" className="sr-only">
        {t('list.search.label')}
      </label>
      <Input
        id="cycle-search"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('list.search.label')}
        maxLength={200}
      />
      <Button type="submit" className="shrink-0">
        <Search aria-hidden="true" className="size-4" /> {t('list.search.submit')}
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
  const { t } = useTranslation(['cycles', 'common']);
  const f = useFormats();
  const active = FILTER_KEYS.filter((k) => k !== 'q' && filters[k] !== '').length;
  const [open, setOpen] = useState(() => active > 0 || window.matchMedia('(min-width: 640px)').matches);
  const select = (key: FilterKey) => ({ value: filters[key], onChange: (e: { target: { value: string } }) => onChange(key, e.target.value) });
  // Until the choices arrive, a chosen value still needs an option to show as chosen.
  const loading = (key: FilterKey) => (!lookups && filters[key] ? <option value={filters[key]}>{t('list.filters.loading')}</option> : null);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" aria-expanded={open} aria-controls="cycle-filters" onClick={() => setOpen((o) => !o)}>
          <SlidersHorizontal aria-hidden="true" className="size-4" />
          {open ? t('list.filters.hide') : t('list.filters.show')}
          {active > 0 && ` ${t('list.filters.on', { count: active, n: f.count(active) })}`}
        </Button>
        {(active > 0 || filters.q) && (
          <Button variant="ghost" onClick={onClear}>
            <X aria-hidden="true" className="size-4" /> {t('list.filters.clear')}
          </Button>
        )}
      </div>
      <div id="cycle-filters" hidden={!open} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t('list.filters.stage')}>
          {(p) => (
            <Select {...p} {...select('stage')}>
              <option value="">{t('list.filters.anyStage')}</option>
              {CYCLE_STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`common:labels.stage.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('read.decision')}>
          {(p) => (
            <Select {...p} {...select('decision')}>
              <option value="">{t('list.filters.anyDecision')}</option>
              {DECISIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`common:labels.decision.${d}`)}
                </option>
              ))}
              <option value="none">{t('list.noDecision')}</option>
            </Select>
          )}
        </Field>
        <Field label={t('read.changeIdea')}>
          {(p) => (
            <Select {...p} {...select('changeIdeaId')}>
              <option value="">{t('list.filters.anyChangeIdea')}</option>
              {loading('changeIdeaId')}
              {lookups?.changeIdeas.map((c) => (
                <option key={c.id} value={c.id} translate={c.retired ? undefined : 'no'}>
                  {c.retired ? t('quickLog.form.changeIdea.retired', { title: c.title }) : c.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('list.filters.organization')}>
          {(p) => (
            <Select {...p} {...select('partnerOrganizationId')}>
              <option value="">{t('list.filters.anyOrganization')}</option>
              {loading('partnerOrganizationId')}
              {lookups?.organizations.map((o) => (
                <option key={o.id} value={o.id} translate="no">
                  {o.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('list.filters.owner')}>
          {(p) => (
            <Select {...p} {...select('ownerId')}>
              <option value="">{t('list.filters.anyone')}</option>
              {loading('ownerId')}
              {lookups?.members.map((m) => (
                <option key={m.userId} value={m.userId} translate="no">
                  {m.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('read.meeting')}>
          {(p) => (
            <Select {...p} {...select('meetingId')}>
              <option value="">{t('list.filters.anyMeeting')}</option>
              {loading('meetingId')}
              {lookups?.meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {t('read.meetingLink', { title: m.title, day: f.shortDay(m.date) })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('list.filters.from')}>
          {(p) => <Input {...p} type="date" value={filters.from} onChange={(e) => onChange('from', e.target.value, true)} />}
        </Field>
        <Field label={t('list.filters.to')}>
          {(p) => <Input {...p} type="date" value={filters.to} onChange={(e) => onChange('to', e.target.value, true)} />}
        </Field>
      </div>
    </div>
  );
}

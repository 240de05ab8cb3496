import { Search } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALE_LEVELS } from '../../../shared/domain/library.ts';
import { DECISIONS } from '../../../shared/schemas/cycle.ts';
import { OUTCOME_AREAS } from '../../../shared/schemas/network.ts';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Select } from '../../components/ui/select.tsx';

export const FILTERS = ['outcomeArea', 'decision', 'scale'] as const;
export type FilterKey = 'q' | (typeof FILTERS)[number];
export type Filters = Record<FilterKey, string>;

const OPTIONS = { outcomeArea: OUTCOME_AREAS, decision: DECISIONS, scale: SCALE_LEVELS } as const;

/** What the address asks for, keeping only values the library knows (an old or hand-typed link must not fail). */
export function readFilters(params: URLSearchParams): Filters {
  const known = (key: (typeof FILTERS)[number]) => {
    const v = params.get(key) ?? '';
    return (OPTIONS[key] as readonly string[]).includes(v) ? v : '';
  };
  return { q: (params.get('q') ?? '').slice(0, 200), outcomeArea: known('outcomeArea'), decision: known('decision'), scale: known('scale') };
}

type Props = { filters: Filters; onChange: (key: FilterKey, value: string) => void; onClear: () => void };

/** The search is sent on Enter or the button; a filter applies as soon as it is chosen. */
export function LibraryFilters({ filters, onChange, onClear }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const [text, setText] = useState(filters.q);
  const filtered = Object.values(filters).some(Boolean);
  function submit(e: FormEvent) {
    e.preventDefault();
    onChange('q', text.trim());
  }
  const label = (key: (typeof FILTERS)[number], value: string) => {
    if (key === 'outcomeArea') return t(`common:labels.outcomeArea.${value as (typeof OUTCOME_AREAS)[number]}`);
    if (key === 'decision') return t(`filter.decisions.${value as (typeof DECISIONS)[number]}`);
    return t(`filter.scales.${value as (typeof SCALE_LEVELS)[number]}`);
  };
  const any = { outcomeArea: t('filter.anyOutcomeArea'), decision: t('filter.anyDecision'), scale: t('filter.anyScale') };
  const names = { outcomeArea: t('filter.outcomeArea'), decision: t('filter.decision'), scale: t('filter.scale') };
  return (
    <section aria-labelledby="library-find" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
      <h2 id="library-find" className="sr-only">
        {t('search.heading')}
      </h2>
      <form role="search" aria-label={t('title')} onSubmit={submit} className="space-y-1.5">
        <label htmlFor="library-search" className="block text-sm font-medium text-slate-900">
          {t('search.label')}
        </label>
        <p id="library-search-hint" className="text-sm text-slate-600">
          {t('search.hint')}
        </p>
        <div className="flex gap-2">
          <Input id="library-search" type="search" aria-describedby="library-search-hint" value={text} onChange={(e) => setText(e.target.value)} maxLength={200} />
          <Button type="submit" className="shrink-0">
            <Search aria-hidden="true" className="size-4" /> {t('search.submit')}
          </Button>
        </div>
      </form>
      <div className="grid gap-3 sm:grid-cols-3">
        {FILTERS.map((key) => (
          <Field key={key} label={names[key]}>
            {(control) => (
              <Select {...control} value={filters[key]} onChange={(e) => onChange(key, e.target.value)}>
                <option value="">{any[key]}</option>
                {OPTIONS[key].map((v) => (
                  <option key={v} value={v}>
                    {label(key, v)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ))}
      </div>
      <p className="text-sm text-slate-600">{t('filter.scaleHelp')}</p>
      {filtered && (
        <Button
          variant="ghost"
          onClick={() => {
            setText('');
            onClear();
          }}
        >
          {t('search.clear')}
        </Button>
      )}
    </section>
  );
}

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { FieldError } from '../../components/ui/field.tsx';
import { useFormats } from '../../lib/use-words.ts';

/** `gone`: recorded as there, but no longer in the network. */
export type Attendee = { userId: string; name: string; organizationName: string | null; gone?: boolean };

type Props = {
  people: readonly Attendee[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
  note?: ReactNode;
};

/** Who came, as a list of checkboxes: at a meeting most people are ticked, so "Select all" comes first. */
export function AttendeePicker({ people, value, onChange, error, note }: Props) {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  const id = useId();
  const chosen = new Set(value);
  const count = people.filter((p) => chosen.has(p.userId)).length;
  const describedBy = [people.length ? `${id}-count` : null, note ? `${id}-note` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  function toggle(userId: string, on: boolean) {
    onChange(on ? [...value, userId] : value.filter((v) => v !== userId));
  }

  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-slate-900">{t('form.attendees.legend')}</legend>
      <p className="text-sm text-slate-600">{t('form.attendees.hint')}</p>
      {note && (
        <div id={`${id}-note`} className="text-sm text-slate-700">
          {note}
        </div>
      )}
      {people.length === 0 ? (
        <p className="text-sm text-slate-600">{t('form.attendees.nobody')}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <Button variant="secondary" onClick={() => onChange(people.map((p) => p.userId))} disabled={count === people.length}>
              {t('form.attendees.all')}
            </Button>
            <Button variant="secondary" onClick={() => onChange([])} disabled={count === 0}>
              {t('form.attendees.none')}
            </Button>
            <p id={`${id}-count`} aria-live="polite" className="text-sm text-slate-700">
              {t('form.attendees.selected', { count: people.length, chosen: f.count(count), total: f.count(people.length) })}
            </p>
          </div>
          <ul className="grid gap-1 rounded-lg border border-slate-300 bg-white p-1 sm:grid-cols-2">
            {people.map((p) => (
              <li key={p.userId}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 py-1.5 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    className="size-5 shrink-0 accent-accent-700"
                    checked={chosen.has(p.userId)}
                    onChange={(e) => toggle(p.userId, e.target.checked)}
                  />
                  <span className="min-w-0 text-sm break-words text-slate-900">
                    <span translate="no">{p.name}</span>
                    {p.gone ? (
                      <span className="text-slate-600"> · {t('form.attendees.gone')}</span>
                    ) : (
                      p.organizationName && (
                        <span translate="no" className="text-slate-600">
                          {' '}
                          · {p.organizationName}
                        </span>
                      )
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}

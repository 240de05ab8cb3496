import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePeriod, periodLabel, PERIOD_EXAMPLES } from '../../../../shared/domain/period.ts';
import type { MeasurementRow } from '../../../../shared/schemas/indicator.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { errorData, errorMessage } from '../../../lib/errors.ts';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { refOf, type Indicator } from '../indicator-layout.tsx';
import type { Measurement } from './data-format.ts';

type Cells = { value: string; numerator: string; denominator: string; note: string };
type Line = { groupId: number | null; name: string };
const BLANK: Cells = { value: '', numerator: '', denominator: '', note: '' };
type Errors = Record<string, string>; // `${groupKey}.${field}` → message

const keyOf = (groupId: number | null) => String(groupId ?? 0);
const stamps = (rows: readonly Measurement[]) => new Map(rows.map((m) => [`${m.period}|${keyOf(m.groupId)}`, m.updatedAt.getTime()]));
const numberFields = (ind: Indicator) => (ind.isProportion ? (['numerator', 'denominator'] as const) : (['value'] as const));

function cellsFrom(m: Measurement | undefined): Cells {
  if (!m) return BLANK;
  const s = (n: number | null) => (n === null ? '' : String(n));
  return { value: s(m.value), numerator: s(m.numerator), denominator: s(m.denominator), note: m.note };
}

type Props = {
  indicator: Indicator;
  lines: readonly Line[];
  existing: readonly Measurement[];
  /** The period being changed, or '' to add one. */
  initialPeriod: string;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/**
 * One period's values for the whole population and each group shown, saved together: all or
 * nothing. A line left empty is skipped; a saved value is removed with its Delete button.
 */
export function DataPeriodForm({ indicator, lines, existing, initialPeriod, onDone, onCancel }: Props) {
  const trpc = useTRPC();
  const { t } = useTranslation('indicator');
  const f = useFormats();
  const words = useWords('indicator');
  const queryClient = useQueryClient();
  const saved = (period: string, groupId: number | null) => existing.find((m) => m.period === period && m.groupId === groupId);
  const [period, setPeriod] = useState(initialPeriod);
  const [cells, setCells] = useState<Record<string, Cells>>(() => Object.fromEntries(lines.map((l) => [keyOf(l.groupId), cellsFrom(saved(initialPeriod, l.groupId))])));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [deleting, setDeleting] = useState<Line | null>(null);
  // What was saved when the form opened: a value someone changes meanwhile is a conflict, not an overwrite.
  const [seenAt, setSeenAt] = useState(() => stamps(existing));
  const fields = numberFields(indicator);
  const example = PERIOD_EXAMPLES[indicator.frequency];
  const parsed = parsePeriod(period, indicator.frequency);

  const save = useMutation(trpc.indicator.saveMeasurements.mutationOptions());
  const remove = useMutation(trpc.indicator.deleteMeasurement.mutationOptions());
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.indicator.measurements.pathFilter()), queryClient.invalidateQueries(trpc.indicator.get.pathFilter())]);

  function set(groupId: number | null, field: keyof Cells, value: string) {
    setCells((c) => ({ ...c, [keyOf(groupId)]: { ...(c[keyOf(groupId)] ?? BLANK), [field]: value } }));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    if (!parsed) found.period = period.trim() ? t('data.form.periodLike', { example }) : t('data.form.periodMissing');
    const filled = lines.filter((l) => Object.values(cells[keyOf(l.groupId)] ?? BLANK).some((v) => v.trim() !== ''));
    const rows: MeasurementRow[] = filled.map((l) => {
      const c = cells[keyOf(l.groupId)] ?? BLANK;
      const num = (field: (typeof fields)[number]) => {
        const typed = c[field].trim().replaceAll(',', '');
        if (typed === '') return null;
        const n = Number(typed);
        if (!Number.isFinite(n)) found[`${keyOf(l.groupId)}.${field}`] = t('data.form.number');
        return Number.isFinite(n) ? n : null;
      };
      const at = parsed ? (seenAt.get(`${parsed}|${keyOf(l.groupId)}`) ?? null) : null;
      const row = { period: parsed ?? period.trim(), groupId: l.groupId, value: null, numerator: null, denominator: null, note: c.note.trim(), seenUpdatedAt: at } as MeasurementRow;
      for (const field of fields) row[field] = num(field);
      return row;
    });
    if (filled.length === 0) found.form = t('data.form.none');
    setErrors(found);
    setFormError(found.form ?? (Object.keys(found).length ? t('data.form.attention') : undefined));
    if (Object.keys(found).length) return;
    save.mutate(
      { ...refOf(indicator), rows },
      {
        onSuccess: async (r) => {
          await refresh();
          onDone(t('data.form.saved', { period: periodLabel(parsed!, indicator.frequency, words), created: f.count(r.created), updated: f.count(r.updated) }));
        },
        onError: async (error) => {
          if (isStaleVersion(error)) {
            // Theirs is now on the page behind the form; saving again replaces it knowingly.
            const fresh = await queryClient.fetchQuery(trpc.indicator.measurements.queryOptions(refOf(indicator)));
            setSeenAt(stamps(fresh));
            setErrors({});
            return setFormError(errorMessage(error));
          }
          // The server names the row and field (`rows.2.numerator`): put the message on that cell.
          const next: Errors = {};
          for (const [path, messages] of Object.entries(errorData(error)?.fieldErrors ?? {})) {
            const m = /^rows\.(\d+)\.(\w+)$/.exec(path);
            const line = m ? filled[Number(m[1])] : undefined;
            if (!line) continue;
            next[m![2] === 'period' ? 'period' : `${keyOf(line.groupId)}.${m![2]}`] = messages.join(' ');
          }
          setErrors(next);
          setFormError(Object.keys(next).length ? t('data.form.attention') : errorMessage(error));
        },
      },
    );
  }

  function confirmDelete() {
    if (!deleting || !parsed) return;
    remove.mutate(
      { ...refOf(indicator), period: parsed, groupId: deleting.groupId },
      {
        onSuccess: async () => {
          await refresh();
          setCells((c) => ({ ...c, [keyOf(deleting.groupId)]: BLANK }));
          setDeleting(null);
        },
      },
    );
  }

  const labels = { value: t('table.value'), numerator: indicator.numeratorLabel || t('data.form.numerator'), denominator: indicator.denominatorLabel || t('data.form.denominator') };
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={t('data.form.label')}>
      <FormAlert message={formError} />
      <Field label={t('table.period')} hint={t('data.form.periodHint', { example })} error={errors.period} className="max-w-xs">
        {(control) => <Input {...control} value={period} onChange={(e) => setPeriod(e.target.value)} autoComplete="off" />}
      </Field>
      <ul className="space-y-3">
        {lines.map((l) => {
          const k = keyOf(l.groupId);
          const c = cells[k] ?? BLANK;
          const stored = parsed ? saved(parsed, l.groupId) : undefined;
          return (
            <li key={k} className="rounded-lg border border-slate-200 p-3">
              <fieldset>
                <legend className="flex w-full flex-wrap items-center justify-between gap-2 text-sm font-semibold text-slate-900">
                  <span translate={l.groupId === null ? undefined : 'no'}>{l.name}</span>
                </legend>
                <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-[repeat(auto-fit,minmax(9rem,1fr))]">
                  {fields.map((f) => (
                    <Field key={f} label={t('data.form.field', { field: labels[f], line: l.name })} error={errors[`${k}.${f}`]}>
                      {(control) => <Input {...control} inputMode="decimal" value={c[f]} onChange={(e) => set(l.groupId, f, e.target.value)} autoComplete="off" />}
                    </Field>
                  ))}
                  <Field label={t('data.form.note', { line: l.name })} error={errors[`${k}.note`]}>
                    {(control) => <Input {...control} value={c.note} maxLength={500} onChange={(e) => set(l.groupId, 'note', e.target.value)} />}
                  </Field>
                </div>
                {stored && (
                  <Button variant="ghost" size="sm" className="mt-2 min-h-11 text-red-800" onClick={() => setDeleting(l)}>
                    {t('data.form.delete', { line: l.name })}
                  </Button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p className="text-sm text-slate-600">{t('data.form.skip')}</p>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {t('data.form.cancel')}
        </Button>
        <Button type="submit" pending={save.isPending} pendingLabel={t('settings.save.pending')}>
          {t('data.form.save')}
        </Button>
      </div>
      {deleting && parsed && (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (!open) {
              setDeleting(null);
              remove.reset();
            }
          }}
          title={t('data.form.confirm.title', { line: deleting.name })}
          description={t('data.form.confirm.body', { period: periodLabel(parsed, indicator.frequency, words) })}
          confirmLabel={t('data.form.confirm.submit')}
          danger
          pending={remove.isPending}
          error={remove.error ? errorMessage(remove.error) : undefined}
          onConfirm={confirmDelete}
        />
      )}
    </form>
  );
}

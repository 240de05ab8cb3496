import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { FieldError } from '../../../components/ui/field.tsx';
import type { CycleFormValues } from './cycle-form-values.ts';
import type { Measure } from '../use-cycles.ts';

type Props = { form: UseFormReturn<CycleFormValues>; measures: readonly Measure[] };

/**
 * "Measures this cycle expects to move": the network's measures as checkboxes. A network without
 * measures has nothing to name, so the field is not shown at all. Measures that track the chosen
 * change idea say so, since they are the likely ones.
 */
export function MeasureFields({ form, measures }: Props) {
  const { t } = useTranslation(['cycles', 'indicator']);
  const id = useId();
  const [chosen, changeIdeaId] = useWatch({ control: form.control, name: ['indicatorIds', 'changeIdeaId'] });
  const error = form.formState.errors.indicatorIds?.message;
  if (measures.length === 0) return null;

  function toggle(measureId: string, on: boolean) {
    const next = on ? [...chosen, measureId] : chosen.filter((c) => c !== measureId);
    form.setValue('indicatorIds', next, { shouldDirty: true });
  }

  return (
    <fieldset className="space-y-1.5" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-900">{t('measures.field.label')}</legend>
      <p className="text-sm text-slate-600">{t('measures.field.hint')}</p>
      <ul className="max-h-64 space-y-1 overflow-y-auto rounded-lg border border-slate-300 bg-white p-1">
        {measures.map((m) => {
          const tracksIdea = changeIdeaId !== '' && m.nodeIds.includes(Number(changeIdeaId));
          return (
            <li key={m.id}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 py-1 text-sm hover:bg-slate-50">
                <input
                  type="checkbox"
                  className="size-4 shrink-0 accent-accent-700"
                  checked={chosen.includes(String(m.id))}
                  onChange={(e) => toggle(String(m.id), e.target.checked)}
                />
                <span className="min-w-0 break-words">
                  <span translate="no" className="text-slate-900">
                    {m.name}
                  </span>
                  <span className="block text-slate-600">
                    {t(`indicator:measureKind.${m.kind}`)}
                    {tracksIdea && ` · ${t('measures.field.tracksIdea')}`}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}

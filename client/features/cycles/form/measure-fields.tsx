import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { CheckList } from '../../../components/ui/checkbox-field.tsx';
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
      <CheckList
        items={measures.map((m) => {
          const kind = t(`indicator:measureKind.${m.kind}`);
          const tracksIdea = changeIdeaId !== '' && m.nodeIds.includes(Number(changeIdeaId));
          return { id: m.id, name: m.name, detail: tracksIdea ? `${kind} · ${t('measures.field.tracksIdea')}` : kind };
        })}
        chosen={chosen.map(Number)}
        onToggle={(measureId, on) => toggle(String(measureId), on)}
      />
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}

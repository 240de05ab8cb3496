import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NODE_KINDS } from '../../../../shared/schemas/plan.ts';
import type { IndicatorSaveInput } from '../../../../shared/schemas/indicator.ts';
import { CheckboxField, CheckList } from '../../../components/ui/checkbox-field.tsx';
import { Field, FieldError } from '../../../components/ui/field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { SIDE_KINDS, type DefinitionValues } from './definition-values.ts';

type Form = UseFormReturn<DefinitionValues, unknown, IndicatorSaveInput>;

/**
 * Where a measure beside the outcome sits in the network's work: what kind of measure it is,
 * whether the public sees it, and the drivers and change ideas it tracks.
 */
export function DefinitionLinks({ form, networkId }: { form: Form; networkId: number }) {
  const { t } = useTranslation(['indicator', 'common']);
  const [kind] = useWatch({ control: form.control, name: ['kind'] });
  const errors = form.formState.errors;
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-slate-900">{t('definition.links.legend')}</legend>
      <Field label={t('definition.links.kind')} hint={kind && kind !== 'outcome' ? t(`definition.links.kindHint.${kind}`) : undefined} error={errors.kind?.message}>
        {(p) => (
          <Select {...p} {...form.register('kind')}>
            {SIDE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`measureKind.${k}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {kind === 'contributing' && <CheckboxField label={t('definition.links.public')} hint={t('definition.links.publicHint')} {...form.register('isPublic')} />}
      <TrackedNodes form={form} networkId={networkId} />
    </fieldset>
  );
}

/** The plan's drivers and change ideas as checkboxes, in the plan's order. */
function TrackedNodes({ form, networkId }: { form: Form; networkId: number }) {
  const { t } = useTranslation(['indicator', 'common']);
  const id = useId();
  const trpc = useTRPC();
  const plan = useQuery(trpc.plan.get.queryOptions({ networkId }));
  const [chosen = []] = useWatch({ control: form.control, name: ['nodeIds'] });
  const error = form.formState.errors.nodeIds?.message;
  const nodes = (plan.data?.nodes ?? []).filter((n) => n.retiredAt === null || chosen.includes(n.id));
  const ordered = NODE_KINDS.flatMap((k) => nodes.filter((n) => n.kind === k));

  function toggle(nodeId: number, on: boolean) {
    form.setValue('nodeIds', on ? [...chosen, nodeId] : chosen.filter((c) => c !== nodeId), { shouldDirty: true });
  }

  return (
    <fieldset className="space-y-1.5" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-900">{t('definition.links.tracks')}</legend>
      <p className="text-sm text-slate-600">{t('definition.links.tracksHint')}</p>
      {plan.isPending && <p className="text-sm text-slate-600">{t('definition.links.planLoading')}</p>}
      {plan.isError && <p className="text-sm text-slate-700">{t('measures.planFailed')}</p>}
      {plan.isSuccess && ordered.length === 0 && <p className="text-sm text-slate-700">{t('definition.links.noPlan')}</p>}
      {ordered.length > 0 && <CheckList items={ordered.map((n) => ({ id: n.id, name: n.title, detail: t(`common:labels.nodeKind.${n.kind}`) }))} chosen={chosen} onToggle={toggle} />}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { setMyOrganizationInput } from '../../../shared/schemas/membership.ts';
import { SectorOptions } from '../../components/sector-options.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Select } from '../../components/ui/select.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

const schema = setMyOrganizationInput.omit({ networkId: true });

const CHOICES = ['existing', 'new', 'none'] as const;

export function OrganizationForm({ currentId, onDone }: { currentId: number | null; onDone: () => void }) {
  const { t } = useTranslation(['networks', 'common']);
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organizations = useQuery(trpc.organization.list.queryOptions());
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { organization: currentId ? { kind: 'existing', organizationId: currentId } : { kind: 'existing' } },
  });
  const kind = useWatch({ control: form.control, name: 'organization.kind' });
  const noneYet = organizations.data?.length === 0;

  // Nothing to choose from yet: start on adding one.
  useEffect(() => {
    if (noneYet && form.getValues('organization.kind') === 'existing') form.setValue('organization.kind', 'new');
  }, [noneYet, form]);
  const errors = form.formState.errors.organization as Partial<Record<'organizationId' | 'name' | 'sector', { message?: string }>> | undefined;
  const save = useMutation(
    trpc.member.setMyOrganization.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.member.list.pathFilter()),
          queryClient.invalidateQueries(trpc.home.network.pathFilter()),
          queryClient.invalidateQueries(trpc.organization.list.pathFilter()),
        ]);
        onDone();
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate({ networkId: network.id, ...v }))} noValidate className="space-y-4">
      <fieldset className="space-y-1">
        <legend className="mb-1 text-sm font-medium text-slate-900">{t('organization.legend')}</legend>
        {CHOICES.map((kindChoice) => (
          <label key={kindChoice} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-slate-50">
            <input
              type="radio"
              value={kindChoice}
              disabled={kindChoice === 'existing' && noneYet}
              className="size-4 accent-teal-700"
              {...form.register('organization.kind')}
            />
            <span className="text-sm text-slate-900">
              {t(`organization.choice.${kindChoice}`)}
              {kindChoice === 'existing' && noneYet && <span className="text-slate-600"> {t('organization.noneYet')}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      {kind === 'existing' && (
        <Field label={t('organization.organization')} error={errors?.organizationId?.message}>
          {(p) => (
            <Select {...p} disabled={!organizations.data} {...form.register('organization.organizationId', { setValueAs: (v: string) => (v ? Number(v) : undefined) })}>
              <option value="">{organizations.isError ? t('organization.failed') : organizations.data ? t('organization.choose') : t('organization.loading')}</option>
              {organizations.data?.map((o) => (
                <option key={o.id} value={o.id}>
                  {t('organization.option', { name: o.name, sector: t(`common:labels.sector.${o.sector}`) })}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {kind === 'new' && (
        <>
          <Field label={t('organization.name')} hint={t('organization.nameHint')} error={errors?.name?.message}>
            {(p) => <Input {...p} autoComplete="organization" {...form.register('organization.name')} />}
          </Field>
          <Field label={t('organization.sector')} error={errors?.sector?.message}>
            {(p) => (
              <Select {...p} {...form.register('organization.sector')}>
                <SectorOptions />
              </Select>
            )}
          </Field>
        </>
      )}
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onDone} pending={save.isPending} pendingLabel={t('saving')}>
        {t('save')}
      </FormActions>
    </form>
  );
}

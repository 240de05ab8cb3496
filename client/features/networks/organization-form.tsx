import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { setMyOrganizationInput } from '../../../shared/schemas/membership.ts';
import { SECTOR_LABELS } from '../../../shared/schemas/organization.ts';
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

const CHOICES = [
  { kind: 'existing', label: 'An organization already in Needle' },
  { kind: 'new', label: 'A new organization' },
  { kind: 'none', label: 'None: I take part as myself' },
] as const;

export function OrganizationForm({ currentId, onDone }: { currentId: number | null; onDone: () => void }) {
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
        <legend className="mb-1 text-sm font-medium text-slate-900">I represent</legend>
        {CHOICES.map((c) => (
          <label key={c.kind} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-slate-50">
            <input
              type="radio"
              value={c.kind}
              disabled={c.kind === 'existing' && noneYet}
              className="size-4 accent-teal-700"
              {...form.register('organization.kind')}
            />
            <span className="text-sm text-slate-900">
              {c.label}
              {c.kind === 'existing' && noneYet && <span className="text-slate-600"> (none yet)</span>}
            </span>
          </label>
        ))}
      </fieldset>
      {kind === 'existing' && (
        <Field label="Organization" error={errors?.organizationId?.message}>
          {(p) => (
            <Select {...p} disabled={!organizations.data} {...form.register('organization.organizationId', { setValueAs: (v: string) => (v ? Number(v) : undefined) })}>
              <option value="">{organizations.isError ? 'Organizations could not be loaded' : organizations.data ? 'Choose an organization' : 'Loading…'}</option>
              {organizations.data?.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({SECTOR_LABELS[o.sector]})
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {kind === 'new' && (
        <>
          <Field label="Organization name" hint="If it is already in Needle under this name, you will be linked to it." error={errors?.name?.message}>
            {(p) => <Input {...p} autoComplete="organization" {...form.register('organization.name')} />}
          </Field>
          <Field label="Sector" error={errors?.sector?.message}>
            {(p) => (
              <Select {...p} {...form.register('organization.sector')}>
                <SectorOptions />
              </Select>
            )}
          </Field>
        </>
      )}
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onDone} pending={save.isPending} pendingLabel="Saving…">
        Save
      </FormActions>
    </form>
  );
}

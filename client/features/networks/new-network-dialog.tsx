import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { networkCreateInput } from '../../../shared/schemas/network.ts';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Select } from '../../components/ui/select.tsx';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { PersonOptions } from './person-options.tsx';
import { NetworkFieldset } from './network-fieldset.tsx';
import { paths } from '../../app/paths.ts';

export function NewNetworkDialog() {
  const { t } = useTranslation('networks');
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t('new.title')}
      description={t('new.description')}
      trigger={
        <Button>
          <Plus aria-hidden="true" className="size-4" /> {t('new.title')}
        </Button>
      }
    >
      {open && <NewNetworkForm onCancel={() => setOpen(false)} />}
    </Dialog>
  );
}

function NewNetworkForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('networks');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const users = useQuery(trpc.admin.users.queryOptions({}));
  const form = useForm({
    resolver: zodResolver(networkCreateInput),
    defaultValues: { name: '', outcomeArea: undefined, status: 'forming', leadUserId: undefined },
  });
  const { errors } = form.formState;
  const create = useMutation(
    trpc.network.create.mutationOptions({
      onSuccess: async (network) => {
        await queryClient.invalidateQueries(trpc.network.pathFilter());
        await navigate(paths.network.href({ slug: network.slug }));
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate className="space-y-4">
      <NetworkFieldset
        register={{ name: form.register('name'), outcomeArea: form.register('outcomeArea'), status: form.register('status') }}
        errors={{ name: errors.name?.message, outcomeArea: errors.outcomeArea?.message, status: errors.status?.message }}
      />
      <Field label={t('new.lead')} hint={t('new.leadHint')} error={errors.leadUserId?.message}>
        {(p) => (
          <Select {...p} disabled={!users.data} {...form.register('leadUserId', { setValueAs: (v: string) => v || undefined })}>
            <PersonOptions people={users} emptyLabel={t('new.noLead')} />
          </Select>
        )}
      </Field>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={create.isPending} pendingLabel={t('new.pending')}>
        {t('new.submit')}
      </FormActions>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { appointLeadInput } from '../../../shared/schemas/membership.ts';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Select } from '../../components/ui/select.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { PersonOptions } from './person-options.tsx';

const schema = appointLeadInput.omit({ networkId: true });

/** Site admins make any person a lead of the network, adding them to it if needed. */
export function AppointLead() {
  const { t } = useTranslation('networks');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.admin.users.queryOptions({}));
  // Who was appointed last: their name, or '' when the list no longer has them.
  const [appointed, setAppointed] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { userId: '' } });
  const appoint = useMutation(
    trpc.network.appointLead.mutationOptions({
      onSuccess: async (_, { userId }) => {
        setAppointed(users.data?.find((u) => u.id === userId)?.name ?? '');
        form.reset({ userId: '' });
        await Promise.all([
          queryClient.invalidateQueries(trpc.network.pathFilter()),
          queryClient.invalidateQueries(trpc.member.pathFilter()),
        ]);
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  const fieldError = form.formState.errors.userId;
  // The shared schema's message is for machines; a person needs to hear what to do.
  const userError = fieldError && (fieldError.type === 'server' ? fieldError.message : t('appoint.choose'));

  return (
    <SectionCard title={t('appoint.title')} headingLevel={3}>
      <form
        onSubmit={form.handleSubmit((v) => {
          setAppointed(null);
          appoint.mutate({ networkId: network.id, ...v });
        })}
        noValidate
        className="space-y-4"
      >
        <Field label={t('appoint.person')} hint={t('appoint.hint')} error={userError}>
          {(p) => (
            <Select {...p} disabled={!users.data} {...form.register('userId')}>
              <PersonOptions people={users} emptyLabel={t('appoint.choose')} />
            </Select>
          )}
        </Field>
        <FormAlert message={formError(form)} />
        {appointed !== null && <SuccessNotice>{appointed ? t('appoint.done', { name: appointed }) : t('appoint.doneUnnamed')}</SuccessNotice>}
        <Button type="submit" pending={appoint.isPending} pendingLabel={t('appoint.pending')}>
          {t('appoint.submit')}
        </Button>
      </form>
    </SectionCard>
  );
}

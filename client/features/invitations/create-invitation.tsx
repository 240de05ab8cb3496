import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { canInviteRole } from '../../../shared/domain/permissions.ts';
import { maxUsesAllowed } from '../../../shared/domain/invitation.ts';
import { INVITATION_EXPIRY_DAYS, invitationCreateInput } from '../../../shared/schemas/invitation.ts';
import { NETWORK_ROLES, type NetworkRole } from '../../../shared/schemas/membership.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { CopyField } from '../../components/ui/copy-field.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Select } from '../../components/ui/select.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { useFormats } from '../../lib/use-words.ts';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

const schema = invitationCreateInput.omit({ networkId: true });

type Created = { link: string; role: NetworkRole; expiresAt: Date; sentTo: string | null };

export function CreateInvitation() {
  const { t } = useTranslation('invitations');
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <SectionCard title={created ? t('create.newLink') : t('create.title')} headingLevel={3}>
      {created ? <NewLink created={created} onAnother={() => setCreated(null)} /> : <CreateForm onCreated={setCreated} />}
    </SectionCard>
  );
}

function NewLink({ created, onAnother }: { created: Created; onAnother: () => void }) {
  const { t } = useTranslation('invitations');
  const f = useFormats();
  return (
    <div className="space-y-4">
      <Alert tone="info" title={t('create.shownOnce.title')}>
        {t('create.shownOnce.body')}
      </Alert>
      <CopyField label={t('create.linkLabel', { role: t(`role.lower.${created.role}`) })} value={created.link} copyLabel={t('create.copy')} />
      <p className="text-sm text-slate-600">{t('create.expires', { date: f.dateTime(created.expiresAt) })}</p>
      {created.sentTo && <p className="text-sm break-all text-slate-700">{t('email.sentTo', { email: created.sentTo })}</p>}
      <Button variant="secondary" onClick={onAnother}>
        {t('create.another')}
      </Button>
    </div>
  );
}

function CreateForm({ onCreated }: { onCreated: (c: Created) => void }) {
  const { t } = useTranslation(['invitations', 'common']);
  const f = useFormats();
  const { network, standing } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roles = NETWORK_ROLES.filter((r) => canInviteRole(standing, r));
  // Whether this Needle sends email: the address field is offered only when the email will go.
  const mailOn = useQuery(trpc.setup.status.queryOptions(undefined, { staleTime: Infinity })).data?.mailOn ?? false;
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { role: 'member', expiresInDays: 7, maxUses: 1, note: '', email: '' },
  });
  const { errors } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });
  const cap = maxUsesAllowed(role);

  useEffect(() => {
    if (cap !== null) form.setValue('maxUses', cap, { shouldValidate: form.formState.isSubmitted });
  }, [cap, form]);

  const create = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: async (result, input) => {
        onCreated({
          link: `${window.location.origin}/invite/${result.token}`,
          role: input.role,
          expiresAt: result.expiresAt,
          sentTo: result.sentTo,
        });
        await queryClient.invalidateQueries(trpc.invitation.list.pathFilter());
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={form.handleSubmit((v) => create.mutate({ networkId: network.id, ...v }))} noValidate className="space-y-4">
      <Field label={t('create.role')} hint={roles.includes('lead') ? undefined : t('create.onlyLeads')} error={errors.role?.message}>
        {(p) => (
          <Select {...p} {...form.register('role')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`common:labels.role.${r}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t('create.expiresAfter')} error={errors.expiresInDays?.message}>
        {(p) => (
          <Select {...p} {...form.register('expiresInDays', { setValueAs: Number })}>
            {INVITATION_EXPIRY_DAYS.map((d) => (
              <option key={d} value={d}>
                {t('create.days', { count: d, n: f.count(d) })}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label={t('create.maxUses')}
        hint={cap !== null ? t('create.onePerson') : t('create.team')}
        error={errors.maxUses?.message}
      >
        {(p) => (
          <Input {...p} type="number" inputMode="numeric" min={1} max={cap ?? 200} readOnly={cap !== null} {...form.register('maxUses', { valueAsNumber: true })} />
        )}
      </Field>
      <Field label={t('create.note')} hint={t('create.noteHint')} error={errors.note?.message}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('note')} />}
      </Field>
      {mailOn ? (
        <Field label={t('email.label')} hint={t('email.hint')} error={errors.email?.message}>
          {(p) => <Input {...p} type="email" autoComplete="off" inputMode="email" {...form.register('email')} />}
        </Field>
      ) : (
        <p className="text-sm text-slate-600">{t('email.off')}</p>
      )}
      <FormAlert message={formError(form)} />
      <Button type="submit" pending={create.isPending} pendingLabel={t('create.pending')} className="w-full sm:w-auto">
        {t('create.submit')}
      </Button>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { canInviteRole } from '../../../shared/domain/permissions.ts';
import { maxUsesAllowed } from '../../../shared/domain/invitation.ts';
import { INVITATION_EXPIRY_DAYS, invitationCreateInput } from '../../../shared/schemas/invitation.ts';
import { NETWORK_ROLE_LABELS, NETWORK_ROLES } from '../../../shared/schemas/membership.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { CopyField } from '../../components/ui/copy-field.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Select } from '../../components/ui/select.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { formatDateTime } from '../../../shared/format/dates.ts';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { plural } from '../../../shared/format/words.ts';

const schema = invitationCreateInput.omit({ networkId: true });

type Created = { link: string; role: string; expiresAt: Date };

export function CreateInvitation() {
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <SectionCard title={created ? 'Your new invitation link' : 'Create an invitation link'} headingLevel={3}>
      {created ? <NewLink created={created} onAnother={() => setCreated(null)} /> : <CreateForm onCreated={setCreated} />}
    </SectionCard>
  );
}

function NewLink({ created, onAnother }: { created: Created; onAnother: () => void }) {
  return (
    <div className="space-y-4">
      <Alert tone="info" title="This link is shown only now">
        Copy it and send it to the people you invite. Needle keeps no copy it can show again; if you lose it, revoke it
        and create a new one.
      </Alert>
      <CopyField label={`Invitation link (${created.role})`} value={created.link} copyLabel="Copy link" />
      <p className="text-sm text-slate-600">Expires {formatDateTime(created.expiresAt)}.</p>
      <Button variant="secondary" onClick={onAnother}>
        Create another link
      </Button>
    </div>
  );
}

function CreateForm({ onCreated }: { onCreated: (c: Created) => void }) {
  const { network, standing } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roles = NETWORK_ROLES.filter((r) => canInviteRole(standing, r));
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { role: 'member', expiresInDays: 7, maxUses: 1, note: '' },
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
          role: NETWORK_ROLE_LABELS[input.role].toLowerCase(),
          expiresAt: result.expiresAt,
        });
        await queryClient.invalidateQueries(trpc.invitation.list.pathFilter());
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={form.handleSubmit((v) => create.mutate({ networkId: network.id, ...v }))} noValidate className="space-y-4">
      <Field label="Role" hint={roles.includes('lead') ? undefined : 'Only leads can invite another lead.'} error={errors.role?.message}>
        {(p) => (
          <Select {...p} {...form.register('role')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {NETWORK_ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Link expires after" error={errors.expiresInDays?.message}>
        {(p) => (
          <Select {...p} {...form.register('expiresInDays', { setValueAs: Number })}>
            {INVITATION_EXPIRY_DAYS.map((d) => (
              <option key={d} value={d}>
                {plural(d, 'day')}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="How many people may use it"
        hint={cap !== null ? 'A facilitator or lead link is for one person only.' : 'For a whole team at a meeting, allow more than one.'}
        error={errors.maxUses?.message}
      >
        {(p) => (
          <Input {...p} type="number" inputMode="numeric" min={1} max={cap ?? 200} readOnly={cap !== null} {...form.register('maxUses', { valueAsNumber: true })} />
        )}
      </Field>
      <Field label="Note (optional)" hint="Only people who manage invitations see it, e.g. “For the library team”." error={errors.note?.message}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('note')} />}
      </Field>
      <FormAlert message={formError(form)} />
      <Button type="submit" pending={create.isPending} pendingLabel="Creating…" className="w-full sm:w-auto">
        Create link
      </Button>
    </form>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { INVITATION_STATE_LABELS, type InvitationState } from '../../../shared/domain/invitation.ts';
import { NETWORK_ROLE_LABELS } from '../../../shared/schemas/membership.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate, formatDateTime } from '../../../shared/format/dates.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

type Invitation = RouterOutputs['invitation']['list'][number];

const STATE_TONE: Record<InvitationState, 'success' | 'neutral' | 'warning' | 'danger'> = {
  active: 'success',
  expired: 'warning',
  revoked: 'danger',
  used_up: 'neutral',
  inviter_lost_access: 'danger',
};

export function InvitationList() {
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const invitations = useQuery(trpc.invitation.list.queryOptions({ networkId: network.id }));
  return (
    <SectionCard title="Links so far" headingLevel={3}>
      {invitations.isPending && <LoadingState label="Loading invitations" />}
      {invitations.isError && <ErrorState message={errorMessage(invitations.error)} onRetry={() => void invitations.refetch()} />}
      {invitations.data?.length === 0 && <EmptyState>No invitation links yet.</EmptyState>}
      {invitations.data && invitations.data.length > 0 && (
        <ul className="divide-y divide-slate-200">
          {invitations.data.map((inv) => (
            <InvitationRow key={inv.id} invitation={inv} />
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function InvitationRow({ invitation: inv }: { invitation: Invitation }) {
  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-slate-900">{NETWORK_ROLE_LABELS[inv.role]}</span>
          <Badge tone={STATE_TONE[inv.state]}>{INVITATION_STATE_LABELS[inv.state]}</Badge>
        </p>
        <p className="text-sm text-slate-700">
          Used by {inv.useCount} of {inv.maxUses} · {inv.state === 'expired' ? 'expired' : 'expires'} {formatDate(inv.expiresAt)}
        </p>
        {inv.note && <p className="text-sm break-words text-slate-700">“{inv.note}”</p>}
        <p className="text-xs text-slate-600">
          Created {formatDateTime(inv.createdAt)}
          {inv.createdByName && ` by ${inv.createdByName}`}
        </p>
      </div>
      {/* A link whose creator lost the right to invite would work again if they got it back. */}
      {(inv.state === 'active' || inv.state === 'inviter_lost_access') && <RevokeButton invitation={inv} />}
    </li>
  );
}

function RevokeButton({ invitation }: { invitation: Invitation }) {
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.invitation.list.pathFilter());
        setOpen(false);
      },
    }),
  );
  const label = `${NETWORK_ROLE_LABELS[invitation.role].toLowerCase()} link`;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) revoke.reset();
      }}
      title="Revoke this link?"
      description="Nobody will be able to join with it any more. People who already joined stay in the network."
      confirmLabel="Revoke link"
      danger
      pending={revoke.isPending}
      error={revoke.isError ? errorMessage(revoke.error) : undefined}
      onConfirm={() => revoke.mutate({ networkId: network.id, invitationId: invitation.id })}
      trigger={
        <Button variant="secondary" size="sm" className="min-h-11 shrink-0 self-start" aria-label={`Revoke ${label} created ${formatDateTime(invitation.createdAt)}`}>
          Revoke
        </Button>
      }
    />
  );
}

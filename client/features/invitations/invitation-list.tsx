import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationState } from '../../../shared/domain/invitation.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
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
  const { t } = useTranslation('invitations');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const invitations = useQuery(trpc.invitation.list.queryOptions({ networkId: network.id }));
  return (
    <SectionCard title={t('list.title')} headingLevel={3}>
      {invitations.isPending && <LoadingState label={t('list.loading')} />}
      {invitations.isError && <ErrorState message={errorMessage(invitations.error)} onRetry={() => void invitations.refetch()} />}
      {invitations.data?.length === 0 && <EmptyState>{t('list.empty')}</EmptyState>}
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
  const { t } = useTranslation(['invitations', 'common']);
  const f = useFormats();
  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-slate-900">{t(`common:labels.role.${inv.role}`)}</span>
          <Badge tone={STATE_TONE[inv.state]}>{t(`common:labels.invitationState.${inv.state}`)}</Badge>
        </p>
        <p className="text-sm text-slate-700">
          {t(inv.state === 'expired' ? 'list.usesExpired' : 'list.usesExpires', {
            used: f.count(inv.useCount),
            max: f.count(inv.maxUses),
            date: f.date(inv.expiresAt),
          })}
        </p>
        {inv.note && <p className="text-sm break-words text-slate-700">{t('list.note', { note: inv.note })}</p>}
        {inv.sentTo && <p className="text-sm break-all text-slate-700">{t('email.sentTo', { email: inv.sentTo })}</p>}
        <p className="text-xs text-slate-600">
          {inv.createdByName
            ? t('list.createdBy', { date: f.dateTime(inv.createdAt), name: inv.createdByName })
            : t('list.created', { date: f.dateTime(inv.createdAt) })}
        </p>
      </div>
      {/* A link whose creator lost the right to invite would work again if they got it back. */}
      {(inv.state === 'active' || inv.state === 'inviter_lost_access') && <RevokeButton invitation={inv} />}
    </li>
  );
}

function RevokeButton({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation('invitations');
  const f = useFormats();
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
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) revoke.reset();
      }}
      title={t('revoke.title')}
      description={t('revoke.description')}
      confirmLabel={t('revoke.confirm')}
      danger
      pending={revoke.isPending}
      error={revoke.isError ? errorMessage(revoke.error) : undefined}
      onConfirm={() => revoke.mutate({ networkId: network.id, invitationId: invitation.id })}
      trigger={
        <Button variant="secondary" size="sm" className="min-h-11 shrink-0 self-start" aria-label={t('revoke.label', { role: t(`role.lower.${invitation.role}`), date: f.dateTime(invitation.createdAt) })}
        >
          {t('revoke.button')}
        </Button>
      }
    />
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserMinus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { paths } from '../../app/paths.ts';

export function RemoveMemberButton({ member }: { member: { userId: string; name: string } }) {
  const { network, myId, standing } = useCurrentNetwork();
  const { t } = useTranslation('people');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const isMe = member.userId === myId;
  const remove = useMutation(
    trpc.member.remove.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        // Leaving a network you are not an administrator of ends your access to it.
        if (isMe && !standing.isAdmin) {
          await navigate(paths.home.href());
          await queryClient.invalidateQueries(trpc.network.pathFilter());
          return;
        }
        await Promise.all([
          queryClient.invalidateQueries(trpc.member.pathFilter()),
          queryClient.invalidateQueries(trpc.network.pathFilter()),
        ]);
      },
    }),
  );

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) remove.reset();
      }}
      title={isMe ? t('remove.leaveTitle') : t('remove.title', { name: member.name })}
      description={
        isMe
          ? t('remove.leaveBody', { network: network.name })
          : t('remove.body', { name: member.name, network: network.name })
      }
      confirmLabel={isMe ? t('remove.leaveConfirm') : t('remove.confirm')}
      danger
      pending={remove.isPending}
      error={remove.isError ? errorMessage(remove.error) : undefined}
      onConfirm={() => remove.mutate({ networkId: network.id, userId: member.userId })}
      trigger={
        // One width for "Leave" and "Remove", so every row's role menu lines up with the others.
        <Button variant="ghost" size="sm" className="min-h-11 w-28" aria-label={isMe ? t('remove.leaveConfirm') : t('remove.label', { name: member.name })}>
          <UserMinus aria-hidden="true" className="size-4" />
          {isMe ? t('remove.leave') : t('remove.confirm')}
        </Button>
      }
    />
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../../shared/format/dates.ts';
import { plural } from '../../../shared/format/words.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

type User = RouterOutputs['admin']['users'][number];

export function UserRow({ user }: { user: User }) {
  const me = useMe();
  const isMe = me.data?.id === user.id;
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 space-y-0.5">
        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
          <span className="break-words">{user.name}</span>
          {isMe && <Badge tone="accent">You</Badge>}
          {user.isAdmin && <Badge>Site administrator</Badge>}
          {user.deactivatedAt && <Badge tone="danger">Deactivated</Badge>}
        </p>
        <p className="text-sm break-all text-slate-600">{user.email}</p>
        <p className="text-sm text-slate-600">
          {plural(user.networkCount, 'network')} · joined {formatDate(user.createdAt)}
        </p>
      </div>
      {!isMe && <ActivationButton user={user} />}
    </li>
  );
}

function ActivationButton({ user }: { user: User }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const deactivating = !user.deactivatedAt;
  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries(trpc.admin.pathFilter());
      setOpen(false);
    },
  };
  const deactivate = useMutation(trpc.admin.deactivateUser.mutationOptions(options));
  const reactivate = useMutation(trpc.admin.reactivateUser.mutationOptions(options));
  const mutation = deactivating ? deactivate : reactivate;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) mutation.reset();
      }}
      title={deactivating ? `Deactivate ${user.name}?` : `Reactivate ${user.name}?`}
      description={
        deactivating
          ? 'They are signed out at once and cannot sign in again until an administrator reactivates them. Their memberships and work stay.'
          : 'They can sign in again with their password and get back into their networks.'
      }
      confirmLabel={deactivating ? 'Deactivate' : 'Reactivate'}
      danger={deactivating}
      pending={mutation.isPending}
      error={mutation.isError ? errorMessage(mutation.error) : undefined}
      onConfirm={() => mutation.mutate({ userId: user.id })}
      trigger={
        <Button variant="secondary" size="sm" className="min-h-11 shrink-0" aria-label={`${deactivating ? 'Deactivate' : 'Reactivate'} ${user.name}`}>
          {deactivating ? 'Deactivate' : 'Reactivate'}
        </Button>
      }
    />
  );
}

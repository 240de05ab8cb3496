import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { ResetLinkDialog } from './reset-link-dialog.tsx';
import { StaffButton } from './staff-button.tsx';

type User = RouterOutputs['admin']['users'][number];

export function UserRow({ user }: { user: User }) {
  const { t } = useTranslation(['admin', 'common']);
  const f = useFormats();
  const me = useMe();
  const isMe = me.data?.id === user.id;
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 space-y-0.5">
        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
          <span className="break-words" translate="no">
            {user.name}
          </span>
          {isMe && <Badge tone="accent">{t('row.you')}</Badge>}
          {user.isAdmin && <Badge>{t('row.admin')}</Badge>}
          {user.partnershipStaff && <Badge tone="accent">{t('common:labels.partnershipStaff')}</Badge>}
          {user.deactivatedAt && <Badge tone="danger">{t('row.deactivated')}</Badge>}
        </p>
        <p className="text-sm break-all text-slate-600" translate="no">
          {user.email}
        </p>
        <p className="text-sm text-slate-600">
          {t('row.summary', { count: user.networkCount, n: f.count(user.networkCount), date: f.date(user.createdAt) })}
        </p>
      </div>
      {!isMe && (
        <div className="flex flex-wrap gap-2">
          {!user.deactivatedAt && <ResetLinkDialog user={user} />}
          {!user.isAdmin && (!user.deactivatedAt || user.partnershipStaff) && <StaffButton user={user} />}
          <ActivationButton user={user} />
        </div>
      )}
    </li>
  );
}

function ActivationButton({ user }: { user: User }) {
  const { t } = useTranslation('admin');
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
      title={t(deactivating ? 'row.deactivateTitle' : 'row.reactivateTitle', { name: user.name })}
      description={
        deactivating ? t('row.deactivateBody') : t('row.reactivateBody')
      }
      confirmLabel={deactivating ? t('row.deactivate') : t('row.reactivate')}
      danger={deactivating}
      pending={mutation.isPending}
      error={mutation.isError ? errorMessage(mutation.error) : undefined}
      onConfirm={() => mutation.mutate({ userId: user.id })}
      trigger={
        <Button variant="secondary" size="sm" className="min-h-11 shrink-0" aria-label={t(deactivating ? 'row.deactivateLabel' : 'row.reactivateLabel', { name: user.name })}>
          {deactivating ? t('row.deactivate') : t('row.reactivate')}
        </Button>
      }
    />
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

/** Ends every session of the account, this one too: the simple rule after a lost phone. */
export function SignOutEverywhere() {
  const { t } = useTranslation('account');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const end = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({
      onSuccess: async () => {
        // Leave the signed-in pages first, so they do not refetch as nobody and flash errors.
        queryClient.setQueryData(trpc.account.me.queryKey(), null);
        await navigate(paths.signIn.href());
        await queryClient.resetQueries();
      },
    }),
  );
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t('signOutEverywhere.body')}</p>
      <ConfirmDialog
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (!o) end.reset();
        }}
        title={t('signOutEverywhere.confirmTitle')}
        description={t('signOutEverywhere.confirmBody')}
        confirmLabel={t('signOutEverywhere.confirm')}
        danger
        pending={end.isPending}
        error={end.isError ? errorMessage(end.error) : undefined}
        onConfirm={() => end.mutate()}
        trigger={<Button variant="secondary">{t('signOutEverywhere.button')}</Button>}
      />
    </div>
  );
}

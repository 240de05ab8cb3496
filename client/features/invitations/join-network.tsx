import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useSignOut } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { paths } from '../../app/paths.ts';

/** Someone already signed in joins with one press. */
export function JoinNetwork({ token, networkName, user }: { token: string; networkName: string; user: { name: string; email: string } }) {
  const { t } = useTranslation('invitations');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [signingOut, setSigningOut] = useState(false);
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: async ({ networkSlug }) => {
        await queryClient.invalidateQueries(trpc.network.pathFilter());
        await navigate(paths.network.href({ slug: networkSlug }));
      },
    }),
  );

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <Trans
          t={t}
          i18nKey="join.signedInAs"
          values={{ name: user.name, email: user.email }}
          components={{ strong: <strong className="font-semibold text-slate-900" /> }}
        />
      </p>
      <FormAlert message={accept.isError ? errorMessage(accept.error) : undefined} />
      <Button className="w-full" pending={accept.isPending} pendingLabel={t('join.pending')} onClick={() => accept.mutate({ token })}>
        {t('join.submit', { network: networkName })}
      </Button>
      <Button
        variant="ghost"
        className="w-full"
        pending={signingOut}
        onClick={async () => {
          setSigningOut(true);
          try {
            // Come back here signed out, to create a new account with the link.
            await signOut(`/invite/${token}`);
          } finally {
            setSigningOut(false);
          }
        }}
      >
        {t('join.notYou')}
      </Button>
    </div>
  );
}

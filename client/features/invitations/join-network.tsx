import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useSignOut } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { paths } from '../../app/paths.ts';

/** Someone already signed in joins with one press. */
export function JoinNetwork({ token, networkName, user }: { token: string; networkName: string; user: { name: string; email: string } }) {
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
        You are signed in as <strong className="font-semibold text-slate-900">{user.name}</strong> ({user.email}).
      </p>
      <FormAlert message={accept.isError ? errorMessage(accept.error) : undefined} />
      <Button className="w-full" pending={accept.isPending} pendingLabel="Joining…" onClick={() => accept.mutate({ token })}>
        Join {networkName}
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
        Not you? Sign out
      </Button>
    </div>
  );
}

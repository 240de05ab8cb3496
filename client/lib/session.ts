import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useTRPC } from './trpc.ts';

/** Who is signed in (null when nobody is). */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.account.me.queryOptions(undefined, { staleTime: 60_000 }));
}

/**
 * After signing in or out every cached answer belongs to someone else: reset them all. Active
 * queries (who is signed in, at least) refetch before this resolves.
 */
export function useResetSession() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.resetQueries(), [queryClient]);
}

export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async (to = '/sign-in') => {
    // Sign-in and sign-out code loads when used, not with the first script.
    await import('./auth.ts').then((m) => m.signOut());
    // A shared computer: the next person must not find this one's answers kept for offline use.
    await import('./offline/query-persistence.ts').then((m) => m.forgetDevice());
    // Leave the signed-in pages first, so they do not refetch as nobody and flash errors.
    queryClient.setQueryData(trpc.account.me.queryKey(), null);
    await navigate(to);
    await queryClient.resetQueries();
  }, [navigate, queryClient, trpc]);
}

import { MutationCache, onlineManager, QueryCache, QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import i18next from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { errorCode } from '../lib/errors.ts';
import { watchReachability } from '../lib/offline/connectivity.ts';
import { persistOptions } from '../lib/offline/query-persistence.ts';
import { makeTrpcClient, TRPCProvider } from '../lib/trpc.ts';

// Answers like "not found" or "not allowed" will not change on a retry; a dropped connection may.
const PERMANENT = new Set(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

function makeQueryClient() {
  // TanStack assumes a connection until the browser says otherwise: a page reloaded offline would
  // try, fail and show errors instead of waiting, paused, with the answers kept on the device.
  onlineManager.setOnline(navigator.onLine);
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) => !PERMANENT.has(errorCode(error) ?? '') && count < 2,
      },
    },
    // A session that ended elsewhere (expired, deactivated): ask again who is signed in, so the
    // sign-in guard takes the person to the sign-in page.
    queryCache: new QueryCache({ onError: (error) => onUnauthorized(error) }),
    mutationCache: new MutationCache({ onError: (error) => onUnauthorized(error) }),
  });
  watchReachability(queryClient);
  function onUnauthorized(error: unknown) {
    if (errorCode(error) === 'UNAUTHORIZED') void queryClient.invalidateQueries({ queryKey: [['account', 'me']] });
  }
  return queryClient;
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  // Some answers carry sentences the server wrote (a report's text, a refusal): ask again in the new language.
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    i18next.on('languageChanged', refetch);
    return () => i18next.off('languageChanged', refetch);
  }, [queryClient]);
  const [trpcClient] = useState(makeTrpcClient);
  const [persist] = useState(persistOptions);
  return (
    <PersistQueryClientProvider client={queryClient} persistOptions={persist}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </PersistQueryClientProvider>
  );
}

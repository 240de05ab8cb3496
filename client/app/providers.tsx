import { IsRestoringProvider, MutationCache, onlineManager, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { errorCode } from '../lib/errors.ts';
import { watchReachability } from '../lib/offline/connectivity.ts';
import { makeTrpcClient, TRPCProvider } from '../lib/trpc.ts';
import { prefetchFirstPage } from './first-page-data.ts';

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

let clients: { queryClient: QueryClient; trpcClient: ReturnType<typeof makeTrpcClient>; firstAnswers: Promise<unknown> } | undefined;
/**
 * Once for the page: the first render suspends (for the start-up catalogues) before it commits,
 * and React then drops its state, so a useState initializer would make new clients and ask again.
 */
export function appClients() {
  if (!clients) {
    const queryClient = makeQueryClient();
    const trpcClient = makeTrpcClient();
    clients = { queryClient, trpcClient, firstAnswers: prefetchFirstPage(queryClient, trpcClient, location.pathname) };
  }
  return clients;
}

export function Providers({ children }: { children: ReactNode }) {
  const { queryClient, trpcClient } = appClients();
  // Some answers carry sentences the server wrote (a report's text, a refusal): ask again in the new language.
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    i18next.on('languageChanged', refetch);
    return () => i18next.off('languageChanged', refetch);
  }, [queryClient]);
  const restoring = useKeptAnswers(queryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <IsRestoringProvider value={restoring}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {children}
        </TRPCProvider>
      </IsRestoringProvider>
    </QueryClientProvider>
  );
}

/**
 * The answers kept on this device (client/lib/offline), as PersistQueryClientProvider keeps them,
 * with its code loaded after the first script. Online nothing is restored, so queries need not
 * wait for it; offline at start they wait (showing that the page loads) until the kept answers
 * are back. True while they wait.
 */
function useKeptAnswers(queryClient: QueryClient): boolean {
  const [restoring, setRestoring] = useState(() => !navigator.onLine);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let unmounted = false;
    void import('../lib/offline/query-persistence.ts')
      .then((m) => m.keepOnDevice(queryClient))
      .then(
        (unsubscribe) => (unmounted ? unsubscribe() : (stop = unsubscribe)),
        () => {}, // storage refused (private mode): the app works, nothing is kept
      )
      .finally(() => setRestoring(false));
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [queryClient]);
  return restoring;
}

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { errorCode } from '../lib/errors.ts';
import { makeTrpcClient, TRPCProvider } from '../lib/trpc.ts';

// Answers like "not found" or "not allowed" will not change on a retry; a dropped connection may.
const PERMANENT = new Set(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

function makeQueryClient() {
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
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { inferRouterOutputs } from '@trpc/server';
import superjson from 'superjson';
import type { AppRouter } from '../../server/router.ts';
import { TRPC_PATH } from '../../shared/batch-url.ts';
import { fetchEarly } from './early-fetch.ts';
import { currentLanguage } from './i18n.ts';
import { lazySubscriptionLink } from './lazy-subscription-link.ts';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      // A meeting's live board streams server-sent events; its link loads with the meeting pages.
      lazySubscriptionLink(),
      // The server answers (its error messages) in the language on screen. The first request may
      // already be on its way (first-request.ts).
      httpBatchLink({ url: TRPC_PATH, transformer: superjson, fetch: fetchEarly, headers: () => ({ 'x-needle-language': currentLanguage() }) }),
    ],
  });
}

export type RouterOutputs = inferRouterOutputs<AppRouter>;

import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { inferRouterOutputs } from '@trpc/server';
import superjson from 'superjson';
import type { AppRouter } from '../../server/router.ts';
import { currentLanguage } from './i18n.ts';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        // Subscriptions (a meeting's live board) are server-sent events: a GET the browser keeps
        // open and reopens after a drop, resuming from the last event id it saw. The session
        // cookie goes with it as with every same-origin request.
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: '/trpc', transformer: superjson }),
        // The server answers (its error messages) in the language on screen.
        false: httpBatchLink({ url: '/trpc', transformer: superjson, headers: () => ({ 'x-needle-language': currentLanguage() }) }),
      }),
    ],
  });
}

export type RouterOutputs = inferRouterOutputs<AppRouter>;

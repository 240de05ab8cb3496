import { TRPCClientError, type TRPCLink } from '@trpc/client';
// tRPC's own helper for writing a client link (the rule's pattern means this repository's server/ folder).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '../../server/router.ts';

type OperationLink = ReturnType<TRPCLink<AppRouter>>;

/**
 * Sends subscriptions through tRPC's subscription link, fetched the first time one opens, and
 * everything else on down the chain. Only the meeting pages subscribe: the first script need not
 * carry the event-stream code (docs/benchmarks.md).
 */
export function lazySubscriptionLink(): TRPCLink<AppRouter> {
  return (runtime) => {
    let loaded: Promise<OperationLink> | undefined;
    return ({ op, next }) => {
      if (op.type !== 'subscription') return next(op);
      return observable((observer) => {
        let stopped = false;
        let inner: { unsubscribe: () => void } | undefined;
        loaded ??= import('./subscription-link.ts').then((m) => m.subscriptionLink()(runtime));
        loaded.then(
          (link) => {
            if (!stopped) inner = link({ op, next }).subscribe(observer);
          },
          (cause: unknown) => {
            // A failed chunk load (offline, a new deploy) is tried again on the next subscription.
            loaded = undefined;
            if (!stopped) observer.error(TRPCClientError.from(cause instanceof Error ? cause : new Error(String(cause))));
          },
        );
        return () => {
          stopped = true;
          inner?.unsubscribe();
        };
      });
    };
  };
}

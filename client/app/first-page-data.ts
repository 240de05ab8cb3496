import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { matchPath } from 'react-router';
import type { AppRouter } from '../../server/router.ts';
import type { RouterOutputs } from '../lib/trpc.ts';
import { paths } from './paths.ts';

/**
 * Asks for the first page's answers as the app starts, in one request, rather than one after the
 * other as each layout renders and finds it needs the next (who is signed in, then the network,
 * then the page's own data). The pages read the same queries and find them answered or on the way.
 */
export function prefetchFirstPage(queryClient: QueryClient, trpcClient: TRPCClient<AppRouter>, pathname: string): Promise<unknown> {
  // The public pages (impact, report card) need no session.
  if (matchPath(`${paths.reportCard.pattern}/*`, pathname)) return Promise.resolve();
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  // As the sign-in guard and the layout ask (client/lib/session.ts, root-layout.tsx).
  const asked: Array<Promise<unknown>> = [queryClient.prefetchQuery(trpc.account.me.queryOptions(undefined, { staleTime: 60_000 }))];
  if (!matchPath(paths.meetingLive.pattern, pathname)) asked.push(queryClient.prefetchQuery(trpc.setup.status.queryOptions(undefined, { staleTime: Infinity })));

  const home = matchPath(paths.network.pattern, pathname)?.params.slug;
  const slug = home ?? matchPath(`${paths.network.pattern}/*`, pathname)?.params.slug;
  if (home) {
    // The network home needs the network's id for its own query: both come in one answer. The
    // layout's query waits on it (asking again itself only on a retry); the page's finds its answer
    // in place before the layout can render it.
    const both = trpcClient.home.bySlug.query({ slug: home });
    asked.push(both.then(({ network, home: page }) => queryClient.setQueryData(trpc.home.network.queryKey({ networkId: network.id }), page)));
    const options = trpc.network.bySlug.queryOptions({ slug: home });
    let first: Promise<RouterOutputs['network']['bySlug']> | null = both.then(({ network }) => network);
    asked.push(
      queryClient.prefetchQuery({
        ...options,
        queryFn: (context) => {
          const answer = first ?? options.queryFn!(context);
          first = null;
          return answer;
        },
      }),
    );
  } else if (slug) {
    asked.push(queryClient.prefetchQuery(trpc.network.bySlug.queryOptions({ slug })));
  }
  // The pages show a refusal or an error themselves, from the same queries.
  return Promise.allSettled(asked);
}

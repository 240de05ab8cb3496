import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { matchPath } from 'react-router';
import type { AppRouter } from '../../server/router.ts';
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

  const slug = matchPath(`${paths.network.pattern}/*`, pathname)?.params.slug;
  if (slug) {
    const network = queryClient.fetchQuery(trpc.network.bySlug.queryOptions({ slug }));
    // The network home's one query needs the network's id: asked for as soon as it is known.
    const home = matchPath(paths.network.pattern, pathname);
    asked.push(network.then(({ id }) => (home ? queryClient.prefetchQuery(trpc.home.network.queryOptions({ networkId: id })) : undefined)));
  }
  // The pages show a refusal or an error themselves, from the same queries.
  return Promise.allSettled(asked);
}

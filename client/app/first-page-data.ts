import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { matchPath } from 'react-router';
import type { AppRouter } from '../../server/router.ts';
import type { BatchCall } from '../../shared/batch-url.ts';
import type { RouterOutputs } from '../lib/trpc.ts';
import { paths } from './paths.ts';

/** Which of the first page's answers an address asks for at start (prefetchFirstPage). */
function firstPageNeeds(pathname: string) {
  // The public pages (impact, report card) need no session.
  if (matchPath(`${paths.reportCard.pattern}/*`, pathname)) return null;
  const home = matchPath(paths.network.pattern, pathname)?.params.slug;
  return {
    // The live board's page asks for no setup status.
    setupStatus: !matchPath(paths.meetingLive.pattern, pathname),
    // The network home: the network and its home in one answer; another network page: the network.
    home,
    slug: home ?? matchPath(`${paths.network.pattern}/*`, pathname)?.params.slug,
  };
}

/**
 * The request prefetchFirstPage's queries make together, in its order: the one the first script
 * starts before the rest of it runs (first-request.ts). A test holds the two to the same address.
 */
export function firstPageCalls(pathname: string): BatchCall[] {
  const needs = firstPageNeeds(pathname);
  if (!needs) return [];
  const calls: BatchCall[] = [{ path: 'account.me' }];
  if (needs.setupStatus) calls.push({ path: 'setup.status' });
  if (needs.home) calls.push({ path: 'home.bySlug', input: { slug: needs.home } });
  else if (needs.slug) calls.push({ path: 'network.bySlug', input: { slug: needs.slug } });
  return calls;
}

/**
 * Asks for the first page's answers as the app starts, in one request, rather than one after the
 * other as each layout renders and finds it needs the next (who is signed in, then the network,
 * then the page's own data). The pages read the same queries and find them answered or on the way.
 */
export function prefetchFirstPage(queryClient: QueryClient, trpcClient: TRPCClient<AppRouter>, pathname: string): Promise<unknown> {
  const needs = firstPageNeeds(pathname);
  if (!needs) return Promise.resolve();
  const { home, slug } = needs;
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  // As the sign-in guard and the layout ask (client/lib/session.ts, root-layout.tsx).
  const asked: Array<Promise<unknown>> = [queryClient.prefetchQuery(trpc.account.me.queryOptions(undefined, { staleTime: 60_000 }))];
  if (needs.setupStatus) asked.push(queryClient.prefetchQuery(trpc.setup.status.queryOptions(undefined, { staleTime: Infinity })));

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

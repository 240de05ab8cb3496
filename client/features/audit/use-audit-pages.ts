import { useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '../../lib/trpc.ts';

const PAGE_SIZE = 50;

// The audit procedures page by `before` (not tRPC's `cursor`), so the infinite query is built by hand,
// under the procedures' own key path so that invalidating them refreshes it too.

export function useNetworkAudit(networkId: number) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useInfiniteQuery({
    queryKey: [trpc.audit.network.pathKey()[0], { input: { networkId }, type: 'infinite' }],
    queryFn: ({ pageParam }) => client.audit.network.query({ networkId, before: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore,
  });
}

export function useAdminAudit(networkId: number | undefined) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useInfiniteQuery({
    queryKey: [trpc.admin.audit.pathKey()[0], { input: { networkId }, type: 'infinite' }],
    queryFn: ({ pageParam }) => client.admin.audit.query({ networkId, before: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore,
  });
}

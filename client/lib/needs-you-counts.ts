import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from './trpc.ts';
import { setTitleCount } from './use-page-title.ts';

/** How many things need the person in each of their networks, by network id: one query for all. */
export function useNeedsYouCounts(): Map<number, number> | undefined {
  const trpc = useTRPC();
  const counts = useQuery(trpc.home.counts.queryOptions());
  return counts.data && new Map(counts.data.map((c) => [c.networkId, c.count]));
}

/** Puts the network's count before the tab's title while the person is inside it. */
export function useNetworkTitleCount(networkId: number) {
  const n = useNeedsYouCounts()?.get(networkId) ?? 0;
  useEffect(() => {
    setTitleCount(n);
    return () => setTitleCount(0);
  }, [n]);
}

/** The home has just counted one network afresh: the switcher and the title agree with it at once. */
export function useKeepCountFresh(networkId: number, fresh: number | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (fresh === undefined) return;
    queryClient.setQueryData(trpc.home.counts.queryKey(), (old) => old?.map((c) => (c.networkId === networkId ? { ...c, count: fresh } : c)));
  }, [queryClient, trpc, networkId, fresh]);
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

export type Cycle = RouterOutputs['cycle']['get'];
export type CycleListItem = RouterOutputs['cycle']['list']['items'][number];
export type Overview = RouterOutputs['cycle']['overview'];
export type Member = RouterOutputs['member']['list'][number];
export type Organization = RouterOutputs['organization']['list'][number];
export type MeetingSummary = RouterOutputs['meeting']['list'][number];
export type ChangeIdea = { id: number; title: string; retired: boolean };
export type Measure = RouterOutputs['indicator']['list'][number];

/** What a cycle page says after it was reached from a save, a new cycle or a delete. */
export type CyclePageState = { notice?: string } | null;

/**
 * Refetches every cycle answer (list, overview, the cycle, ramps) and, since cycles show on the
 * meetings and the diagram too, those; resolves once they are fresh.
 */
export function useRefreshCycles() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.cycle.pathFilter()),
      queryClient.invalidateQueries(trpc.meeting.pathFilter()),
    ]);
  }, [queryClient, trpc]);
}

/**
 * The people, change ideas, meetings and organizations a cycle links to: for the filters and the
 * form's pickers; with `measures`, the network's measures too (only the form names them).
 * `data` is undefined until all have arrived.
 */
export function useCycleLookups({ measures: withMeasures = false } = {}) {
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const members = useQuery(trpc.member.list.queryOptions({ networkId: network.id }));
  const plan = useQuery(trpc.plan.get.queryOptions({ networkId: network.id }));
  const meetings = useQuery(trpc.meeting.list.queryOptions({ networkId: network.id }));
  const organizations = useQuery(trpc.organization.list.queryOptions());
  const measures = useQuery({ ...trpc.indicator.list.queryOptions({ networkId: network.id }), enabled: withMeasures });
  const all = withMeasures ? [members, plan, meetings, organizations, measures] : [members, plan, meetings, organizations];
  const failed = all.find((q) => q.isError);
  const data =
    members.data && plan.data && meetings.data && organizations.data && (!withMeasures || measures.data)
      ? {
          members: members.data,
          changeIdeas: plan.data.nodes
            .filter((n) => n.kind === 'change_idea')
            .map((n): ChangeIdea => ({ id: n.id, title: n.title, retired: n.retiredAt !== null }))
            .sort((a, b) => Number(a.retired) - Number(b.retired) || a.title.localeCompare(b.title)),
          meetings: meetings.data,
          organizations: organizations.data,
          measures: measures.data ?? [],
        }
      : undefined;
  return {
    data,
    error: failed?.error ?? null,
    retry: () => {
      for (const q of all) if (q.isError) void q.refetch();
    },
  };
}

export type Lookups = NonNullable<ReturnType<typeof useCycleLookups>['data']>;

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useOutletContext } from 'react-router';
import type { CurrentNetwork } from '../../lib/current-network.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

export type Plan = RouterOutputs['plan']['get'];
export type PlanNode = Plan['nodes'][number];
export type PlanAction = Plan['actions'][number];
export type ReviewComment = NonNullable<Plan['lastReview']>['comments'][number];

export function usePlanQuery(networkId: number) {
  const trpc = useTRPC();
  return useQuery(trpc.plan.get.queryOptions({ networkId }));
}

/** What the plan layout hands its pages: the network, as everywhere, and the plan it has loaded. */
export type PlanOutlet = CurrentNetwork & { plan: Plan };

export function usePlan(): PlanOutlet {
  return useOutletContext<PlanOutlet>();
}

/**
 * Refetches the plan (and anything else under plan.*) and waits for it, so a dialog that closes
 * afterwards closes onto the new state, and a conflict can show the newest values. Resolves to
 * the newest plan.
 */
export function useRefreshPlan() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { network } = useOutletContext<CurrentNetwork>();
  return useCallback(async (): Promise<Plan | undefined> => {
    await queryClient.invalidateQueries(trpc.plan.pathFilter());
    return queryClient.getQueryData(trpc.plan.get.queryKey({ networkId: network.id }));
  }, [queryClient, trpc, network.id]);
}

import { useQuery } from '@tanstack/react-query';
import { periodOf } from '../../../../shared/domain/period.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import type { Indicator } from '../indicator-layout.tsx';

// What happened in each period, for the marks under the chart's time axis. On the outcome's
// chart: the PDSA cycles tested then and the plan's actions due then, since all the network's work
// is for the outcome. On another measure's: the cycles that named it and the actions of the drivers
// and change ideas it tracks.

export type PeriodMarkers = { cycles: { id: number; title: string }[]; actions: { id: number; title: string }[] };

/** The most recent cycles the chart marks; the list endpoint pages at 100. */
export const CYCLE_MARKER_LIMIT = 100;

export function useChartMarkers(ind: Pick<Indicator, 'id' | 'networkId' | 'kind' | 'frequency' | 'nodeIds'>) {
  const { networkId, frequency } = ind;
  const trpc = useTRPC();
  const isOutcome = ind.kind === 'outcome';
  const cycles = useQuery(trpc.cycle.list.queryOptions({ networkId, limit: CYCLE_MARKER_LIMIT, ...(isOutcome ? {} : { indicatorId: ind.id }) }));
  const plan = useQuery(trpc.plan.get.queryOptions({ networkId }));
  const byPeriod = new Map<string, PeriodMarkers>();
  const at = (period: string) => {
    let m = byPeriod.get(period);
    if (!m) byPeriod.set(period, (m = { cycles: [], actions: [] }));
    return m;
  };
  for (const c of cycles.data?.items ?? []) if (c.date) at(periodOf(c.date, frequency)).cycles.push({ id: c.id, title: c.title });
  const tracked = new Set(ind.nodeIds);
  const actions = (plan.data?.actions ?? []).filter((a) => isOutcome || (a.nodeId !== null && tracked.has(a.nodeId)));
  for (const a of actions) if (a.dueDate) at(periodOf(a.dueDate, frequency)).actions.push({ id: a.id, title: a.title });
  return {
    byPeriod,
    failed: cycles.isError || plan.isError,
    /** More cycles exist than the chart marks. */
    partial: (cycles.data?.total ?? 0) > (cycles.data?.items.length ?? 0),
  };
}

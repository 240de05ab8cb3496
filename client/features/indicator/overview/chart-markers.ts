import { useQuery } from '@tanstack/react-query';
import { periodOf, type Frequency } from '../../../../shared/domain/period.ts';
import { useTRPC } from '../../../lib/trpc.ts';

// What happened in each period, for the marks under the chart's time axis: the PDSA cycles
// tested then, and the plan's actions due then.

export type PeriodMarkers = { cycles: { id: number; title: string }[]; actions: { id: number; title: string }[] };

/** The most recent cycles the chart marks; the list endpoint pages at 100. */
export const CYCLE_MARKER_LIMIT = 100;

export function useChartMarkers(networkId: number, frequency: Frequency) {
  const trpc = useTRPC();
  const cycles = useQuery(trpc.cycle.list.queryOptions({ networkId, limit: CYCLE_MARKER_LIMIT }));
  const plan = useQuery(trpc.plan.get.queryOptions({ networkId }));
  const byPeriod = new Map<string, PeriodMarkers>();
  const at = (period: string) => {
    let m = byPeriod.get(period);
    if (!m) byPeriod.set(period, (m = { cycles: [], actions: [] }));
    return m;
  };
  for (const c of cycles.data?.items ?? []) if (c.date) at(periodOf(c.date, frequency)).cycles.push({ id: c.id, title: c.title });
  for (const a of plan.data?.actions ?? []) if (a.dueDate) at(periodOf(a.dueDate, frequency)).actions.push({ id: a.id, title: a.title });
  return {
    byPeriod,
    failed: cycles.isError || plan.isError,
    /** More cycles exist than the chart marks. */
    partial: (cycles.data?.total ?? 0) > (cycles.data?.items.length ?? 0),
  };
}

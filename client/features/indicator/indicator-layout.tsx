import { useQuery } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { SectionNav } from '../../components/ui/section-nav.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork, type CurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

export type Indicator = NonNullable<RouterOutputs['indicator']['get']>;
/** What the indicator's pages get from the layout: the network, and its indicator (null until defined). */
export type IndicatorOutlet = CurrentNetwork & { indicator: Indicator | null };

const SECTIONS = [
  { to: '.', label: 'Overview', end: true },
  { to: 'data', label: 'Data', end: false },
  { to: 'equity', label: 'Equity', end: false },
];

export function IndicatorLayout() {
  const current = useCurrentNetwork();
  const trpc = useTRPC();
  const query = useQuery(trpc.indicator.get.queryOptions({ networkId: current.network.id }));
  return (
    <div className="space-y-5">
      <h2 className="text-xl font-semibold text-slate-900">Indicator</h2>
      {query.isPending && <LoadingState label="Loading the indicator" />}
      {query.isError && <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          {query.data && <SectionNav label="Indicator" sections={SECTIONS} />}
          <Outlet context={{ ...current, indicator: query.data } satisfies IndicatorOutlet} />
        </>
      )}
    </div>
  );
}

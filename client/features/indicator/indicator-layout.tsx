import { useQuery } from '@tanstack/react-query';
import { NavLink, Outlet } from 'react-router';
import { cx } from '../../components/ui/cx.ts';
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
          {query.data && <IndicatorNav />}
          <Outlet context={{ ...current, indicator: query.data } satisfies IndicatorOutlet} />
        </>
      )}
    </div>
  );
}

// The indicator's own sections, as a segmented control under the network's tabs (as the plan's).
function IndicatorNav() {
  return (
    <nav aria-label="Indicator">
      <ul className="flex gap-1 rounded-xl bg-slate-200/70 p-1 sm:inline-flex">
        {SECTIONS.map((s) => (
          <li key={s.label} className="flex-1 sm:flex-none">
            <NavLink
              to={s.to}
              end={s.end}
              className={({ isActive }) =>
                cx(
                  'flex min-h-11 items-center justify-center rounded-lg px-3 text-center text-sm font-medium no-underline hover:no-underline',
                  isActive ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-700 hover:bg-white/60 hover:text-slate-900',
                )
              }
            >
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

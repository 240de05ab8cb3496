import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { plural } from '../../../../shared/format/words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { formatShortDay } from '../../../../shared/format/dates.ts';
import { DecisionBadge, StageBadge } from '../../../components/cycle-badges.tsx';
import { paths } from '../../../app/paths.ts';

/** The network's ramps: series of cycles testing one change at a growing scale. */
export function RampsPage() {
  const { network } = useCurrentNetwork();
  usePageTitle(`Ramps · ${network.name}`);
  const trpc = useTRPC();
  const ramps = useQuery(trpc.cycle.ramps.queryOptions({ networkId: network.id }));

  return (
    <div className="space-y-4">
      <BackLink to={paths.cycles.href({ slug: network.slug })}>All cycles</BackLink>
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">Ramps</h2>
        <p className="text-sm text-slate-600">
          A ramp is a series of cycles that test one change, each building on what the one before learned, often at a larger scale.
        </p>
      </div>
      {ramps.isPending && <LoadingState label="Loading ramps" />}
      {ramps.isError && <ErrorState message={errorMessage(ramps.error)} onRetry={() => void ramps.refetch()} />}
      {ramps.data &&
        (ramps.data.length === 0 ? (
          <EmptyState>No ramps yet. A ramp begins when someone presses “Start the next cycle” on a cycle’s page.</EmptyState>
        ) : (
          <ul aria-label="Ramps" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
            {ramps.data.map((r) => (
              <li key={r.id} className="space-y-2 p-4">
                <h3 className="text-base font-semibold break-words">
                  <Link to={paths.ramp.href({ slug: network.slug, rampId: r.id })}>{r.title}</Link>
                </h3>
                <p className="text-sm break-words text-slate-700">
                  {[
                    plural(r.cycles, 'cycle'),
                    r.changeIdeaTitle ? `Change idea: ${r.changeIdeaTitle}` : 'No change idea',
                    r.lastDate && `Latest ${formatShortDay(r.lastDate)}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {r.latest && (
                  <p className="flex flex-wrap items-center gap-1.5 text-sm text-slate-700">
                    <span>Latest: cycle {r.latest.rampNumber}</span>
                    <StageBadge stage={r.latest.stage} />
                    <DecisionBadge decision={r.latest.decision} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}

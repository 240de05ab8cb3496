import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { useFormats } from '../../../lib/use-words.ts';
import { DecisionBadge, StageBadge } from '../../../components/cycle-badges.tsx';
import { paths } from '../../../app/paths.ts';

/** The network's ramps: series of cycles testing one change at a growing scale. */
export function RampsPage() {
  const { t } = useTranslation('cycles');
  const f = useFormats();
  const { network } = useCurrentNetwork();
  usePageTitle(t('ramps.pageTitle', { network: network.name }));
  const trpc = useTRPC();
  const ramps = useQuery(trpc.cycle.ramps.queryOptions({ networkId: network.id }));

  return (
    <div className="space-y-4">
      <BackLink to={paths.cycles.href({ slug: network.slug })}>{t('page.allCycles')}</BackLink>
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">{t('ramps.heading')}</h2>
        <p className="text-sm text-slate-600">{t('ramps.intro')}</p>
      </div>
      {ramps.isPending && <LoadingState label={t('ramps.loading')} />}
      {ramps.isError && <ErrorState message={errorMessage(ramps.error)} onRetry={() => void ramps.refetch()} />}
      {ramps.data &&
        (ramps.data.length === 0 ? (
          <EmptyState>{t('ramps.empty')}</EmptyState>
        ) : (
          <ul aria-label={t('ramps.heading')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
            {ramps.data.map((r) => (
              <li key={r.id} className="space-y-2 p-4">
                <h3 className="text-base font-semibold break-words">
                  <Link translate="no" to={paths.ramp.href({ slug: network.slug, rampId: r.id })}>
                    {r.title}
                  </Link>
                </h3>
                <p className="text-sm break-words text-slate-700">
                  {[
                    t('list.count.all', { count: r.cycles, n: f.count(r.cycles) }),
                    r.changeIdeaTitle ? t('list.result.changeIdea', { title: r.changeIdeaTitle }) : t('ramps.noChangeIdea'),
                    r.lastDate && t('ramps.latestDay', { day: f.shortDay(r.lastDate) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {r.latest && (
                  <p className="flex flex-wrap items-center gap-1.5 text-sm text-slate-700">
                    <span>{t('ramps.latestCycle', { number: r.latest.rampNumber })}</span>
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

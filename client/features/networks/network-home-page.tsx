import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LEARNINGS_DAYS } from '../../../shared/domain/needs-you.ts';
import { can } from '../../../shared/domain/permissions.ts';
import { ErrorState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useKeepCountFresh } from '../../lib/needs-you-counts.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { LearningsCard } from './learnings-card.tsx';
import { LogCycleCard } from './log-cycle-card.tsx';
import { MyOrganization } from './my-organization.tsx';
import { NeedleCard } from '../../components/needle-card.tsx';
import { paths } from '../../app/paths.ts';
import { NeedsYouCard } from './needs-you-card.tsx';

/** "What is happening, and what needs me?": one query for the page, then every card at once. */
export function NetworkHomePage() {
  const { network, standing } = useCurrentNetwork();
  usePageTitle(network.name);
  const trpc = useTRPC();
  const home = useQuery(trpc.home.network.queryOptions({ networkId: network.id }));
  useKeepCountFresh(network.id, home.data?.needsYou.total);

  if (home.isError) return <ErrorState message={errorMessage(home.error)} onRetry={() => void home.refetch()} />;
  if (home.isPending) return <HomeSkeleton />;
  const data = home.data;
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <div className="space-y-4 md:col-span-2">
        <NeedsYouCard networkId={network.id} needsYou={data.needsYou} />
        {can(standing, 'cycle.create') && <LogCycleCard meetings={data.meetings} />}
      </div>
      <NeedleCard indicatorHref={paths.indicator.href({ slug: network.slug })} indicator={data.indicator} />
      <LearningsCard slug={network.slug} learnings={data.learnings} days={LEARNINGS_DAYS} />
      <div className="md:col-span-2">
        <MyOrganization mine={data.myOrganization} />
      </div>
    </div>
  );
}

/** The page's shape while it loads: the cards' places, so the first screen does not jump when they fill. */
function HomeSkeleton() {
  const { t } = useTranslation('networks');
  const block = 'rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5';
  const bar = 'rounded bg-slate-100';
  return (
    <div role="status" aria-busy="true" className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <span className="sr-only">{t('home.loading')}</span>
      <div aria-hidden="true" className={`${block} h-36 space-y-3 md:col-span-2`}>
        <div className={`${bar} h-5 w-32`} />
        <div className={`${bar} h-14`} />
      </div>
      <div aria-hidden="true" className="h-48 rounded-xl border border-accent-200 bg-accent-50 md:col-span-2 sm:h-36" />
      <div aria-hidden="true" className={`${block} h-56 space-y-3`}>
        <div className={`${bar} h-5 w-28`} />
        <div className={`${bar} h-10`} />
        <div className={`${bar} h-[72px]`} />
      </div>
      <div aria-hidden="true" className={`${block} h-56 space-y-3`}>
        <div className={`${bar} h-5 w-36`} />
        <div className={`${bar} h-16`} />
      </div>
    </div>
  );
}

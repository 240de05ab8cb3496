import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { NETWORK_ROLES } from '../../../shared/schemas/membership.ts';
import { SectionCard } from '../../components/ui/card.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { LogCycleCard } from './log-cycle-card.tsx';
import { MyOrganization } from './my-organization.tsx';
import { paths } from '../../app/paths.ts';

export function NetworkHomePage() {
  const { network, standing } = useCurrentNetwork();
  usePageTitle(network.name);
  const trpc = useTRPC();
  // The two cards below wait for each other: one arriving first would grow and push the other down.
  const overview = useQuery(trpc.network.overview.queryOptions({ networkId: network.id }));
  const members = useQuery({ ...trpc.member.list.queryOptions({ networkId: network.id }), enabled: network.role !== null });
  return (
    <div className="space-y-4">
      {can(standing, 'cycle.create') && <LogCycleCard />}
      {overview.isLoading || members.isLoading ? (
        <LoadingState />
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <PeopleSummary />
          <MyOrganization />
        </div>
      )}
    </div>
  );
}

function PeopleSummary() {
  const { t } = useTranslation('networks');
  const f = useFormats();
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const overview = useQuery(trpc.network.overview.queryOptions({ networkId: network.id }));

  return (
    <SectionCard
      title={t('home.people.title')}
      action={
        <Link to={paths.people.href({ slug: network.slug })} className="text-sm font-medium">
          {t('home.people.seeEveryone')}
        </Link>
      }
    >
      {overview.isPending && <LoadingState />}
      {overview.isError && <ErrorState message={errorMessage(overview.error)} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <div className="space-y-4">
          <dl className="grid grid-cols-3 gap-2 text-center">
            {[...NETWORK_ROLES].reverse().map((role) => (
              <div key={role} className="rounded-lg bg-slate-50 p-3">
                <dt className="text-xs font-medium text-slate-600">{t(`home.people.roles.${role}`)}</dt>
                <dd className="text-2xl font-semibold text-slate-900">{f.count(overview.data.counts[role])}</dd>
              </div>
            ))}
          </dl>
          <div>
            <h3 className="text-sm font-medium text-slate-900">{t('home.people.leads', { count: overview.data.leads.length })}</h3>
            {overview.data.leads.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">{t('home.people.noLead')}</p>
            ) : (
              <ul className="mt-1 text-sm text-slate-800">
                {overview.data.leads.map((l) => (
                  <li key={l.id} translate="no">
                    {l.name}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </SectionCard>
  );
}

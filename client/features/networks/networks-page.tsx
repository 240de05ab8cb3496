import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NetworkCard } from './network-card.tsx';
import { NewNetworkDialog } from './new-network-dialog.tsx';
import { paths } from '../../app/paths.ts';

export function NetworksPage() {
  const { t } = useTranslation('networks');
  const trpc = useTRPC();
  const me = useMe();
  const isAdmin = me.data?.isAdmin ?? false;
  usePageTitle(isAdmin ? t('list.all') : t('list.mine'));
  const networks = useQuery(trpc.network.list.queryOptions());

  return (
    <>
      <PageHeader
        title={isAdmin ? t('list.all') : t('list.mine')}
        description={isAdmin ? t('list.allDescription') : t('list.mineDescription')}
        actions={isAdmin && <NewNetworkDialog />}
      />
      {networks.isPending && <LoadingState label={t('list.loading')} />}
      {networks.isError && <ErrorState message={errorMessage(networks.error)} onRetry={() => void networks.refetch()} />}
      {networks.data?.length === 0 && (
        <EmptyState>
          {isAdmin ? t('list.emptyAdmin') : t('list.empty')}
        </EmptyState>
      )}
      {networks.data && networks.data.length > 0 && (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {networks.data.map((n) => (
            <NetworkCard key={n.id} network={n} />
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm">
        <Link to={paths.library.href()}>{t('learning.homeLink')}</Link>
      </p>
    </>
  );
}

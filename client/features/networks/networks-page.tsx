import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NetworkCard } from './network-card.tsx';
import { NewNetworkDialog } from './new-network-dialog.tsx';

export function NetworksPage() {
  const trpc = useTRPC();
  const me = useMe();
  const isAdmin = me.data?.isAdmin ?? false;
  usePageTitle(isAdmin ? 'Networks' : 'My networks');
  const networks = useQuery(trpc.network.list.queryOptions());

  return (
    <>
      <PageHeader
        title={isAdmin ? 'Networks' : 'My networks'}
        description={isAdmin ? 'Every network in the partnership. You see them all as a site administrator.' : 'The change networks you belong to.'}
        actions={isAdmin && <NewNetworkDialog />}
      />
      {networks.isPending && <LoadingState label="Loading networks" />}
      {networks.isError && <ErrorState message={errorMessage(networks.error)} onRetry={() => void networks.refetch()} />}
      {networks.data?.length === 0 && (
        <EmptyState>
          {isAdmin
            ? 'There are no networks yet. Create the first one with “New network”.'
            : 'You are not in any network yet. Ask a facilitator or lead for an invitation link.'}
        </EmptyState>
      )}
      {networks.data && networks.data.length > 0 && (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {networks.data.map((n) => (
            <NetworkCard key={n.id} network={n} />
          ))}
        </ul>
      )}
    </>
  );
}

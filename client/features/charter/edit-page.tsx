import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/domain/permissions.ts';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CharterEditor } from './charter-editor.tsx';

export function CharterEditPage() {
  const { t } = useTranslation('charter');
  const { network, standing } = useCurrentNetwork();
  usePageTitle(t('edit.title', { network: network.name }));
  if (!can(standing, 'charter.edit')) {
    return (
      <MessagePage headingLevel={2} title={t('edit.notAllowed.title')}>
        {t('edit.notAllowed.body')}
      </MessagePage>
    );
  }
  return <EditorLoader />;
}

function EditorLoader() {
  const { t } = useTranslation('charter');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  // Start from the newest version there is, not a cached copy: an older start only means a merge later.
  const charter = useQuery({
    ...trpc.charter.get.queryOptions({ networkId: network.id }),
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
  const members = useQuery(trpc.member.list.queryOptions({ networkId: network.id }));

  // Once open, the editor stays open: a later background refetch that fails must not take the
  // form (and what is typed in it) away. Both conditions stay true once reached.
  if (charter.isFetchedAfterMount && charter.data && members.data) {
    return <CharterEditor charter={charter.data} members={members.data} />;
  }
  if (charter.isError) return <ErrorState message={errorMessage(charter.error)} onRetry={() => void charter.refetch()} />;
  if (members.isError) return <ErrorState message={errorMessage(members.error)} onRetry={() => void members.refetch()} />;
  return <LoadingState label={t('edit.opening')} />;
}

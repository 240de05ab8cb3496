import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/domain/permissions.ts';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CreateInvitation } from './create-invitation.tsx';
import { InvitationList } from './invitation-list.tsx';

export function InvitationsPage() {
  const { t } = useTranslation('invitations');
  const { network, standing } = useCurrentNetwork();
  usePageTitle(t('page.title', { network: network.name }));
  if (!can(standing, 'invitation.list')) {
    return (
      <MessagePage headingLevel={2} title={t('page.notAllowed.title')}>
        {t('page.notAllowed.body')}
      </MessagePage>
    );
  }
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">{t('page.heading')}</h2>
        <p className="text-sm text-slate-600">{t('page.intro')}</p>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <CreateInvitation />
        <InvitationList />
      </div>
    </div>
  );
}

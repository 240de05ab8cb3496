import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { can, readsOnlyAsStaff, type NetworkAction } from '../../../shared/domain/permissions.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { TabNav, type TabFrom } from '../../components/ui/tab-nav.tsx';
import type { CurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useNetworkTitleCount } from '../../lib/needs-you-counts.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { STATUS_TONE } from './labels.ts';

// Each tab appears for the roles that may use it. A phone keeps in its bar what a member uses at a
// meeting (cycles, meetings) and puts the rest in "More"; a tablet adds the network's documents.
type Tab = 'home' | 'indicator' | 'charter' | 'plan' | 'cycles' | 'meetings' | 'reports' | 'people' | 'invitations' | 'organizations' | 'settings' | 'activity';
const TABS: Array<{ to: string; tab: Tab; action: NetworkAction; from: TabFrom }> = [
  { to: '', tab: 'home', action: 'network.read', from: 'phone' },
  { to: 'indicator', tab: 'indicator', action: 'indicator.read', from: 'tablet' },
  { to: 'charter', tab: 'charter', action: 'charter.read', from: 'tablet' },
  { to: 'plan', tab: 'plan', action: 'plan.read', from: 'tablet' },
  { to: 'cycles', tab: 'cycles', action: 'cycle.read', from: 'phone' },
  { to: 'meetings', tab: 'meetings', action: 'meeting.read', from: 'phone' },
  { to: 'reports', tab: 'reports', action: 'report.read', from: 'desktop' },
  { to: 'people', tab: 'people', action: 'member.list', from: 'desktop' },
  { to: 'invitations', tab: 'invitations', action: 'invitation.list', from: 'desktop' },
  { to: 'organizations', tab: 'organizations', action: 'organization.manage', from: 'desktop' },
  { to: 'settings', tab: 'settings', action: 'network.update', from: 'desktop' },
  { to: 'activity', tab: 'activity', action: 'audit.listNetwork', from: 'desktop' },
];

export function NetworkLayout() {
  const { t } = useTranslation(['networks', 'common']);
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const me = useMe();
  const query = useQuery(trpc.network.bySlug.queryOptions({ slug }));
  useNetworkTitleCount(query.data?.id ?? 0);

  if (query.isPending || !me.data) return <LoadingState label={t('layout.loading')} />;
  if (query.isError) {
    const code = errorCode(query.error);
    if (code === 'NOT_FOUND') {
      // The server answers the same for a missing network and one the person is not in.
      return (
        <MessagePage title={t('layout.notFound.title')}>{t('layout.notFound.body')}</MessagePage>
      );
    }
    return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  }

  const network = query.data;
  const context: CurrentNetwork = { network, standing: { role: network.role, isAdmin: me.data.isAdmin, partnershipStaff: me.data.partnershipStaff === true }, myId: me.data.id };
  const tabs = TABS.filter((tab) => can(context.standing, tab.action));

  return (
    <div>
      {/* Compact on a phone: the page's own content should start in the first third of the screen. */}
      <div className="mb-2 space-y-1 sm:mb-4 sm:space-y-2">
        <h1 className="text-xl font-semibold tracking-tight text-balance text-slate-900 sm:text-2xl" translate="no">
          {network.name}
        </h1>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700 sm:text-sm">
          <span className="hidden sm:inline">{t(`common:labels.outcomeArea.${network.outcomeArea}`)}</span>
          <Badge tone={STATUS_TONE[network.status]}>{t(`common:labels.networkStatus.${network.status}`)}</Badge>
          <span>{network.role ? t('layout.yourRole', { role: t(`common:labels.role.${network.role}`) }) : readsOnlyAsStaff(context.standing) ? t('common:labels.partnershipStaffReadOnly') : t('layout.admin')}</span>
        </div>
      </div>
      <TabNav label={t('layout.nav')} tabs={tabs.map((tab) => ({ to: tab.to, label: t(`layout.tabs.${tab.tab}`), end: tab.to === '', from: tab.from }))} />
      <Outlet context={context} />
    </div>
  );
}

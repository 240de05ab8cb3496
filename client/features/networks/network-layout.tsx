import { useQuery } from '@tanstack/react-query';
import { Outlet, useParams } from 'react-router';
import { can, type NetworkAction } from '../../../shared/domain/permissions.ts';
import { NETWORK_ROLE_LABELS } from '../../../shared/schemas/membership.ts';
import { NETWORK_STATUS_LABELS, OUTCOME_AREA_LABELS } from '../../../shared/schemas/network.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { TabNav, type TabFrom } from '../../components/ui/tab-nav.tsx';
import type { CurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { STATUS_TONE } from './labels.ts';

// Each tab appears for the roles that may use it. A phone keeps in its bar what a member uses at a
// meeting (cycles, meetings) and puts the rest in "More"; a tablet adds the network's documents.
const TABS: Array<{ to: string; label: string; action: NetworkAction; from: TabFrom }> = [
  { to: '', label: 'Home', action: 'network.read', from: 'phone' },
  { to: 'indicator', label: 'Indicator', action: 'indicator.read', from: 'tablet' },
  { to: 'charter', label: 'Charter', action: 'charter.read', from: 'tablet' },
  { to: 'plan', label: 'Plan', action: 'plan.read', from: 'tablet' },
  { to: 'cycles', label: 'Cycles', action: 'cycle.read', from: 'phone' },
  { to: 'meetings', label: 'Meetings', action: 'meeting.read', from: 'phone' },
  { to: 'reports', label: 'Reports', action: 'report.read', from: 'desktop' },
  { to: 'people', label: 'People', action: 'member.list', from: 'desktop' },
  { to: 'invitations', label: 'Invitations', action: 'invitation.list', from: 'desktop' },
  { to: 'organizations', label: 'Organizations', action: 'organization.manage', from: 'desktop' },
  { to: 'settings', label: 'Settings', action: 'network.update', from: 'desktop' },
  { to: 'activity', label: 'Activity', action: 'audit.listNetwork', from: 'desktop' },
];

export function NetworkLayout() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const me = useMe();
  const query = useQuery(trpc.network.bySlug.queryOptions({ slug }));

  if (query.isPending || !me.data) return <LoadingState label="Loading the network" />;
  if (query.isError) {
    const code = errorCode(query.error);
    if (code === 'NOT_FOUND') {
      // The server answers the same for a missing network and one the person is not in.
      return (
        <MessagePage title="Network not found">
          There is no network at this address that you can open. The link may be mistyped, or the network may be open only to its
          members: if you should be in it, ask one of its facilitators or leads for an invitation link.
        </MessagePage>
      );
    }
    return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  }

  const network = query.data;
  const context: CurrentNetwork = { network, standing: { role: network.role, isAdmin: me.data.isAdmin }, myId: me.data.id };
  const tabs = TABS.filter((t) => can(context.standing, t.action));

  return (
    <div>
      {/* Compact on a phone: the page's own content should start in the first third of the screen. */}
      <div className="mb-2 space-y-1 sm:mb-4 sm:space-y-2">
        <h1 className="text-xl font-semibold tracking-tight text-balance text-slate-900 sm:text-2xl">{network.name}</h1>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700 sm:text-sm">
          <span className="hidden sm:inline">{OUTCOME_AREA_LABELS[network.outcomeArea]}</span>
          <Badge tone={STATUS_TONE[network.status]}>{NETWORK_STATUS_LABELS[network.status]}</Badge>
          <span>{network.role ? `Your role: ${NETWORK_ROLE_LABELS[network.role]}` : 'Site administrator (not a member)'}</span>
        </div>
      </div>
      <TabNav label="Network" tabs={tabs.map((t) => ({ to: t.to, label: t.label, end: t.to === '', from: t.from }))} />
      <Outlet context={context} />
    </div>
  );
}

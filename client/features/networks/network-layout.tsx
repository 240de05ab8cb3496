import { useQuery } from '@tanstack/react-query';
import { Outlet, useParams } from 'react-router';
import { can, type NetworkAction } from '../../../shared/domain/permissions.ts';
import { NETWORK_ROLE_LABELS } from '../../../shared/schemas/membership.ts';
import { NETWORK_STATUS_LABELS, OUTCOME_AREA_LABELS } from '../../../shared/schemas/network.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { TabNav } from '../../components/ui/tab-nav.tsx';
import type { CurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { STATUS_TONE } from './labels.ts';

// Only what exists now; each tab appears for the roles that may use it.
const TABS: Array<{ to: string; label: string; action: NetworkAction }> = [
  { to: '', label: 'Home', action: 'network.read' },
  { to: 'indicator', label: 'Indicator', action: 'indicator.read' },
  { to: 'charter', label: 'Charter', action: 'charter.read' },
  { to: 'plan', label: 'Plan', action: 'plan.read' },
  { to: 'cycles', label: 'Cycles', action: 'cycle.read' },
  { to: 'meetings', label: 'Meetings', action: 'meeting.read' },
  { to: 'reports', label: 'Reports', action: 'report.read' },
  { to: 'people', label: 'People', action: 'member.list' },
  { to: 'invitations', label: 'Invitations', action: 'invitation.list' },
  { to: 'organizations', label: 'Organizations', action: 'organization.manage' },
  { to: 'settings', label: 'Settings', action: 'network.update' },
  { to: 'activity', label: 'Activity', action: 'audit.listNetwork' },
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
      <div className="mb-4 space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900">{network.name}</h1>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
          <span>{OUTCOME_AREA_LABELS[network.outcomeArea]}</span>
          <Badge tone={STATUS_TONE[network.status]}>{NETWORK_STATUS_LABELS[network.status]}</Badge>
          <span>{network.role ? `Your role: ${NETWORK_ROLE_LABELS[network.role]}` : 'Site administrator (not a member)'}</span>
        </div>
      </div>
      <TabNav label="Network" tabs={tabs.map((t) => ({ to: t.to, label: t.label, end: t.to === '' }))} />
      <Outlet context={context} />
    </div>
  );
}

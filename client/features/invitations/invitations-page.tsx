import { can } from '../../../shared/domain/permissions.ts';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CreateInvitation } from './create-invitation.tsx';
import { InvitationList } from './invitation-list.tsx';

export function InvitationsPage() {
  const { network, standing } = useCurrentNetwork();
  usePageTitle(`Invitations · ${network.name}`);
  if (!can(standing, 'invitation.list')) {
    return (
      <MessagePage headingLevel={2} title="Only facilitators and leads can invite">
        Ask a facilitator or lead of this network to invite the person you have in mind.
      </MessagePage>
    );
  }
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">Invitations</h2>
        <p className="text-sm text-slate-600">
          People join this network through a link. Send it by email or message; whoever opens it can create an account
          or sign in, and joins with the role you choose.
        </p>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <CreateInvitation />
        <InvitationList />
      </div>
    </div>
  );
}

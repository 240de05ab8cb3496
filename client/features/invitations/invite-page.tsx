import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { NETWORK_ROLE_LABELS } from '../../../shared/schemas/membership.ts';
import { buttonClasses } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../../shared/format/dates.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { InviteSignUpForm } from './invite-sign-up-form.tsx';
import { JoinNetwork } from './join-network.tsx';
import { paths } from '../../app/paths.ts';

type Preview = RouterOutputs['invitation']['preview'];

const UNUSABLE: Record<Exclude<Preview['state'], 'active'>, { title: string; body: string }> = {
  expired: { title: 'This invitation has expired', body: 'Invitation links work for a limited time.' },
  revoked: { title: 'This invitation was withdrawn', body: 'The person who created the link revoked it.' },
  used_up: { title: 'This invitation has been used', body: 'Everyone it was meant for has already joined with it.' },
  inviter_lost_access: {
    title: 'This invitation is no longer valid',
    body: 'The person who made this link can no longer invite people to this network.',
  },
};

export function InvitePage() {
  const { token = '' } = useParams();
  const trpc = useTRPC();
  const me = useMe();
  const preview = useQuery(trpc.invitation.preview.queryOptions({ token }));
  usePageTitle(preview.data ? `Join ${preview.data.networkName}` : 'Invitation');

  if (preview.isPending || me.isPending) return <LoadingState label="Opening the invitation" />;
  if (preview.isError) {
    const code = errorCode(preview.error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') {
      return (
        <Explainer title="This invitation link is not valid">
          Check that you copied the whole link. If it still does not work, ask the person who invited you for a new one.
        </Explainer>
      );
    }
    return <ErrorState message={errorMessage(preview.error)} onRetry={() => void preview.refetch()} />;
  }

  const inv = preview.data;
  const role = NETWORK_ROLE_LABELS[inv.role].toLowerCase();
  const intro = (
    <p className="text-slate-700">
      {inv.invitedBy ? `${inv.invitedBy} invited you` : 'You are invited'} to join <strong className="font-semibold text-slate-900">{inv.networkName}</strong> as {/^[aeiou]/.test(role) ? 'an' : 'a'} {role}.
    </p>
  );

  if (inv.alreadyMember) {
    return (
      <Explainer title={`You are already in ${inv.networkName}`}>
        <Link to={paths.network.href({ slug: inv.networkSlug })} className={buttonClasses('primary', 'md', 'mt-2 no-underline hover:no-underline')}>
          Go to the network
        </Link>
      </Explainer>
    );
  }
  if (inv.state !== 'active') {
    const { title, body } = UNUSABLE[inv.state];
    return (
      <Explainer title={title}>
        {body} Ask {inv.state === 'inviter_lost_access' ? 'a lead or facilitator' : (inv.invitedBy ?? 'the person who invited you')} for a
        new link to {inv.networkName}.
      </Explainer>
    );
  }

  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900">Join {inv.networkName}</h1>
      {intro}
      <p className="text-sm text-slate-600">This invitation works until {formatDate(inv.expiresAt)}.</p>
      <Card>{me.data ? <JoinNetwork token={token} networkName={inv.networkName} user={me.data} /> : <InviteSignUpForm token={token} />}</Card>
    </div>
  );
}

function Explainer({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900">{title}</h1>
      <div className="text-slate-700">{children}</div>
    </div>
  );
}

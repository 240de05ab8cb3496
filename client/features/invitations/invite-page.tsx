import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { buttonClasses } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { InviteSignUpForm } from './invite-sign-up-form.tsx';
import { JoinNetwork } from './join-network.tsx';
import { paths } from '../../app/paths.ts';

export function InvitePage() {
  const { t } = useTranslation('invitations');
  const f = useFormats();
  const { token = '' } = useParams();
  const trpc = useTRPC();
  const me = useMe();
  const preview = useQuery(trpc.invitation.preview.queryOptions({ token }));
  usePageTitle(preview.data ? t('invite.title', { network: preview.data.networkName }) : t('invite.titleUnknown'));

  if (preview.isPending || me.isPending) return <LoadingState label={t('invite.opening')} />;
  if (preview.isError) {
    const code = errorCode(preview.error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') {
      return (
        <Explainer title={t('invite.invalid.title')}>{t('invite.invalid.body')}</Explainer>
      );
    }
    return <ErrorState message={errorMessage(preview.error)} onRetry={() => void preview.refetch()} />;
  }

  const inv = preview.data;
  const intro = (
    <p className="text-slate-700">
      <Trans
        t={t}
        i18nKey={inv.invitedBy ? 'invite.intro.byName' : 'invite.intro.anonymous'}
        values={{ name: inv.invitedBy, network: inv.networkName, role: t(`role.asA.${inv.role}`) }}
        components={{ strong: <strong className="font-semibold text-slate-900" /> }}
      />
    </p>
  );

  if (inv.alreadyMember) {
    return (
      <Explainer title={t('invite.already', { network: inv.networkName })}>
        <Link to={paths.network.href({ slug: inv.networkSlug })} className={buttonClasses('primary', 'md', 'mt-2 no-underline hover:no-underline')}>
          {t('invite.goToNetwork')}
        </Link>
      </Explainer>
    );
  }
  if (inv.state !== 'active') {
    const askNew =
      inv.state === 'inviter_lost_access'
        ? t('invite.askNew.leadOrFacilitator', { network: inv.networkName })
        : inv.invitedBy
          ? t('invite.askNew.byName', { name: inv.invitedBy, network: inv.networkName })
          : t('invite.askNew.inviter', { network: inv.networkName });
    return (
      <Explainer title={t(`invite.unusable.${inv.state}.title`)}>
        {t(`invite.unusable.${inv.state}.body`)} {askNew}
      </Explainer>
    );
  }

  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900">{t('invite.title', { network: inv.networkName })}</h1>
      {intro}
      <p className="text-sm text-slate-600">{t('invite.worksUntil', { date: f.date(inv.expiresAt) })}</p>
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

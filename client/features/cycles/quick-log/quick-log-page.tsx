import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import { Card } from '../../../components/ui/card.tsx';
import { MessagePage } from '../../../components/ui/message-page.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { QuickLogDone } from './quick-log-done.tsx';
import { QuickLogForm, type QuickLogged } from './quick-log-form.tsx';
import { QuickLogWaiting } from './quick-log-waiting.tsx';
import { paths } from '../../../app/paths.ts';

/** n/:slug/log (optional ?meetingId=): a cycle in under a minute, on a phone, at a meeting. */
export function QuickLogPage() {
  const { network, standing } = useCurrentNetwork();
  const { t } = useTranslation('cycles');
  usePageTitle(t('quickLog.page.title', { network: network.name }));
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const fromLink = /^[1-9]\d*$/.test(params.get('meetingId') ?? '') ? params.get('meetingId')! : '';
  const meetings = useQuery(trpc.meeting.list.queryOptions({ networkId: network.id }));
  const plan = useQuery(trpc.plan.get.queryOptions({ networkId: network.id }));
  const [logged, setLogged] = useState<QuickLogged | null>(null);
  // "Log another" starts a fresh form (and client id), at the same meeting as the last one.
  const [round, setRound] = useState(0);
  const [preset, setPreset] = useState(fromLink);
  // A link to a meeting that is gone leads nowhere: the form says so on the meeting field instead.
  const linkedMeetingGone = meetings.data !== undefined && !meetings.data.some((m) => String(m.id) === fromLink);
  const backToMeeting = fromLink !== '' && !logged && !linkedMeetingGone;

  if (!can(standing, 'cycle.create')) {
    return (
      <MessagePage headingLevel={2} title={t('quickLog.page.membersOnly')}>
        {t('quickLog.page.askInvitation')}
      </MessagePage>
    );
  }

  return (
    <div className="mx-auto max-w-lg space-y-4">
      {backToMeeting && <BackLink to={paths.meeting.href({ slug: network.slug, meetingId: fromLink })}>{t('quickLog.backToMeeting')}</BackLink>}
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">{t('quickLog.page.heading')}</h2>
        <p className="text-sm text-slate-600">{t('quickLog.page.intro')}</p>
      </div>
      <QuickLogWaiting />
      {logged ? (
        <QuickLogDone
          logged={logged}
          onAnother={() => {
            setPreset(logged.meetingId === null ? '' : String(logged.meetingId));
            setLogged(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <Card>
          <QuickLogForm
            key={round}
            meetings={{ data: meetings.data, isError: meetings.isError }}
            nodes={{ data: plan.data?.nodes, isError: plan.isError }}
            presetMeetingId={preset}
            onLogged={setLogged}
          />
        </Card>
      )}
    </div>
  );
}

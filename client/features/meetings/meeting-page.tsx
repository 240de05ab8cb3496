import { useQuery } from '@tanstack/react-query';
import { CalendarDays, ListFilter, MonitorPlay, Pencil, Radio, Zap } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { localToday } from '../../../shared/domain/plan.ts';
import { can } from '../../../shared/domain/permissions.ts';
import { NeedleCard } from '../../components/needle-card.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { buttonClasses } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { useFormats } from '../../lib/use-words.ts';
import { AgendaCard } from './agenda-card.tsx';
import { CloseMeeting } from './close-meeting.tsx';
import { DecisionsCard } from './decisions-card.tsx';
import { DeleteMeeting } from './delete-meeting.tsx';
import { MeetingCycles } from './meeting-cycles.tsx';
import { MeetingNotFound } from './meeting-not-found.tsx';
import type { Meeting } from './meeting-values.ts';
import { NotesCard } from './notes-card.tsx';
import { useMeetingLive, type LiveState } from './use-meeting-live.ts';
import { type MeetingPageState } from './use-meetings.ts';
import { WhoCameCard } from './who-came.tsx';
import { paths } from '../../app/paths.ts';

export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const { network } = useCurrentNetwork();
  const { meetingId = '' } = useParams();
  const id = Number(meetingId);
  const valid = Number.isInteger(id) && id > 0;
  const trpc = useTRPC();
  const meeting = useQuery({ ...trpc.meeting.get.queryOptions({ networkId: network.id, meetingId: id }), enabled: valid });
  // The indicator's card, from the network home's query (often cached): waited for, so it does not
  // push the page down when it arrives.
  const home = useQuery(trpc.home.network.queryOptions({ networkId: network.id }));
  usePageTitle(meeting.data ? t('page.title', { title: meeting.data.title, network: network.name }) : t('page.titleLoading', { network: network.name }));

  if (!valid || errorCode(meeting.error) === 'NOT_FOUND') return <MeetingNotFound />;
  if (meeting.isError) return <ErrorState message={errorMessage(meeting.error)} onRetry={() => void meeting.refetch()} />;
  if (!meeting.data || home.isPending) return <LoadingState label={t('page.loading')} />;
  return <MeetingDetail meeting={meeting.data} indicator={home.data ? home.data.indicator : undefined} />;
}

type HomeIndicator = RouterOutputs['home']['network']['indicator'];

/** The screen a facilitator runs the meeting from, and members follow on their phones: live. */
function MeetingDetail({ meeting, indicator }: { meeting: Meeting; indicator: HomeIndicator | undefined }) {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  const { network, standing, myId } = useCurrentNetwork();
  const location = useLocation();
  const [notice] = useState((location.state as MeetingPageState)?.notice);
  const live = useMeetingLive(network.id, meeting.id, meeting.lastEventId);
  const canEdit = can(standing, 'meeting.edit');
  const today = meeting.date === localToday();
  const closed = meeting.closedAt !== null;

  return (
    <div className="space-y-4">
      <BackLink to={paths.meetings.href({ slug: network.slug })}>{t('page.allMeetings')}</BackLink>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h2 translate="no" className="text-xl font-semibold break-words text-slate-900">
            {meeting.title}
          </h2>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <CalendarDays aria-hidden="true" className="size-4 text-slate-600" />
            {f.shortDay(meeting.date)}
            {today && <Badge tone="accent">{t('today')}</Badge>}
            {closed && <Badge>{t('mode.closed')}</Badge>}
            <LiveBadge state={live} />
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link to={paths.meetingLive.href({ slug: network.slug, meetingId: meeting.id })} className={buttonClasses('secondary', 'md', 'no-underline hover:no-underline')}>
            <MonitorPlay aria-hidden="true" className="size-4" /> {t('mode.liveBoard')}
          </Link>
          {canEdit && (
            <>
              <Link to={paths.editMeeting.href({ slug: network.slug, meetingId: meeting.id })} className={buttonClasses('secondary', 'md', 'no-underline hover:no-underline')}>
                <Pencil aria-hidden="true" className="size-4" /> {t('page.edit')}
              </Link>
              <DeleteMeeting meeting={meeting} />
            </>
          )}
        </div>
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {closed && <Alert>{t('mode.closedNote')}</Alert>}

      {can(standing, 'cycle.create') && (
        <Link to={paths.quickLog.href({ slug: network.slug }, { meetingId: meeting.id })} className={buttonClasses('primary', 'md', 'w-full py-3 text-lg no-underline hover:no-underline sm:w-auto')}>
          <Zap aria-hidden="true" className="size-5" /> {t('page.quickLog')}
        </Link>
      )}

      <div className="grid items-start gap-4 md:grid-cols-2">
        <WhoCameCard meeting={meeting} networkId={network.id} myId={myId} canCheckIn={can(standing, 'meeting.checkIn')} canRun={canEdit} />
        <AgendaCard meeting={meeting} networkId={network.id} canRun={canEdit} />
      </div>

      <SectionCard
        title={t('page.cycles.heading', { n: f.count(meeting.cycles.length) })}
        action={
          meeting.cycles.length > 0 && (
            <Link to={paths.cycles.href({ slug: network.slug }, { meetingId: meeting.id })} className="inline-flex min-h-11 items-center gap-1.5 text-sm font-medium">
              <ListFilter aria-hidden="true" className="size-4" /> {t('page.cycles.inList')}
            </Link>
          )
        }
      >
        {meeting.cycles.length === 0 ? <EmptyState>{t('page.cycles.empty')}</EmptyState> : <MeetingCycles cycles={meeting.cycles} />}
      </SectionCard>

      <div className="grid items-start gap-4 md:grid-cols-2">
        <DecisionsCard meeting={meeting} networkId={network.id} canRun={canEdit} />
        {indicator !== undefined && <NeedleCard indicatorHref={paths.indicator.href({ slug: network.slug })} indicator={indicator} />}
      </div>
      <NotesCard meeting={meeting} networkId={network.id} canRun={canEdit} />
      {canEdit && !closed && <CloseMeeting meeting={meeting} networkId={network.id} />}
    </div>
  );
}

/** Whether the page is following the meeting live, in words (the dot alone is not enough). */
export function LiveBadge({ state }: { state: LiveState }) {
  const { t } = useTranslation('meetings');
  return (
    <span role="status" className="inline-flex items-center gap-1 text-xs text-slate-700">
      <Radio aria-hidden="true" className={state === 'live' ? 'size-4 text-emerald-700' : 'size-4 text-slate-500'} />
      {state === 'live' ? t('live.connected') : state === 'connecting' ? t('live.connecting') : t('live.reconnecting')}
    </span>
  );
}

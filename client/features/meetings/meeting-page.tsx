import { useQuery } from '@tanstack/react-query';
import { CalendarDays, ListFilter, Pencil, Zap } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { localToday } from '../../../shared/domain/plan.ts';
import { can } from '../../../shared/domain/permissions.ts';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { buttonClasses } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { useFormats } from '../../lib/use-words.ts';
import { DeleteMeeting } from './delete-meeting.tsx';
import { MeetingCycles } from './meeting-cycles.tsx';
import { MeetingNotFound } from './meeting-not-found.tsx';
import type { Meeting } from './meeting-values.ts';
import { type MeetingPageState } from './use-meetings.ts';
import { paths } from '../../app/paths.ts';

export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const { network } = useCurrentNetwork();
  const { meetingId = '' } = useParams();
  const id = Number(meetingId);
  const valid = Number.isInteger(id) && id > 0;
  const trpc = useTRPC();
  const meeting = useQuery({ ...trpc.meeting.get.queryOptions({ networkId: network.id, meetingId: id }), enabled: valid });
  usePageTitle(meeting.data ? t('page.title', { title: meeting.data.title, network: network.name }) : t('page.titleLoading', { network: network.name }));

  if (!valid || errorCode(meeting.error) === 'NOT_FOUND') return <MeetingNotFound />;
  if (meeting.isError) return <ErrorState message={errorMessage(meeting.error)} onRetry={() => void meeting.refetch()} />;
  if (!meeting.data) return <LoadingState label={t('page.loading')} />;
  return <MeetingDetail meeting={meeting.data} />;
}

function MeetingDetail({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  const { network, standing } = useCurrentNetwork();
  const location = useLocation();
  const [notice] = useState((location.state as MeetingPageState)?.notice);
  const canEdit = can(standing, 'meeting.edit');
  const today = meeting.date === localToday();

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
          </p>
        </div>
        {canEdit && (
          <div className="flex flex-wrap gap-2">
            <Link to={paths.editMeeting.href({ slug: network.slug, meetingId: meeting.id })} className={buttonClasses('secondary', 'md', 'no-underline hover:no-underline')}>
              <Pencil aria-hidden="true" className="size-4" /> {t('page.edit')}
            </Link>
            <DeleteMeeting meeting={meeting} />
          </div>
        )}
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}

      {can(standing, 'cycle.create') && (
        <Link to={paths.quickLog.href({ slug: network.slug }, { meetingId: meeting.id })} className={buttonClasses('primary', 'md', 'w-full py-3 text-lg no-underline hover:no-underline sm:w-auto')}>
          <Zap aria-hidden="true" className="size-5" /> {t('page.quickLog')}
        </Link>
      )}

      <div className="grid items-start gap-4 md:grid-cols-2">
        <SectionCard title={t('page.whoCame')}>
          <WhoCame meeting={meeting} />
        </SectionCard>
        <SectionCard title={t('page.agenda')}>
          <PlainText text={meeting.agenda} empty={t('page.noAgenda')} />
        </SectionCard>
      </div>
      <SectionCard title={t('page.notes')}>
        <PlainText text={meeting.notes} empty={t('page.noNotes')} />
      </SectionCard>

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
        {meeting.cycles.length === 0 ? (
          <EmptyState>{t('page.cycles.empty')}</EmptyState>
        ) : (
          <MeetingCycles cycles={meeting.cycles} />
        )}
      </SectionCard>
    </div>
  );
}

/** Members by name, then the guests as a number: "Ana, Ben +3 guests". */
function WhoCame({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  const { attendees, guestCount } = meeting;
  if (attendees.length === 0 && guestCount === 0) return <p className="text-sm text-slate-600">{t('page.noAttendance')}</p>;
  const total = attendees.length + guestCount;
  return (
    <div className="space-y-1 text-sm text-slate-800">
      <ul aria-label={t('form.attendees.legend')} className="flex flex-wrap gap-x-1.5 gap-y-1">
        {attendees.map((a, i) => (
          <li key={a.id}>
            <span translate="no">{a.name}</span>
            {i < attendees.length - 1 && ','}
          </li>
        ))}
        {guestCount > 0 && (
          <li className="font-medium">
            {attendees.length ? '+' : ''}
            {t('attendance.guests', { count: guestCount, n: f.count(guestCount) })}
          </li>
        )}
      </ul>
      <p className="text-slate-600">{t('page.inAll', { count: total, n: f.count(total) })}</p>
    </div>
  );
}

/** Text as typed, line breaks kept; never read as HTML. */
function PlainText({ text, empty }: { text: string; empty: string }) {
  if (!text.trim()) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <p translate="no" className="text-sm break-words whitespace-pre-wrap text-slate-800">
      {text}
    </p>
  );
}

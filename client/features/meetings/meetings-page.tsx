import { useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { localToday } from '../../../shared/domain/plan.ts';
import { can } from '../../../shared/domain/permissions.ts';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { buttonClasses } from '../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useFormats, useWords } from '../../lib/use-words.ts';
import { attendanceText, type MeetingSummary } from './meeting-values.ts';
import { type MeetingPageState } from './use-meetings.ts';
import { paths } from '../../app/paths.ts';

export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  const { network, standing } = useCurrentNetwork();
  usePageTitle(t('list.pageTitle', { network: network.name }));
  const trpc = useTRPC();
  const meetings = useQuery(trpc.meeting.list.queryOptions({ networkId: network.id }));
  const location = useLocation();
  const [notice] = useState((location.state as MeetingPageState)?.notice);
  const canEdit = can(standing, 'meeting.edit');
  const today = localToday();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h2 className="text-xl font-semibold text-slate-900">{t('list.heading')}</h2>
          <p className="text-sm text-slate-600">
            {meetings.data ? t('list.count', { count: meetings.data.length, n: f.count(meetings.data.length) }) : t('list.intro')}
          </p>
        </div>
        {canEdit && (
          <Link to="new" className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
            <Plus aria-hidden="true" className="size-4" /> {t('new.heading')}
          </Link>
        )}
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {meetings.isPending && <LoadingState label={t('list.loading')} />}
      {meetings.isError && <ErrorState message={errorMessage(meetings.error)} onRetry={() => void meetings.refetch()} />}
      {meetings.data?.length === 0 && (
        <EmptyState>
          {t('list.empty')} {canEdit ? t('list.emptyEditor') : t('list.emptyReader')}
        </EmptyState>
      )}
      {meetings.data && meetings.data.length > 0 && (
        <ul aria-label={t('list.heading')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
          {meetings.data.map((m) => (
            <MeetingRow key={m.id} meeting={m} slug={network.slug} today={today} />
          ))}
        </ul>
      )}
    </div>
  );
}

function MeetingRow({ meeting, slug, today }: { meeting: MeetingSummary; slug: string; today: string }) {
  const { t } = useTranslation('meetings');
  const words = useWords('meetings');
  return (
    <li className="space-y-1 p-4">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span className="font-medium text-slate-900">{words.f.shortDay(meeting.date)}</span>
        {meeting.date === today && <Badge tone="accent">{t('today')}</Badge>}
        {meeting.date > today && <Badge>{t('list.upcoming')}</Badge>}
      </p>
      <Link translate="no" to={paths.meeting.href({ slug, meetingId: meeting.id })} className="block font-medium break-words">
        {meeting.title}
      </Link>
      <p className="text-sm text-slate-700">
        {attendanceText(meeting.attendeeCount, meeting.guestCount, words)} ·{' '}
        {meeting.cycleCount === 0 ? t('list.noCycles') : t('list.cycles', { count: meeting.cycleCount, n: words.f.count(meeting.cycleCount) })}
      </p>
    </li>
  );
}

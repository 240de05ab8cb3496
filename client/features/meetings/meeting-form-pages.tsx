import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { Card } from '../../components/ui/card.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { MeetingForm } from './meeting-form.tsx';
import { MeetingNotFound, NotMeetingEditor } from './meeting-not-found.tsx';
import { paths } from '../../app/paths.ts';

export function NewMeetingPage() {
  const { t } = useTranslation('meetings');
  const { network, standing } = useCurrentNetwork();
  usePageTitle(t('new.pageTitle', { network: network.name }));
  const navigate = useNavigate();
  const list = paths.meetings.href({ slug: network.slug });
  if (!can(standing, 'meeting.edit')) return <NotMeetingEditor />;
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink to={list}>{t('page.allMeetings')}</BackLink>
      <h2 className="text-xl font-semibold text-slate-900">{t('new.heading')}</h2>
      <Card>
        <MeetingForm onCancel={() => void navigate(list)} />
      </Card>
    </div>
  );
}

export function EditMeetingPage() {
  const { t } = useTranslation(['meetings', 'cycles']);
  const { network, standing } = useCurrentNetwork();
  const { meetingId = '' } = useParams();
  const id = Number(meetingId);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const valid = Number.isInteger(id) && id > 0;
  // Start from the newest version, not a cached copy: an older start only means a conflict later.
  const meeting = useQuery({
    ...trpc.meeting.get.queryOptions({ networkId: network.id, meetingId: id }),
    enabled: valid && can(standing, 'meeting.edit'),
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
  usePageTitle(meeting.data ? t('edit.pageTitle', { title: meeting.data.title, network: network.name }) : t('edit.pageTitleLoading', { network: network.name }));
  const detail = paths.meeting.href({ slug: network.slug, meetingId });

  if (!can(standing, 'meeting.edit')) return <NotMeetingEditor />;
  if (!valid || errorCode(meeting.error) === 'NOT_FOUND') return <MeetingNotFound />;
  // Once open, the form stays open: a later background refetch must not take the typing away.
  if (!meeting.isFetchedAfterMount || !meeting.data) {
    if (meeting.isError) return <ErrorState message={errorMessage(meeting.error)} onRetry={() => void meeting.refetch()} />;
    return <LoadingState label={t('edit.opening')} />;
  }
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink to={detail}>{t('cycles:quickLog.backToMeeting')}</BackLink>
      <h2 className="text-xl font-semibold break-words text-slate-900">{t('edit.heading', { title: meeting.data.title })}</h2>
      <Card>
        <MeetingForm key={meeting.data.id} meeting={meeting.data} onCancel={() => void navigate(detail)} />
      </Card>
    </div>
  );
}

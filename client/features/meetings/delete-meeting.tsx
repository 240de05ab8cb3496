import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { useFormats } from '../../lib/use-words.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { isStaleVersion } from '../../lib/stale-version.ts';
import { useStaleVersion } from '../../lib/use-stale-version.ts';
import type { Meeting } from './meeting-values.ts';
import { useRefreshMeetings, type MeetingPageState } from './use-meetings.ts';
import { paths } from '../../app/paths.ts';

/** Deleting asks first, and says what stays: the cycles logged at it keep everything but the link. */
export function DeleteMeeting({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshMeetings();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  // The version the person saw when they chose to delete: a newer one is asked about again.
  const versions = useStaleVersion(meeting.version);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.meeting.delete.mutationOptions());

  function confirm() {
    setError(null);
    remove.mutate(
      { networkId: network.id, meetingId: meeting.id, version: versions.seen },
      {
        onSuccess: async () => {
          setOpen(false);
          const state: MeetingPageState = { notice: t('delete.done', { title: meeting.title }) };
          await navigate(paths.meetings.href({ slug: network.slug }), { state });
          // Only after leaving: refetching the meeting now would show "not found" first.
          await refresh();
        },
        onError: async (e) => {
          if (!isStaleVersion(e)) return setError(errorMessage(e));
          const fresh = await queryClient
            .fetchQuery({ ...trpc.meeting.get.queryOptions({ networkId: network.id, meetingId: meeting.id }), staleTime: 0 })
            .catch(() => null);
          if (!fresh) return setError(t('delete.reloadFailed'));
          versions.refused(fresh.version);
          setError(t('delete.stale'));
        },
      },
    );
  }

  const cycles = meeting.cycles.length;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) {
          versions.clear(meeting.version);
          setError(null);
        }
      }}
      trigger={
        <Button variant="secondary">
          <Trash2 aria-hidden="true" className="size-4" /> {t('delete.button')}
        </Button>
      }
      title={t('delete.title', { title: meeting.title })}
      description={t('delete.description', { cycles: cycles === 0 ? t('delete.noCycles') : t('delete.cyclesStay', { count: cycles, n: f.count(cycles) }) })}
      confirmLabel={t('delete.confirm')}
      danger
      pending={remove.isPending}
      error={error ?? undefined}
      onConfirm={confirm}
    />
  );
}

import { useMutation } from '@tanstack/react-query';
import { Flag } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import type { Meeting } from './meeting-values.ts';
import { useRefreshMeetings } from './use-meetings.ts';

/** Closing asks first and says what happens: the minutes go into the notes and check-in ends. */
export function CloseMeeting({ meeting, networkId }: { meeting: Meeting; networkId: number }) {
  const { t } = useTranslation('meetings');
  const trpc = useTRPC();
  const refresh = useRefreshMeetings();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const close = useMutation(trpc.meeting.close.mutationOptions());
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => (setOpen(o), setError(undefined))}
      trigger={
        <Button variant="secondary">
          <Flag aria-hidden="true" className="size-4" /> {t('close.button')}
        </Button>
      }
      title={t('close.title', { title: meeting.title })}
      description={t('close.description')}
      confirmLabel={t('close.confirm')}
      pending={close.isPending}
      error={error}
      onConfirm={() =>
        close.mutate(
          { networkId, meetingId: meeting.id },
          {
            onSuccess: async () => {
              setOpen(false);
              await refresh();
            },
            onError: (e) => setError(errorMessage(e)),
          },
        )
      }
    />
  );
}

import { onlineManager } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxProcedure } from '../../../shared/domain/outbox.ts';
import { paths } from '../../app/paths.ts';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorData, errorMessage } from '../../lib/errors.ts';
import { enqueueAndWait, type OutboxInput } from '../../lib/outbox/enqueue.ts';
import { removeEntry } from '../../lib/outbox/outbox-store.ts';
import type { Meeting } from './meeting-values.ts';
import { useRefreshMeetings } from './use-meetings.ts';

export type WriteOutcome = { kind: 'sent'; result: unknown } | { kind: 'waiting' } | { kind: 'refused'; error: unknown };

/**
 * The meeting's writes go through the outbox (docs/offline.md): in a room without wifi a check-in,
 * a guest, a decision or the notes wait on the device and are sent in order later. Online the
 * answer comes back within a few seconds as before; a refusal while the person is still here is
 * theirs to fix on this screen, so it is taken out of the outbox rather than also waiting there.
 */
export function useQueuedWrite(meeting: Meeting) {
  const { network, myId } = useCurrentNetwork();
  const refresh = useRefreshMeetings();
  const [pending, setPending] = useState(false);
  async function send<P extends OutboxProcedure>(procedure: P, input: OutboxInput<P>): Promise<WriteOutcome> {
    setPending(true);
    try {
      const meta = { userId: myId, label: meeting.title, href: paths.meeting.href({ slug: network.slug, meetingId: meeting.id }) };
      const settled = await enqueueAndWait(procedure, input, meta, onlineManager.isOnline() ? 8000 : 0);
      if (settled.kind === 'sent') await refresh();
      if (settled.kind === 'sent' || settled.kind === 'waiting') return settled;
      await removeEntry(settled.id);
      return { kind: 'refused', error: settled.error };
    } finally {
      setPending(false);
    }
  }
  return { send, pending };
}

/**
 * A one-field form that adds a record to the meeting (a guest's name, a decision): it empties on
 * success, says so when the record waits on the device, and puts a refusal on its field or above
 * the button.
 */
export function useAddForm(meeting: Meeting, add: (value: string) => OutboxAdd, field: string, failed: string) {
  const { t } = useTranslation('meetings');
  const { send, pending } = useQueuedWrite(meeting);
  const [value, setValue] = useState('');
  const [kept, setKept] = useState(false);
  const [error, setError] = useState<{ field?: string; form?: string }>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError({});
    setKept(false);
    const [procedure, input] = add(value);
    const outcome = await send(procedure, input);
    if (outcome.kind !== 'refused') {
      setValue('');
      return setKept(outcome.kind === 'waiting');
    }
    const onField = errorData(outcome.error)?.fieldErrors?.[field]?.[0];
    setError(onField ? { field: onField } : { form: errorMessage(outcome.error) || failed });
  }

  return { value, setValue, pending, error, keptNotice: kept ? t('queued') : undefined, onSubmit: (e: FormEvent) => void submit(e) };
}

type OutboxAdd = ['meeting.addGuest', OutboxInput<'meeting.addGuest'>] | ['meeting.addDecision', OutboxInput<'meeting.addDecision'>];

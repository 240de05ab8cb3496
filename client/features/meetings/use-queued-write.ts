import { onlineManager } from '@tanstack/react-query';
import { useState } from 'react';
import type { OutboxProcedure } from '../../../shared/domain/outbox.ts';
import { paths } from '../../app/paths.ts';
import { useCurrentNetwork } from '../../lib/current-network.ts';
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

import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import { useTRPC } from '../../lib/trpc.ts';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * Keeps a meeting's page current while it is open: the server streams each check-in, guest,
 * decision, note save and cycle as it is committed, and the page refetches what it shows. The
 * stream starts after the event the first answer was read at (so nothing in between is missed);
 * after a drop the link resumes from the last event it received.
 */
export function useMeetingLive(networkId: number, meetingId: number, readAt: string): LiveState {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Fixed for the page's life: a new input would open a new stream on every refetch.
  const [lastEventId] = useState(readAt);
  const sub = useSubscription(
    trpc.meeting.live.subscriptionOptions(
      { networkId, meetingId, lastEventId },
      {
        onData: ({ data }) => {
          void queryClient.invalidateQueries(trpc.meeting.get.queryFilter({ networkId, meetingId }));
          // The list's counts, and a cycle's own pages, name the meeting too.
          void queryClient.invalidateQueries(trpc.meeting.list.queryFilter({ networkId }));
          if (data.kind === 'cycle') void queryClient.invalidateQueries(trpc.cycle.pathFilter());
        },
      },
    ),
  );
  if (sub.status === 'pending') return 'live';
  return sub.status === 'connecting' && sub.data === undefined && sub.error === null ? 'connecting' : 'reconnecting';
}

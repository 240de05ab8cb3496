import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../lib/trpc.ts';

/**
 * After a meeting changes: its list, its page, and the cycles (which name the meeting they were
 * logged at) are all out of date. Waits for the refetch, so the next page shows the new state.
 */
export function useRefreshMeetings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([queryClient.invalidateQueries(trpc.meeting.pathFilter()), queryClient.invalidateQueries(trpc.cycle.pathFilter())]);
  }, [queryClient, trpc]);
}

/** What the meeting pages say after a save or a delete. */
export type MeetingPageState = { notice?: string } | null;


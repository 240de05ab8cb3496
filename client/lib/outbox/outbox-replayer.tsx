import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPCClient } from '../trpc.ts';
import { startReplayer } from './replayer.ts';

/** Mounted once the person is known: sends their queued writes while they are signed in. */
export function OutboxReplayer({ userId }: { userId: string }) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  useEffect(() => startReplayer(userId, client, queryClient), [userId, client, queryClient]);
  return null;
}

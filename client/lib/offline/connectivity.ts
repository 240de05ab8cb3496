import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';

// The browser's online flag says only that a network is there: wifi in a community room may have
// no way out, and a phone says "online" all the same. When Needle cannot reach its server, it
// behaves as offline — pages pause on the answers the device kept, the offline line shows — and
// asks the server every few seconds until it answers.

const PROBE_EVERY_MS = 3000;
let probing: ReturnType<typeof setInterval> | null = null;

/** A request that got no answer from Needle at all (no connection, no route, server down). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof TRPCClientError && !error.data;
}

/**
 * From the first query that gets no answer (before its retries, whatever they are): pause every
 * query and show what the device kept.
 */
export function watchReachability(queryClient: QueryClient) {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || (event.action.type !== 'failed' && event.action.type !== 'error')) return;
    if (isUnreachable(event.action.error)) serverUnreachable(queryClient);
  });
}

function serverUnreachable(queryClient: QueryClient) {
  if (!onlineManager.isOnline()) return;
  onlineManager.setOnline(false);
  void import('./query-persistence.ts').then((m) => m.restoreKept(queryClient)).catch(() => {});
  probing ??= setInterval(() => void probe(), PROBE_EVERY_MS);
}

async function probe() {
  if (onlineManager.isOnline()) return stopProbing();
  try {
    // Any answer will do, even "database not writable": the server is there. Not from any cache,
    // and not waiting longer than the next probe (a dead wifi may never answer at all).
    await fetch('/healthz', { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(PROBE_EVERY_MS) });
  } catch {
    return;
  }
  stopProbing();
  onlineManager.setOnline(true);
}

function stopProbing() {
  if (probing) clearInterval(probing);
  probing = null;
}

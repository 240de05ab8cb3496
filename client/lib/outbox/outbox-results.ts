import type { OutboxEntry } from '../../../shared/domain/outbox.ts';

/** How a send of one entry ended, with the server's own answer or error for the screen that queued it. */
export type Settled = { kind: 'sent'; result: unknown } | { kind: 'conflict' | 'refused'; error: unknown; entry: OutboxEntry } | { kind: 'waiting' };

const waiters = new Map<string, Set<(s: Settled) => void>>();

/** The replayer says how an entry's send ended (a transient failure is not an end). */
export function announce(id: string, settled: Settled): void {
  waiters.get(id)?.forEach((w) => w(settled));
  waiters.delete(id);
}

/**
 * Waits for this tab to send an entry, up to `ms`; then it is still waiting (offline, or another
 * tab is sending), which the screen says. Only sends made in this tab answer: another tab's
 * result reaches this one as a change in the outbox, not as an answer.
 */
export function whenSettled(id: string, ms: number): Promise<Settled> {
  return new Promise((resolve) => {
    const done = (s: Settled) => {
      clearTimeout(timer);
      waiters.get(id)?.delete(done);
      resolve(s);
    };
    const timer = setTimeout(() => done({ kind: 'waiting' }), ms);
    if (!waiters.has(id)) waiters.set(id, new Set());
    waiters.get(id)!.add(done);
  });
}

import { onlineManager, type QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { afterSend, backoffMs, isOutboxProcedure, nextToSend, outcomeOf, unknownProcedure, type OutboxEntry } from '../../../shared/domain/outbox.ts';
import type { AppRouter } from '../../../server/router.ts';
import { errorData, errorMessage } from '../errors.ts';
import { announce } from './outbox-results.ts';
import { allEntries, onOutboxChange, putEntry, readEntry, removeEntry } from './outbox-store.ts';

/** What each kind of write changes on screen: the lists and pages to load again once it is in. */
const SHOWS_IN: Record<string, string[]> = { cycle: ['cycle', 'meeting', 'home'], plan: ['plan', 'home'], meeting: ['meeting', 'home'] };

type Mutations = Record<string, Record<string, { mutate(input: unknown): Promise<unknown> } | undefined> | undefined>;

/**
 * Sends the signed-in person's queued writes, oldest first, one at a time, whenever this browser
 * is online: at start, when a write is queued (here or in another tab), when the connection comes
 * back, and after a failed try with a growing wait. Other people's entries on a shared device wait
 * for them to sign in.
 *
 * Two tabs never send the same entry: a pass runs under a Web Lock every tab of this origin
 * shares, and reads each entry again inside it, so an entry another tab sent is already gone.
 * Browsers without Web Locks (plain-http pages) run passes unlocked; the server's client ids and
 * write receipts still make a double send land once.
 */
export function startReplayer(userId: string, client: TRPCClient<AppRouter>, queryClient: QueryClient): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = async (entry: OutboxEntry) => {
    const [namespace = '', name = ''] = entry.procedure.split('.');
    const mutation = (client as unknown as Mutations)[namespace]?.[name];
    if (!mutation) throw new Error(`unknown:${entry.procedure}`);
    return mutation.mutate(entry.input);
  };

  /** Sends until nothing is waiting ('idle'), or the connection fails or is gone ('blocked'). */
  const pass = async (): Promise<'idle' | 'blocked'> => {
    for (;;) {
      if (stopped || !onlineManager.isOnline()) return 'blocked';
      const next = nextToSend(await allEntries(), userId);
      if (!next) return 'idle';
      // Read again under the lock: another tab may have sent it since the list was read.
      const entry = await readEntry(next.id);
      if (!entry || (entry.state !== 'waiting' && entry.state !== 'sending')) continue;
      if (!isOutboxProcedure(entry.procedure)) {
        await putEntry(unknownProcedure(entry));
        continue;
      }
      await putEntry({ ...entry, state: 'sending' });
      try {
        const result = await send(entry);
        await removeEntry(entry.id);
        announce(entry.id, { kind: 'sent', result });
        const [namespace = ''] = entry.procedure.split('.');
        await Promise.all((SHOWS_IN[namespace] ?? []).map((path) => queryClient.invalidateQueries({ queryKey: [[path]] })));
      } catch (error) {
        const data = errorData(error);
        const outcome = outcomeOf(data?.code, data?.httpStatus, errorMessage(error));
        const after = afterSend(entry, outcome)!;
        await putEntry(after);
        if (outcome.kind === 'transient') {
          // One quick retry first (an answer lost on bad wifi usually comes through a second later);
          // after that the screen that queued it says "kept on this device" instead of waiting on.
          if (after.attempts >= 2) announce(entry.id, { kind: 'waiting' });
          timer = setTimeout(() => void kick(), backoffMs(after.attempts));
          return 'blocked';
        }
        if (outcome.kind === 'conflict' || outcome.kind === 'refused') announce(entry.id, { kind: outcome.kind, error, entry: after });
      }
    }
  };

  const locked = (work: () => Promise<'idle' | 'blocked'>): Promise<'idle' | 'blocked'> =>
    typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('needle-outbox', work) : work();

  async function kick() {
    clearTimeout(timer);
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      // A write queued while a pass was ending is sent by one more pass; after a failed try the
      // wait stands (the pass's own changes must not start another at once).
      do {
        again = false;
        if ((await locked(pass)) === 'blocked') break;
      } while (again && !stopped);
    } catch {
      // IndexedDB refused (private mode, storage full): the next change or reconnection tries again.
    } finally {
      running = false;
    }
  }

  const unsubscribe = [onOutboxChange(() => void kick()), onlineManager.subscribe((online) => online && void kick())];
  const onOnline = () => void kick();
  window.addEventListener('online', onOnline);
  void kick();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe.forEach((u) => u());
    window.removeEventListener('online', onOnline);
  };
}

/** "Send now" from the outbox list: a failed or waiting entry is tried again at once. */
export async function retryEntry(entry: OutboxEntry): Promise<void> {
  await putEntry({ ...entry, state: 'waiting', attempts: 0 });
}

import type { inferRouterInputs } from '@trpc/server';
import { OUTBOX_VERSION, type OutboxEntry, type OutboxProcedure } from '../../../shared/domain/outbox.ts';
import type { AppRouter } from '../../../server/router.ts';
import { newClientId } from '../client-id.ts';
import { putEntry } from './outbox-store.ts';
import { whenSettled, type Settled } from './outbox-results.ts';

type Inputs = inferRouterInputs<AppRouter>;
/** What each queued write takes, straight from the router: a queued input is a real input. */
export type OutboxInput<P extends OutboxProcedure> = P extends `${infer N extends keyof Inputs & string}.${infer M}` ? (M extends keyof Inputs[N] ? Inputs[N][M] : never) : never;

type Meta = {
  userId: string;
  /** What the person would call it in the outbox list (a cycle's title). */
  label: string;
  /** Where the record lives, for the list's link and "Resolve". */
  href?: string;
  /** For an update: what the person's edit started from, for a three-way merge on conflict. */
  base?: unknown;
};

/**
 * Keeps a write on this device and sends it in order as soon as it can (the replayer). A create
 * is known by its client id; an update gets a write id, so a replay that already landed is
 * answered, not refused. Adding a queued write elsewhere is one call:
 * `enqueue('meeting.checkIn', input, { userId, label })` once its procedure is in the registry.
 */
export async function enqueue<P extends OutboxProcedure>(procedure: P, input: OutboxInput<P>, meta: Meta): Promise<OutboxEntry> {
  const entry = entryFor(procedure, input, meta);
  await putEntry(entry);
  return entry;
}

/** Queues a write and waits up to `ms` to hear how it went; offline, it says it is waiting. */
export async function enqueueAndWait<P extends OutboxProcedure>(procedure: P, input: OutboxInput<P>, meta: Meta, ms = 8000): Promise<Settled & { id: string }> {
  const entry = entryFor(procedure, input, meta);
  // Listening before it is stored: the replayer may send it before putEntry returns.
  const settled = whenSettled(entry.id, ms);
  await putEntry(entry);
  return { ...(await settled), id: entry.id };
}

function entryFor(procedure: OutboxProcedure, input: unknown, meta: Meta): OutboxEntry {
  const given = input as { clientId?: string; writeId?: string; networkId: number };
  const id = given.clientId ?? given.writeId ?? newClientId();
  const stored = given.clientId ? given : { ...given, writeId: id };
  return {
    id,
    v: OUTBOX_VERSION,
    userId: meta.userId,
    networkId: given.networkId,
    procedure,
    input: stored,
    label: meta.label,
    href: meta.href,
    base: meta.base,
    createdAt: Date.now(),
    state: 'waiting',
    attempts: 0,
    lastError: null,
  };
}

import { z } from 'zod';

/**
 * The writes a device may keep and send later, and the shape its entries are stored in. A phone
 * can hold entries written by an older copy of the app for days: a change to any of these inputs
 * that the server would refuse breaks those phones, which tests/fixtures/outbox-v1.json guards.
 * Bump OUTBOX_VERSION (and add a fixture) when an entry's stored shape has to change.
 */
export const OUTBOX_VERSION = 1;

export const OUTBOX_PROCEDURES = [
  'cycle.quickLog',
  'cycle.update',
  'plan.reportProgress',
  'meeting.checkIn',
  'meeting.addGuest',
  'meeting.addDecision',
  'meeting.saveNotes',
] as const;
export type OutboxProcedure = (typeof OUTBOX_PROCEDURES)[number];

export const OUTBOX_STATES = ['waiting', 'sending', 'failed', 'conflict'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const outboxEntrySchema = z.object({
  /** The write's own id: the client id of a create, the write id of an update. */
  id: z.string().min(1),
  v: z.number().int(),
  userId: z.string().min(1),
  networkId: z.number().int(),
  /** A string, not the enum: an entry from an older app may name a write this one no longer knows. */
  procedure: z.string(),
  input: z.record(z.string(), z.unknown()),
  /** What the person would call it (a cycle's title), for the outbox list. */
  label: z.string(),
  /** Where the record lives in the app, for the outbox list's link. */
  href: z.string().optional(),
  /** For an update: the record as the person opened it, so a conflict can be merged three ways. */
  base: z.unknown().optional(),
  createdAt: z.number(),
  state: z.enum(OUTBOX_STATES),
  attempts: z.number().int().min(0),
  lastError: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export function isOutboxProcedure(procedure: string): procedure is OutboxProcedure {
  return (OUTBOX_PROCEDURES as readonly string[]).includes(procedure);
}

/** Oldest first; the id breaks a tie so every tab agrees on the order. */
export function inOrder(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The next entry to send for this person: the oldest still waiting. One marked sending is one a
 * closed tab was sending; the server's receipts make sending it again safe, so it goes first.
 */
export function nextToSend(entries: readonly OutboxEntry[], userId: string): OutboxEntry | null {
  return inOrder(entries).find((e) => e.userId === userId && (e.state === 'waiting' || e.state === 'sending')) ?? null;
}

/** How a send ended, as the replayer reads the server's answer. */
export type SendOutcome = { kind: 'sent' } | { kind: 'transient'; error: string } | { kind: 'conflict'; error: string } | { kind: 'refused'; error: string };

/** The tRPC code of an answer (none: no answer at all) sorted into what the outbox does next. */
export function outcomeOf(code: string | null | undefined, httpStatus: number | null | undefined, error: string): SendOutcome {
  if (!code || (httpStatus ?? 0) >= 500 || code === 'TOO_MANY_REQUESTS' || code === 'UNAUTHORIZED') return { kind: 'transient', error };
  if (code === 'CONFLICT') return { kind: 'conflict', error };
  return { kind: 'refused', error };
}

/** The entry after a send: gone when sent (null), otherwise its new state. */
export function afterSend(entry: OutboxEntry, outcome: SendOutcome): OutboxEntry | null {
  switch (outcome.kind) {
    case 'sent':
      return null;
    case 'transient':
      return { ...entry, state: 'waiting', attempts: entry.attempts + 1, lastError: outcome.error };
    case 'conflict':
      return { ...entry, state: 'conflict', lastError: outcome.error };
    case 'refused':
      return { ...entry, state: 'failed', lastError: outcome.error };
  }
}

/** Seconds between tries on a bad connection: 1, 2, 4 … up to a minute. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

/** What the header says: how many wait, and how many need the person (failed or in conflict). */
export function outboxCounts(entries: readonly OutboxEntry[], userId: string): { waiting: number; needsYou: number } {
  let waiting = 0;
  let needsYou = 0;
  for (const e of entries) {
    if (e.userId !== userId) continue;
    if (e.state === 'waiting' || e.state === 'sending') waiting += 1;
    else needsYou += 1;
  }
  return { waiting, needsYou };
}

/** An entry an older app wrote for a write this server no longer takes: kept, shown as failed. */
export function unknownProcedure(entry: OutboxEntry): OutboxEntry {
  return { ...entry, state: 'failed', lastError: entry.lastError ?? `unknown:${entry.procedure}` };
}

const ID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The words a person wrote in an entry, one field to a line, to copy when it cannot be sent. */
export function entryText(entry: OutboxEntry): string {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.trim() && !ID_LIKE.test(value)) out.push(value.trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(entry.input);
  return out.join('\n\n');
}

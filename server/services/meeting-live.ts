import { tracked } from '@trpc/server';
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import type { MeetingEvent, MeetingEventKind } from '../../shared/domain/meeting-events.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { meeting, meetingEvent, session, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { networkAccess, type NetworkAccess } from '../trpc.ts';
import { can } from '../../shared/domain/permissions.ts';

// The live board's plumbing: each change at a meeting writes a meeting_event row in its own
// transaction, then wakes the streams of that meeting, which read the table from their last id.
// The table is the truth (a resumed stream replays from it); the wake only says "look now".

type Listener = { db: Db; meetingId: number; wake: () => void; end: () => void };
const listeners = new Map<number, Set<Listener>>();

function wake(meetingId: number) {
  for (const l of listeners.get(meetingId) ?? []) l.wake();
}

/**
 * Records a change at a meeting, inside the transaction that makes it. The streams are woken once
 * the synchronous transaction has returned, so after it commits; a rolled-back change wakes them
 * for nothing, and they find nothing new.
 */
export function recordMeetingEvent(tx: DbOrTx, meetingId: number, kind: MeetingEventKind, payload: MeetingEvent['payload'] = {}) {
  tx.insert(meetingEvent).values({ meetingId, kind, payload }).run();
  queueMicrotask(() => wake(meetingId));
}

/** The id of the meeting's newest event (0 with none): where a fresh stream starts. */
export function latestEventId(db: DbOrTx, meetingId: number): number {
  return db.select({ id: meetingEvent.id }).from(meetingEvent).where(eq(meetingEvent.meetingId, meetingId)).orderBy(desc(meetingEvent.id)).limit(1).get()?.id ?? 0;
}

/** Ends every open stream reading this database: the server is shutting down. */
export function endLiveStreams(db: Db) {
  for (const set of listeners.values()) for (const l of set) if (l.db === db) l.end();
}

/** How many streams are open (for the bench and the tests). */
export function openLiveStreams(): number {
  let n = 0;
  for (const set of listeners.values()) n += set.size;
  return n;
}

/** A stream's doorbell: rings on a wake; a wake while no one waits is kept for the next wait. */
function listen(db: Db, meetingId: number) {
  let pending = false;
  let ended = false;
  let resolve: (() => void) | null = null;
  const ring = () => {
    pending = true;
    resolve?.();
  };
  const listener: Listener = {
    db,
    meetingId,
    wake: ring,
    end: () => {
      ended = true;
      ring();
    },
  };
  let set = listeners.get(meetingId);
  if (!set) listeners.set(meetingId, (set = new Set()));
  set.add(listener);
  return {
    get ended() {
      return ended;
    },
    /** Until a wake, the end, the signal's abort or `ms` pass. */
    wait(signal: AbortSignal | undefined, ms: number) {
      if (pending || ended || signal?.aborted) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise<void>((done) => {
        const finish = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', finish);
          resolve = null;
          pending = false;
          done();
        };
        const timer = setTimeout(finish, ms);
        signal?.addEventListener('abort', finish, { once: true });
        resolve = finish;
      });
    },
    close() {
      set.delete(listener);
      if (set.size === 0) listeners.delete(meetingId);
    },
  };
}

/** How often an idle stream checks that its reader is still signed in and still in the network. */
const RECHECK_MS = 15_000;
const PAGE = 200;

/** Is the session still there and unexpired, for an active account that may still read the meeting? */
function stillAllowed(db: Db, actor: SessionUser, sessionId: string | null, networkId: number): boolean {
  if (sessionId !== null) {
    const row = db
      .select({ expiresAt: session.expiresAt })
      .from(session)
      .innerJoin(user, eq(user.id, session.userId))
      .where(and(eq(session.id, sessionId), isNull(user.deactivatedAt)))
      .get();
    if (!row || row.expiresAt.getTime() <= Date.now()) return false;
  }
  const access = networkAccess(db, actor, networkId);
  return access !== null && can(access, 'meeting.read');
}

/**
 * The meeting's events after `lastEventId` (none given: from now), then each new one as it is
 * committed, each tracked by its id so a reconnecting client resumes where it stopped. Ends when
 * the client goes, the server shuts down, or the reader's session ends or loses the network. A
 * meeting of another network is refused here, before any stream opens.
 */
export function liveMeeting(
  db: Db,
  actor: SessionUser,
  sessionId: string | null,
  { networkId }: NetworkAccess,
  input: { meetingId: number; lastEventId?: string | null },
  signal: AbortSignal | undefined,
  recheckMs = RECHECK_MS,
) {
  const found = db.select({ id: meeting.id }).from(meeting).where(and(eq(meeting.id, input.meetingId), eq(meeting.networkId, networkId))).get();
  if (!found) throw new AppError('NOT_FOUND', { key: 'errors:meetings.thereIsNoSuchMeeting' });
  const reader = { db, actor, sessionId, networkId, meetingId: found.id, recheckMs };
  return eventsOf(reader, input.lastEventId ? Number(input.lastEventId) : latestEventId(db, found.id), signal);
}

async function* eventsOf(
  { db, actor, sessionId, networkId, meetingId, recheckMs }: { db: Db; actor: SessionUser; sessionId: string | null; networkId: number; meetingId: number; recheckMs: number },
  from: number,
  signal: AbortSignal | undefined,
) {
  // Listening before the first read: a change committed between the read and the wait still rings.
  const bell = listen(db, meetingId);
  try {
    let after = from;
    let checked = Date.now();
    while (!signal?.aborted && !bell.ended) {
      const rows = db
        .select({ id: meetingEvent.id, kind: meetingEvent.kind, payload: meetingEvent.payload })
        .from(meetingEvent)
        .where(and(eq(meetingEvent.meetingId, meetingId), gt(meetingEvent.id, after)))
        .orderBy(asc(meetingEvent.id))
        .limit(PAGE)
        .all();
      for (const row of rows) {
        after = row.id;
        yield tracked(String(row.id), row satisfies MeetingEvent);
      }
      if (rows.length === PAGE) continue;
      await bell.wait(signal, recheckMs);
      if (Date.now() - checked >= recheckMs) {
        if (!stillAllowed(db, actor, sessionId, networkId)) return;
        checked = Date.now();
      }
    }
  } finally {
    bell.close();
  }
}

/**
 * A cycle logged at a meeting was created, changed or deleted: the meeting's board shows it. A
 * cycle moved from one meeting to another tells both.
 */
export function cycleAtMeetingChanged(tx: DbOrTx, cycle: { id: number; meetingId: number | null }, was: number | null = null) {
  for (const meetingId of new Set([cycle.meetingId, was])) {
    if (meetingId !== null) recordMeetingEvent(tx, meetingId, 'cycle', { cycleId: cycle.id });
  }
}

import { and, asc, eq } from 'drizzle-orm';
import { draftMinutes, notesWithMinutes } from '../../shared/domain/minutes.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { meeting, meetingAttendee, meetingDecision, meetingGuest, pdsaCycle, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { wordsFor } from '../i18n.ts';
import type { NetworkAccess } from '../trpc.ts';
import { recordAudit } from './audit.ts';
import { recordMeetingEvent } from './meeting-live.ts';
import { meetingIn } from './meetings.ts';
import { assertVersion } from './versions.ts';
import { oncePerWrite } from './write-receipts.ts';

// Running a meeting: members check themselves in, facilitators add guests and decisions, keep the
// notes, start the agenda's clock and close the meeting. None of these touch the meeting's version
// except the notes (and closing, which writes into them): a check-in never makes a note-taker's
// save conflict.

type MeetingRow = typeof meeting.$inferSelect;

function openMeeting(tx: DbOrTx, networkId: number, meetingId: number): MeetingRow {
  const row = meetingIn(tx, networkId, meetingId);
  if (row.closedAt) throw new AppError('MEETING_CLOSED');
  return row;
}

const audit = (tx: DbOrTx, actor: SessionUser, networkId: number, m: MeetingRow, action: 'meeting.checkIn' | 'meeting.addGuest' | 'meeting.addDecision' | 'meeting.saveNotes' | 'meeting.start' | 'meeting.close', detail: Record<string, unknown> = {}) =>
  recordAudit(tx, { actorId: actor.id, action, entityType: 'meeting', entityId: m.id, networkId, detail: { title: m.title, ...detail } });

/** The caller ticks themselves in. A set: checking in twice changes nothing the second time. */
export function checkIn(db: Db, actor: SessionUser, { networkId }: NetworkAccess, { meetingId }: { meetingId: number }) {
  return db.transaction((tx) => {
    const m = openMeeting(tx, networkId, meetingId);
    const added = tx.insert(meetingAttendee).values({ meetingId: m.id, userId: actor.id }).onConflictDoNothing().run().changes > 0;
    if (added) {
      recordMeetingEvent(tx, m.id, 'check_in', { userId: actor.id });
      audit(tx, actor, networkId, m, 'meeting.checkIn');
    }
    return { checkedIn: true as const };
  });
}

/** A row made with a client id: a retry finds it; an id used at another meeting is refused. */
function earlierAt<T extends typeof meetingGuest | typeof meetingDecision>(tx: DbOrTx, table: T, meetingId: number, clientId: string) {
  const row = tx.select({ id: table.id, meetingId: table.meetingId }).from(table).where(eq(table.clientId, clientId)).get();
  if (!row) return null;
  if (row.meetingId !== meetingId) throw new AppError('CLIENT_ID_TAKEN');
  return { id: row.id, created: false as const };
}

/** A guest by name at the door. Idempotent by client id; two guests may share a name. */
export function addGuest(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { meetingId: number; clientId: string; name: string }) {
  return db.transaction((tx) => {
    const m = meetingIn(tx, networkId, input.meetingId);
    const earlier = earlierAt(tx, meetingGuest, m.id, input.clientId);
    if (earlier) return earlier;
    if (m.closedAt) throw new AppError('MEETING_CLOSED');
    const created = tx.insert(meetingGuest).values({ meetingId: m.id, clientId: input.clientId, name: input.name, addedById: actor.id }).returning({ id: meetingGuest.id }).get();
    recordMeetingEvent(tx, m.id, 'guest', { guestId: created.id });
    audit(tx, actor, networkId, m, 'meeting.addGuest', { name: input.name });
    return { id: created.id, created: true as const };
  });
}

/** What the meeting decided; the one who wrote it down and when are kept with it. */
export function addDecision(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { meetingId: number; clientId: string; text: string }) {
  return db.transaction((tx) => {
    const m = meetingIn(tx, networkId, input.meetingId);
    const earlier = earlierAt(tx, meetingDecision, m.id, input.clientId);
    if (earlier) return earlier;
    const created = tx.insert(meetingDecision).values({ meetingId: m.id, clientId: input.clientId, text: input.text, createdById: actor.id }).returning({ id: meetingDecision.id }).get();
    recordMeetingEvent(tx, m.id, 'decision', { decisionId: created.id });
    audit(tx, actor, networkId, m, 'meeting.addDecision');
    return { id: created.id, created: true as const };
  });
}

/** The notes alone, against the version the editor was opened at: two note-takers never overwrite each other. */
export function saveNotes(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { meetingId: number; version: number; notes: string; writeId?: string }) {
  return db.transaction((tx) =>
    oncePerWrite(tx, actor, 'meeting.saveNotes', input.writeId, () => {
      const m = meetingIn(tx, networkId, input.meetingId);
      assertVersion(m.version, input.version, undefined, 'notes');
      const version = m.version + 1;
      tx.update(meeting).set({ notes: input.notes, version, updatedAt: new Date() }).where(eq(meeting.id, m.id)).run();
      recordMeetingEvent(tx, m.id, 'notes', { version });
      audit(tx, actor, networkId, m, 'meeting.saveNotes');
      return { version };
    }),
  );
}

/** Starts the agenda's clock; starting again keeps the first start. */
export function startMeeting(db: Db, actor: SessionUser, { networkId }: NetworkAccess, { meetingId }: { meetingId: number }) {
  return db.transaction((tx) => {
    const m = openMeeting(tx, networkId, meetingId);
    if (m.startedAt) return { startedAt: m.startedAt };
    const startedAt = new Date();
    tx.update(meeting).set({ startedAt }).where(eq(meeting.id, m.id)).run();
    recordMeetingEvent(tx, m.id, 'started');
    audit(tx, actor, networkId, m, 'meeting.start');
    return { startedAt };
  });
}

/** What the minutes say: who came, the cycles logged and the decisions, as they stand now. */
function minutesFacts(tx: DbOrTx, m: MeetingRow) {
  const attendees = tx.select({ name: user.name }).from(meetingAttendee).innerJoin(user, eq(user.id, meetingAttendee.userId)).where(eq(meetingAttendee.meetingId, m.id)).orderBy(asc(user.name)).all();
  const guests = tx.select({ name: meetingGuest.name }).from(meetingGuest).where(eq(meetingGuest.meetingId, m.id)).orderBy(asc(meetingGuest.id)).all();
  const cycles = tx.select({ title: pdsaCycle.title, ownerName: user.name }).from(pdsaCycle).leftJoin(user, eq(user.id, pdsaCycle.ownerId)).where(eq(pdsaCycle.meetingId, m.id)).orderBy(asc(pdsaCycle.id)).all();
  const decisions = tx
    .select({ text: meetingDecision.text, byName: user.name })
    .from(meetingDecision)
    .leftJoin(user, eq(user.id, meetingDecision.createdById))
    .where(eq(meetingDecision.meetingId, m.id))
    .orderBy(asc(meetingDecision.id))
    .all();
  return { title: m.title, date: m.date, attendees: attendees.map((a) => a.name), guests: guests.map((g) => g.name), guestCount: m.guestCount, cycles, decisions };
}

/**
 * Closes the meeting: the minutes are drafted into the notes in the closer's language, and no more
 * check-ins are taken. Closing a closed meeting changes nothing (a retry drafts no second copy).
 */
export function closeMeeting(db: Db, actor: SessionUser, { networkId }: NetworkAccess, { meetingId }: { meetingId: number }, lang: string) {
  return db.transaction((tx) => {
    const m = meetingIn(tx, networkId, meetingId);
    if (m.closedAt) return { closedAt: m.closedAt, version: m.version };
    const notes = notesWithMinutes(m.notes, draftMinutes(minutesFacts(tx, m), wordsFor(lang)));
    const closedAt = new Date();
    const version = m.version + 1;
    tx.update(meeting).set({ notes, closedAt, version, updatedAt: closedAt }).where(and(eq(meeting.id, m.id))).run();
    recordMeetingEvent(tx, m.id, 'closed', { version });
    audit(tx, actor, networkId, m, 'meeting.close');
    return { closedAt, version };
  });
}

import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { MeetingFields } from '../../shared/schemas/meeting.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { meeting, meetingAttendee, meetingDecision, meetingGuest, pdsaCycle, user } from '../db/schema.ts';
import { latestEventId } from './meeting-live.ts';
import { mergedAttendees } from '../../shared/domain/attendance.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { assertMembers } from './links.ts';
import type { NetworkAccess } from '../trpc.ts';
import { assertVersion, earlierCreate } from './versions.ts';

export function meetingIn(db: DbOrTx, networkId: number, meetingId: number) {
  const row = db.select().from(meeting).where(and(eq(meeting.id, meetingId), eq(meeting.networkId, networkId))).get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:meetings.thereIsNoSuchMeeting' });
  return row;
}

/**
 * New attendees must be members of the network; people already recorded as there stay, even if
 * they have left the network since (the meeting happened with them).
 */
function setAttendees(tx: DbOrTx, networkId: number, meetingId: number, attendeeIds: readonly string[]) {
  const unique = [...new Set(attendeeIds)];
  const recorded = new Set(tx.select({ id: meetingAttendee.userId }).from(meetingAttendee).where(eq(meetingAttendee.meetingId, meetingId)).all().map((r) => r.id));
  assertMembers(tx, networkId, unique.filter((id) => !recorded.has(id)), 'attendeeIds', 'Attendees must be members of the network; count others as guests.');
  tx.delete(meetingAttendee).where(eq(meetingAttendee.meetingId, meetingId)).run();
  if (unique.length) tx.insert(meetingAttendee).values(unique.map((userId) => ({ meetingId, userId }))).run();
}

const fieldsOf = (f: MeetingFields) => ({ title: f.title, date: f.date, guestCount: f.guestCount, agenda: f.agenda, notes: f.notes });

export function listMeetings(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const meetings = db.select().from(meeting).where(eq(meeting.networkId, networkId)).orderBy(desc(meeting.date), desc(meeting.id)).all();
  if (meetings.length === 0) return [];
  const ids = meetings.map((m) => m.id);
  const attendees = new Map(
    db.select({ id: meetingAttendee.meetingId, n: count() }).from(meetingAttendee).where(inArray(meetingAttendee.meetingId, ids)).groupBy(meetingAttendee.meetingId).all().map((r) => [r.id, r.n]),
  );
  // Guests named at the door are guests: the list counts them with the others.
  const named = new Map(
    db.select({ id: meetingGuest.meetingId, n: count() }).from(meetingGuest).where(inArray(meetingGuest.meetingId, ids)).groupBy(meetingGuest.meetingId).all().map((r) => [r.id, r.n]),
  );
  const cycles = new Map(
    db.select({ id: pdsaCycle.meetingId, n: count() }).from(pdsaCycle).where(inArray(pdsaCycle.meetingId, ids)).groupBy(pdsaCycle.meetingId).all().map((r) => [r.id!, r.n]),
  );
  return meetings.map((m) => ({
    id: m.id,
    title: m.title,
    date: m.date,
    guestCount: m.guestCount + (named.get(m.id) ?? 0),
    attendeeCount: attendees.get(m.id) ?? 0,
    cycleCount: cycles.get(m.id) ?? 0,
  }));
}

export function getMeeting(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, { meetingId }: { meetingId: number }) {
  const row = meetingIn(db, networkId, meetingId);
  const attendees = db
    .select({ id: user.id, name: user.name })
    .from(meetingAttendee)
    .innerJoin(user, eq(user.id, meetingAttendee.userId))
    .where(eq(meetingAttendee.meetingId, meetingId))
    .orderBy(asc(user.name))
    .all();
  const cycles = db
    .select({ id: pdsaCycle.id, title: pdsaCycle.title, stage: pdsaCycle.stage, decision: pdsaCycle.decision, quickLog: pdsaCycle.quickLog, ownerName: user.name })
    .from(pdsaCycle)
    .leftJoin(user, eq(user.id, pdsaCycle.ownerId))
    .where(eq(pdsaCycle.meetingId, meetingId))
    .orderBy(asc(pdsaCycle.id))
    .all();
  const guests = db.select({ id: meetingGuest.id, name: meetingGuest.name }).from(meetingGuest).where(eq(meetingGuest.meetingId, meetingId)).orderBy(asc(meetingGuest.id)).all();
  const decisions = db
    .select({ id: meetingDecision.id, text: meetingDecision.text, byName: user.name, createdAt: meetingDecision.createdAt })
    .from(meetingDecision)
    .leftJoin(user, eq(user.id, meetingDecision.createdById))
    .where(eq(meetingDecision.meetingId, meetingId))
    .orderBy(asc(meetingDecision.id))
    .all();
  // The live stream resumes after this id, so nothing between this read and the stream is missed.
  const lastEventId = String(latestEventId(db, meetingId));
  return { ...row, attendees, attendeeIds: attendees.map((a) => a.id), guests, decisions, cycles, lastEventId };
}

/** Idempotent like cycles: a retried create with the same client id returns the first meeting. */
export function createMeeting(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: MeetingFields & { clientId: string }) {
  return db.transaction((tx) => {
    const earlier = earlierCreate(tx, meeting, networkId, input.clientId);
    if (earlier) return earlier;
    const created = tx
      .insert(meeting)
      .values({ networkId, clientId: input.clientId, createdById: actor.id, ...fieldsOf(input) })
      .returning()
      .get();
    setAttendees(tx, networkId, created.id, input.attendeeIds);
    recordAudit(tx, { actorId: actor.id, action: 'meeting.create', entityType: 'meeting', entityId: created.id, networkId, detail: { title: created.title, date: created.date } });
    return { id: created.id, created: true };
  });
}

export function updateMeeting(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: MeetingFields & { meetingId: number; version: number; seenAttendeeIds?: string[] | undefined }) {
  return db.transaction((tx) => {
    const current = meetingIn(tx, networkId, input.meetingId);
    assertVersion(current.version, input.version);
    tx.update(meeting)
      .set({ ...fieldsOf(input), version: current.version + 1, updatedAt: new Date() })
      .where(eq(meeting.id, current.id))
      .run();
    const now = tx.select({ id: meetingAttendee.userId }).from(meetingAttendee).where(eq(meetingAttendee.meetingId, current.id)).all().map((r) => r.id);
    setAttendees(tx, networkId, current.id, input.seenAttendeeIds ? mergedAttendees(now, input.seenAttendeeIds, input.attendeeIds) : input.attendeeIds);
    recordAudit(tx, { actorId: actor.id, action: 'meeting.update', entityType: 'meeting', entityId: current.id, networkId, detail: { title: input.title, date: input.date } });
    return { version: current.version + 1 };
  });
}

/** The meeting goes; cycles logged at it stay, without the link. */
export function deleteMeeting(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { meetingId: number; version: number }) {
  return db.transaction((tx) => {
    const current = meetingIn(tx, networkId, input.meetingId);
    assertVersion(current.version, input.version);
    tx.delete(meeting).where(eq(meeting.id, current.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'meeting.delete', entityType: 'meeting', entityId: current.id, networkId, detail: { title: current.title, date: current.date } });
    return { deleted: true };
  });
}

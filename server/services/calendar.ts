import { randomBytes } from 'node:crypto';
import { and, eq, exists, gte, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { feedSince, type FeedRows } from '../../shared/domain/calendar-feed.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { cycleCoOwner, meeting, membership, network, pdsaCycle, planAction, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';

// A person's calendar feed lives at a secret address: calendar apps fetch it without a session,
// so the token in the path is the only key. 32 random bytes cannot be guessed; the address is kept
// (not a hash of it) so the account page can show it again.

/** 32 random bytes, base64url: 43 characters. */
export const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The feed's path under the site's address. */
export function calendarPath(token: string): string {
  return `/api/calendar/${token}.ics`;
}

/** The signed-in person's feed, or null until they ask for one. */
export function calendarAddress(db: DbOrTx, actor: SessionUser): { path: string } | null {
  const row = db.select({ token: user.calendarToken }).from(user).where(eq(user.id, actor.id)).get();
  return row?.token ? { path: calendarPath(row.token) } : null;
}

/** A new secret address; the old one, if any, stops working in the same write. */
export function resetCalendar(db: Db, actor: SessionUser): { path: string } {
  const token = randomBytes(32).toString('base64url');
  db.transaction((tx) => {
    const before = tx.select({ token: user.calendarToken }).from(user).where(eq(user.id, actor.id)).get();
    if (!before) throw new AppError('NOT_FOUND', { key: 'errors:users.thereIsNoSuchPerson' });
    tx.update(user).set({ calendarToken: token, updatedAt: new Date() }).where(eq(user.id, actor.id)).run();
    // The log never holds the address itself: it is a key to the person's dates.
    recordAudit(tx, { actorId: actor.id, action: 'user.resetCalendar', entityType: 'user', entityId: actor.id, detail: { replaced: before.token !== null } });
  });
  return { path: calendarPath(token) };
}

export type FeedOwner = { id: string; name: string; language: string | null };

/** Whose feed a token opens: nobody's for an unknown token or a deactivated person. */
export function feedOwner(db: DbOrTx, token: string): FeedOwner | null {
  if (!CALENDAR_TOKEN.test(token)) return null;
  const row = db
    .select({ id: user.id, name: user.name, language: user.language })
    .from(user)
    .where(and(eq(user.calendarToken, token), isNull(user.deactivatedAt)))
    .get();
  return row ?? null;
}

/** What the person's feed shows, from `today` a year back on, only from networks they are still in. */
export function feedRows(db: DbOrTx, personId: string, today: string): FeedRows {
  const since = feedSince(today);
  const memberOf = (networkId: SQLiteColumn) => and(eq(membership.networkId, networkId), eq(membership.userId, personId));
  const inNetwork = { networkName: network.name, slug: network.slug };

  const meetings = db
    .select({ id: meeting.id, title: meeting.title, date: meeting.date, updatedAt: meeting.updatedAt, version: meeting.version, ...inNetwork })
    .from(meeting)
    .innerJoin(membership, memberOf(meeting.networkId))
    .innerJoin(network, eq(network.id, meeting.networkId))
    .where(gte(meeting.date, since))
    .all();

  const actions = db
    .select({
      id: planAction.id,
      title: planAction.title,
      dueDate: planAction.dueDate,
      status: planAction.status,
      updatedAt: planAction.updatedAt,
      version: planAction.version,
      ...inNetwork,
    })
    .from(planAction)
    .innerJoin(membership, memberOf(planAction.networkId))
    .innerJoin(network, eq(network.id, planAction.networkId))
    .where(and(eq(planAction.ownerId, personId), gte(planAction.dueDate, since), notInArray(planAction.status, ['done', 'dropped'])))
    .all();

  const coOwned = exists(
    db
      .select({ one: sql`1` })
      .from(cycleCoOwner)
      .where(and(eq(cycleCoOwner.cycleId, pdsaCycle.id), eq(cycleCoOwner.userId, personId))),
  );
  const cycles = db
    .select({
      id: pdsaCycle.id,
      title: pdsaCycle.title,
      startDate: pdsaCycle.startDate,
      endDate: pdsaCycle.endDate,
      stage: pdsaCycle.stage,
      updatedAt: pdsaCycle.updatedAt,
      version: pdsaCycle.version,
      ...inNetwork,
    })
    .from(pdsaCycle)
    .innerJoin(membership, memberOf(pdsaCycle.networkId))
    .innerJoin(network, eq(network.id, pdsaCycle.networkId))
    .where(
      and(
        or(eq(pdsaCycle.ownerId, personId), coOwned),
        ne(pdsaCycle.stage, 'done'),
        gte(sql`coalesce(${pdsaCycle.endDate}, ${pdsaCycle.startDate})`, since),
      ),
    )
    .all();

  return { meetings, actions, cycles };
}

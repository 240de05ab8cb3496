import { and, count, desc, eq, isNull, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { NOTIFICATION_EVENTS, type NotificationPreferencesInput } from '../../shared/schemas/notification.ts';
import type { NotificationMarkReadInput } from '../../shared/schemas/notification-inbox.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { network, notification, notificationPreference, user } from '../db/schema.ts';
import { recordAudit } from './audit.ts';
import { defaultDelivery, markRead } from './notifications.ts';

// A person's own notifications and choices: every query here is bounded by the signed-in person.

const actorUser = alias(user, 'actor');

export function listNotifications(db: Db, me: SessionUser, input: { cursor?: number | undefined; limit: number }) {
  const rows = db
    .select({
      id: notification.id,
      event: notification.event,
      detail: notification.detail,
      // The actor's name as it is now; what the sentence names (detail) stays as it was.
      actorName: actorUser.name,
      networkName: network.name,
      networkSlug: network.slug,
      link: notification.link,
      createdAt: notification.createdAt,
      readAt: notification.readAt,
    })
    .from(notification)
    .leftJoin(actorUser, eq(actorUser.id, notification.actorId))
    .leftJoin(network, eq(network.id, notification.networkId))
    .where(and(eq(notification.userId, me.id), input.cursor === undefined ? undefined : lt(notification.id, input.cursor)))
    .orderBy(desc(notification.id))
    .limit(input.limit + 1)
    .all();
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items.at(-1)!.id : null };
}

export function unreadCount(db: Db, me: SessionUser): number {
  return db.select({ n: count() }).from(notification).where(and(eq(notification.userId, me.id), isNull(notification.readAt))).get()?.n ?? 0;
}

/** Reading is not a change anyone else needs to know about, so it is not audited. */
export function markMineRead(db: Db, me: SessionUser, input: NotificationMarkReadInput) {
  return { marked: markRead(db, me.id, input.ids === 'all' ? undefined : input.ids) };
}

export function notificationPreferences(db: Db, me: SessionUser, mailOn: boolean) {
  const chosen = new Map(
    db.select({ event: notificationPreference.event, delivery: notificationPreference.delivery }).from(notificationPreference).where(eq(notificationPreference.userId, me.id)).all().map((r) => [r.event, r.delivery]),
  );
  const digest = db.select({ weeklyDigest: user.weeklyDigest }).from(user).where(eq(user.id, me.id)).get();
  return {
    events: NOTIFICATION_EVENTS.map((event) => ({ event, delivery: chosen.get(event) ?? defaultDelivery(event), byDefault: defaultDelivery(event), chosen: chosen.has(event) })),
    weeklyDigest: digest?.weeklyDigest ?? false,
    mailOn,
  };
}

export function setNotificationPreferences(db: Db, me: SessionUser, input: NotificationPreferencesInput) {
  db.transaction((tx) => {
    for (const [event, delivery] of Object.entries(input.events) as [keyof typeof input.events, NonNullable<(typeof input.events)[keyof typeof input.events]>][]) {
      tx.insert(notificationPreference)
        .values({ userId: me.id, event, delivery })
        .onConflictDoUpdate({ target: [notificationPreference.userId, notificationPreference.event], set: { delivery } })
        .run();
    }
    tx.update(user).set({ weeklyDigest: input.weeklyDigest, updatedAt: new Date() }).where(eq(user.id, me.id)).run();
    recordAudit(tx, {
      actorId: me.id,
      action: 'user.notificationPreferences',
      entityType: 'user',
      entityId: me.id,
      detail: { events: input.events, weeklyDigest: input.weeklyDigest },
    });
  });
}

import { and, eq, inArray, isNull } from 'drizzle-orm';
import { EMAILED_BY_DEFAULT, type Delivery, type NotificationEvent } from '../../shared/schemas/notification.ts';
import { notification, notificationPreference, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { isMailOn, queueMail } from '../mail/outbox.ts';

export type NewNotification = {
  /** Who is told; the actor is left out (no one is told of their own change). */
  userIds: readonly string[];
  event: NotificationEvent;
  networkId: number | null;
  actorId: string | null;
  /** What the sentence names: titles, names, a stage — as they are now. */
  detail?: Record<string, string | number>;
  /** A path inside Needle, e.g. paths.planReview.href({ slug }). */
  link: string;
};

/** A person's delivery for an event when they have not chosen one. */
export const defaultDelivery = (event: NotificationEvent): Delivery => (EMAILED_BY_DEFAULT.includes(event) ? 'email' : 'in_app');

/**
 * Tells people about a change: a notification for each (unless they turned the event off) and an
 * email for those who want one (when email is on). Call it inside the change's own transaction, like
 * recordAudit.
 */
export function notify(db: DbOrTx, n: NewNotification): void {
  const ids = [...new Set(n.userIds)].filter((id) => id !== n.actorId);
  if (ids.length === 0) return;
  const people = db
    .select({ id: user.id, email: user.email, delivery: notificationPreference.delivery })
    .from(user)
    .leftJoin(notificationPreference, and(eq(notificationPreference.userId, user.id), eq(notificationPreference.event, n.event)))
    .where(and(inArray(user.id, ids), isNull(user.deactivatedAt)))
    .all();
  const mailOn = isMailOn(db); // once for every recipient, not once each
  for (const person of people) {
    const delivery = person.delivery ?? defaultDelivery(n.event);
    if (delivery === 'off') continue;
    const { id } = db
      .insert(notification)
      .values({ userId: person.id, networkId: n.networkId, event: n.event, actorId: n.actorId, detail: n.detail ?? {}, link: n.link })
      .returning({ id: notification.id })
      .get();
    if (delivery === 'email' && mailOn) queueMail(db, { to: person.email, userId: person.id, payload: { kind: 'notification', notificationId: id } });
  }
}

/** Marks notifications read: the ones named, or all of the person's. */
export function markRead(db: DbOrTx, userId: string, ids?: readonly number[]): number {
  const named = ids ? inArray(notification.id, [...ids]) : undefined;
  return db.update(notification).set({ readAt: new Date() }).where(and(eq(notification.userId, userId), isNull(notification.readAt), named)).run().changes;
}

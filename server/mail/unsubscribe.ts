import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { NOTIFICATION_EVENTS } from '../../shared/schemas/notification.ts';
import type { Db } from '../db/client.ts';
import { notificationPreference, user } from '../db/schema.ts';
import type { Site, UnsubscribeTopic } from './mail-body.ts';

export const UNSUBSCRIBE_PATH = '/api/mail/unsubscribe';

const isTopic = (topic: string): topic is UnsubscribeTopic => topic === 'digest' || (NOTIFICATION_EVENTS as readonly string[]).includes(topic);

// A purpose prefix keeps these signatures from ever matching anything else signed with the secret.
function signature(secret: string, userId: string, topic: UnsubscribeTopic): Buffer {
  return createHmac('sha256', secret).update(`needle-unsubscribe\n${userId}\n${topic}`).digest();
}

/** The address that turns one topic off for one person, signed so nobody can forge one for another. */
export function unsubscribeUrl(site: Site, userId: string, topic: UnsubscribeTopic): string {
  const query = new URLSearchParams({ u: userId, t: topic, s: signature(site.secret, userId, topic).toString('base64url') });
  return `${site.baseUrl}${UNSUBSCRIBE_PATH}?${query}`;
}

export type UnsubscribeRequest = { userId: string; topic: UnsubscribeTopic };

/** The person and topic of a link, when its signature is right; null for anything forged or cut short. */
export function verifyUnsubscribe(secret: string, query: Record<string, unknown>): UnsubscribeRequest | null {
  const { u, t, s } = query;
  if (typeof u !== 'string' || typeof t !== 'string' || typeof s !== 'string' || !u || !isTopic(t)) return null;
  const given = Buffer.from(s, 'base64url');
  const expected = signature(secret, u, t);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId: u, topic: t };
}

export type Subscriber = { id: string; email: string; language: string | null };

export function subscriber(db: Db, userId: string): Subscriber | null {
  return db.select({ id: user.id, email: user.email, language: user.language }).from(user).where(eq(user.id, userId)).get() ?? null;
}

/**
 * Turns the topic's emails off: an event goes to the bell only (the person still sees it in
 * Needle), the digest stops. Doing it twice is harmless: mail clients may post more than once.
 */
export function unsubscribe(db: Db, { userId, topic }: UnsubscribeRequest): void {
  if (topic === 'digest') {
    db.update(user).set({ weeklyDigest: false }).where(eq(user.id, userId)).run();
    return;
  }
  db.insert(notificationPreference)
    .values({ userId, event: topic, delivery: 'in_app' })
    // Someone who turned the event off altogether keeps it off: this only stops the emails.
    .onConflictDoUpdate({
      target: [notificationPreference.userId, notificationPreference.event],
      set: { delivery: 'in_app' },
      setWhere: eq(notificationPreference.delivery, 'email'),
    })
    .run();
}

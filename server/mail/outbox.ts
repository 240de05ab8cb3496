import { eq } from 'drizzle-orm';
import { instanceSetting, mailOutbox } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import type { MailPayload } from '../../shared/schemas/notification.ts';

export type NewMail = { to: string; userId: string | null; payload: MailPayload };

const MAIL_SETTING = 'mail';

/**
 * Whether this Needle sends email, as the server that runs on the database last said at start
 * (from config.mail). Services that cause emails read it here: they do not know the config.
 */
export function isMailOn(db: DbOrTx): boolean {
  return db.select({ value: instanceSetting.value }).from(instanceSetting).where(eq(instanceSetting.key, MAIL_SETTING)).get()?.value === 'on';
}

/** Writes only a change, so a server on a database that takes no writes still starts (and says so at /healthz). */
export function setMailOn(db: DbOrTx, on: boolean): void {
  if (isMailOn(db) === on) return;
  const value = on ? 'on' : 'off';
  try {
    db.insert(instanceSetting).values({ key: MAIL_SETTING, value }).onConflictDoUpdate({ target: instanceSetting.key, set: { value } }).run();
  } catch (err) {
    // A database that takes no writes queues no email either: start anyway, so /healthz can say why.
    if ((err as { code?: string }).code !== 'SQLITE_READONLY') throw err;
  }
}

/**
 * Puts an email in the outbox. Call it inside the transaction of the change that causes it: the
 * email then goes if and only if the change lands. The worker writes and sends it. With email off
 * nothing is queued (null), so turning email on later does not send a backlog of stale news.
 */
export function enqueueMail(db: DbOrTx, mail: NewMail): number | null {
  return isMailOn(db) ? queueMail(db, mail) : null;
}

/** enqueueMail for a caller that has asked isMailOn once for many emails (notify, the digest). */
export function queueMail(db: DbOrTx, mail: NewMail): number {
  return db
    .insert(mailOutbox)
    .values({ to: mail.to, userId: mail.userId, kind: mail.payload.kind, payload: mail.payload })
    .returning({ id: mailOutbox.id })
    .get().id;
}

import { desc, eq, inArray, sql } from 'drizzle-orm';
import { MAIL_STATUSES, type MailStatus } from '../../shared/schemas/notification.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { mailOutbox } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';

const LATEST = 50;
/** The ones an administrator must decide about, shown first. */
const NEEDS_SOMEONE: MailStatus[] = ['failed', 'unknown'];

const columns = {
  id: mailOutbox.id,
  to: mailOutbox.to,
  kind: mailOutbox.kind,
  subject: mailOutbox.subject,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  lastError: mailOutbox.lastError,
  createdAt: mailOutbox.createdAt,
  nextAttemptAt: mailOutbox.nextAttemptAt,
  sentAt: mailOutbox.sentAt,
};

/** How many emails are in each state, those needing an administrator, then the latest of the rest. */
export function listMail(db: Db, mailOn: boolean) {
  const counted = db.select({ status: mailOutbox.status, n: sql<number>`count(*)` }).from(mailOutbox).groupBy(mailOutbox.status).all();
  const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, counted.find((c) => c.status === s)?.n ?? 0])) as Record<MailStatus, number>;
  const troubled = db.select(columns).from(mailOutbox).where(inArray(mailOutbox.status, NEEDS_SOMEONE)).orderBy(desc(mailOutbox.id)).limit(LATEST).all();
  const latest = db
    .select(columns)
    .from(mailOutbox)
    .where(sql`${mailOutbox.status} not in ('failed', 'unknown')`)
    .orderBy(desc(mailOutbox.id))
    .limit(LATEST)
    .all();
  return { mailOn, counts, troubled, latest };
}

/**
 * Sends a failed email, or one whose sending is unknown, again: back to pending with every try
 * ahead of it. For `unknown` the administrator accepts that the person may get it twice.
 */
export function retryMail(db: Db, actor: SessionUser, { id }: { id: number }) {
  return db.transaction((tx) => {
    const row = tx.select({ status: mailOutbox.status, to: mailOutbox.to, kind: mailOutbox.kind }).from(mailOutbox).where(eq(mailOutbox.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', { field: 'id' });
    if (!NEEDS_SOMEONE.includes(row.status)) throw new AppError('MAIL_NOT_RETRYABLE', { field: 'id' });
    tx.update(mailOutbox).set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), claimedAt: null }).where(eq(mailOutbox.id, id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'mail.retry', entityType: 'mail', entityId: id, detail: { to: row.to, kind: row.kind } });
    return { id, status: 'pending' as const };
  });
}

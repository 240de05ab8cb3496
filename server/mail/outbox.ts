import { mailOutbox } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import type { MailPayload } from '../../shared/schemas/notification.ts';

export type NewMail = { to: string; userId: string | null; payload: MailPayload };

/**
 * Puts an email in the outbox. Call it inside the transaction of the change that causes it: the
 * email then goes if and only if the change lands. The worker writes and sends it.
 */
export function enqueueMail(db: DbOrTx, mail: NewMail): number {
  return db
    .insert(mailOutbox)
    .values({ to: mail.to, userId: mail.userId, kind: mail.payload.kind, payload: mail.payload })
    .returning({ id: mailOutbox.id })
    .get().id;
}

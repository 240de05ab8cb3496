import { eq } from 'drizzle-orm';
import { meeting, pdsaCycle } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import type { MessageKey, MessageValues } from '../../shared/i18n/message.ts';
import { AppError } from '../errors.ts';

/**
 * Refuses an edit made against an older version of a record, so no one's save silently replaces
 * another's. The message, where given, says what changed in words fit for that screen.
 */
export function assertVersion<T extends number | string | null>(current: T, seen: T, said?: { key: MessageKey; values?: MessageValues }, field?: string): void {
  if (current !== seen) throw new AppError('STALE_VERSION', { ...said, field });
}

/** The records a person creates with an id their device made, so a retry can find the first. */
type ClientMadeTable = typeof pdsaCycle | typeof meeting;

/**
 * A retried create finds the record its first attempt made (same client id) and returns it, so bad
 * wifi never makes two. A client id used in another network is refused rather than leaked.
 */
export function earlierCreate(db: DbOrTx, table: ClientMadeTable, networkId: number, clientId: string): { id: number; created: false } | null {
  const row = db.select({ id: table.id, networkId: table.networkId }).from(table).where(eq(table.clientId, clientId)).get();
  if (!row) return null;
  if (row.networkId !== networkId) throw new AppError('CLIENT_ID_TAKEN');
  return { id: row.id, created: false };
}

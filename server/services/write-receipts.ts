import { and, eq, lt } from 'drizzle-orm';
import type { SessionUser } from '../context.ts';
import { writeReceipt } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';

/** Long enough for a phone left in a drawer over a holiday; a replay after that is a new write. */
export const KEEP_RECEIPTS_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Runs a queued update once per write id. Called inside the write's own transaction, so the
 * receipt exists exactly when the write does: a replay of a write that landed gets the first
 * answer back (the device lost it to bad wifi) rather than a version conflict with itself.
 * Receipts belong to their person, so someone else's write id is simply a new write for them.
 * Without a write id (an online save) it is the write alone.
 */
export function oncePerWrite<T>(tx: DbOrTx, actor: SessionUser, procedure: string, writeId: string | undefined, write: () => T): T {
  if (!writeId) return write();
  const earlier = tx
    .select({ procedure: writeReceipt.procedure, result: writeReceipt.result })
    .from(writeReceipt)
    .where(and(eq(writeReceipt.userId, actor.id), eq(writeReceipt.writeId, writeId)))
    .get();
  if (earlier) {
    if (earlier.procedure !== procedure) throw new AppError('WRITE_ID_TAKEN');
    return earlier.result as T;
  }
  const result = write();
  // Pruned here, a person's own old receipts at a time: cheap (a few rows), and no loop to run.
  tx.delete(writeReceipt)
    .where(and(eq(writeReceipt.userId, actor.id), lt(writeReceipt.createdAt, new Date(Date.now() - KEEP_RECEIPTS_MS))))
    .run();
  tx.insert(writeReceipt).values({ userId: actor.id, writeId, procedure, result }).run();
  return result;
}

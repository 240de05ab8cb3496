import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { NewAccountInput } from '../../shared/schemas/auth.ts';
import { hashPassword, isCommonPassword } from '../auth/password.ts';
import { account, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';

export type PreparedAccount = { name: string; email: string; passwordHash: string };

/**
 * The slow, async half of creating an account (checks and hashing), done before the transaction
 * that writes it: better-sqlite3 transactions are synchronous.
 */
export async function prepareAccount(db: DbOrTx, input: NewAccountInput): Promise<PreparedAccount> {
  if (isCommonPassword(input.password)) throw new AppError('PASSWORD_TOO_COMMON', { field: 'password' });
  assertEmailFree(db, input.email);
  return { name: input.name, email: input.email, passwordHash: await hashPassword(input.password) };
}

export function assertEmailFree(db: DbOrTx, email: string): void {
  const taken = db.select({ id: user.id }).from(user).where(eq(user.email, email)).get();
  if (taken) throw new AppError('EMAIL_TAKEN', { field: 'email' });
}

/** Writes the user and the credential account better-auth signs them in with. */
export function insertAccount(db: DbOrTx, prepared: PreparedAccount, opts: { isAdmin: boolean }): string {
  assertEmailFree(db, prepared.email); // again, inside the transaction: the check above raced
  const id = randomUUID();
  db.insert(user).values({ id, name: prepared.name, email: prepared.email, isAdmin: opts.isAdmin }).run();
  db.insert(account)
    .values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: prepared.passwordHash })
    .run();
  return id;
}

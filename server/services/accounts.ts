import { randomUUID } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { ChangePasswordInput } from '../../shared/schemas/account.ts';
import type { NewAccountInput } from '../../shared/schemas/auth.ts';
import { hashPassword, isCommonPassword, verifyPassword } from '../auth/password.ts';
import { dropResetTokens, writeResetToken } from '../auth/password-reset.ts';
import { clearAccountFailures, passwordGuessesBlocked, recordWrongPassword } from '../auth/sign-in-throttle.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { account, session, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';

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

const credentialOf = (userId: string) => and(eq(account.userId, userId), eq(account.providerId, 'credential'));

/**
 * Changes a signed-in person's password: the current one must be right (guesses count against the
 * account like failed sign-ins), the new one passes the sign-up rule. Every other session of the
 * person ends, and every open reset link, since whoever changes a password may be shutting
 * someone else out.
 */
export async function changePassword(db: Db, actor: SessionUser, input: ChangePasswordInput & { currentSessionId: string | null }) {
  if (input.newPassword === input.currentPassword) throw new AppError('SAME_PASSWORD', { field: 'newPassword' });
  if (isCommonPassword(input.newPassword)) throw new AppError('PASSWORD_TOO_COMMON', { field: 'newPassword' });
  if (passwordGuessesBlocked(db, actor.email)) throw new AppError('TOO_MANY_ATTEMPTS');
  const stored = db.select({ password: account.password }).from(account).where(credentialOf(actor.id)).get();
  if (!stored?.password || !(await verifyPassword(stored.password, input.currentPassword))) {
    recordWrongPassword(db, actor.email);
    throw new AppError('WRONG_PASSWORD', { field: 'currentPassword' });
  }
  clearAccountFailures(db, actor.email);
  const hashed = await hashPassword(input.newPassword);
  db.transaction((tx) => {
    // Only if the hash is still the one verified above: two changes at once must not both win.
    const updated = tx
      .update(account)
      .set({ password: hashed, updatedAt: new Date() })
      .where(and(credentialOf(actor.id), eq(account.password, stored.password!)))
      .returning({ id: account.id })
      .get();
    if (!updated) throw new AppError('WRONG_PASSWORD', { field: 'currentPassword' });
    tx.delete(session)
      .where(input.currentSessionId ? and(eq(session.userId, actor.id), ne(session.id, input.currentSessionId)) : eq(session.userId, actor.id))
      .run();
    dropResetTokens(tx, actor.id);
    recordAudit(tx, { actorId: actor.id, action: 'user.changePassword', entityType: 'user', entityId: actor.id });
  });
}

/**
 * A site administrator's one-time reset link for someone who cannot get an email (or when this
 * Needle sends none): valid an hour, once, through better-auth's own /reset-password. The token
 * leaves the server only in this answer.
 */
export function createResetLink(db: Db, actor: SessionUser, { userId }: { userId: string }) {
  return db.transaction((tx) => {
    const found = tx.select({ deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.id, userId)).get();
    if (!found) throw new AppError('NOT_FOUND', { key: 'errors:users.thereIsNoSuchPerson' });
    if (found.deactivatedAt) throw new AppError('ACCOUNT_DEACTIVATED');
    const link = writeResetToken(tx, userId);
    recordAudit(tx, { actorId: actor.id, action: 'user.resetLink', entityType: 'user', entityId: userId });
    return link;
  });
}

/** Ends every session of the person, this one too: whoever fears a lost device signs in again. */
export function signOutEverywhere(db: Db, actor: SessionUser) {
  db.transaction((tx) => {
    const ended = tx.delete(session).where(eq(session.userId, actor.id)).returning({ id: session.id }).all();
    recordAudit(tx, { actorId: actor.id, action: 'user.signOutEverywhere', entityType: 'user', entityId: actor.id, detail: { sessions: ended.length } });
  });
}

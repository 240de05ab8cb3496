import { randomInt } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { user, verification } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { recordAudit } from '../services/audit.ts';

/** A reset link works for one hour, once. */
export const RESET_TOKEN_TTL_SECONDS = 60 * 60;

// better-auth keeps a reset token in its verification table as `reset-password:<token>` with the
// user's id as the value (api/routes/password.ts, identifiers stored plain). Links an
// administrator makes are written the same way, so its own /reset-password accepts them.
const PREFIX = 'reset-password:';
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** 24 letters and digits, as better-auth's generateId(24) makes them (about 143 bits). */
function newToken(): string {
  let token = '';
  for (let i = 0; i < 24; i++) token += ALPHABET[randomInt(ALPHABET.length)];
  return token;
}

/** The page a reset link opens: the client's /reset-password with the token. */
export function resetPageUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

export function writeResetToken(db: DbOrTx, userId: string, now = new Date()): { token: string; expiresAt: Date } {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_SECONDS * 1000);
  db.insert(verification).values({ id: newToken() + newToken(), identifier: PREFIX + token, value: userId, expiresAt }).run();
  return { token, expiresAt };
}

/** The account a reset token belongs to, whether or not it is still valid; null for no such token. */
export function resetTokenOwner(db: DbOrTx, token: string): { userId: string; deactivated: boolean } | null {
  const row = db
    .select({ userId: user.id, deactivatedAt: user.deactivatedAt })
    .from(verification)
    .innerJoin(user, eq(user.id, verification.value))
    .where(eq(verification.identifier, PREFIX + token))
    .get();
  return row ? { userId: row.userId, deactivated: row.deactivatedAt !== null } : null;
}

/**
 * better-auth's sendResetPassword: queues the email and audits the request, in one transaction.
 * A deactivated account gets nothing, and the person asking is told the same as for any address.
 */
export function queueResetEmail(db: Db, baseUrl: string, data: { user: { id: string; email: string }; token: string }): void {
  db.transaction((tx) => {
    const found = tx.select({ deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.id, data.user.id)).get();
    if (!found || found.deactivatedAt) return;
    enqueueMail(tx, { to: data.user.email, userId: data.user.id, payload: { kind: 'password_reset', url: resetPageUrl(baseUrl, data.token) } });
    recordAudit(tx, { actorId: data.user.id, action: 'user.requestReset', entityType: 'user', entityId: data.user.id });
  });
}

/** Ends every reset link of the person still open: after a new password, an old link must not open the account. */
export function dropResetTokens(db: DbOrTx, userId: string): void {
  db.delete(verification).where(and(eq(verification.value, userId), like(verification.identifier, `${PREFIX}%`))).run();
}

/** better-auth's onPasswordReset: the token used is gone already; the others go too, and it is audited. */
export function afterPasswordReset(db: Db, userId: string): void {
  db.transaction((tx) => {
    dropResetTokens(tx, userId);
    recordAudit(tx, { actorId: userId, action: 'user.resetPassword', entityType: 'user', entityId: userId });
  });
}

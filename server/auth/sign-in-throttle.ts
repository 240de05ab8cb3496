import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { signInFailure } from '../db/schema.ts';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins for one account within the window before it is refused. */
export const ACCOUNT_FAILURE_LIMIT = 10;
/**
 * Failed sign-ins from one address. Higher than the account limit: a school or library shares one
 * address among many people, and one person's typos must not lock the others out.
 */
export const IP_FAILURE_LIMIT = 100;

const keysFor = (email: string, ip: string) => ({ account: `account:${email.toLowerCase()}`, ip: `ip:${ip}` });

function failuresSince(db: Db, key: string, since: Date): number {
  return db
    .select({ n: count() })
    .from(signInFailure)
    .where(and(eq(signInFailure.key, key), gt(signInFailure.at, since)))
    .get()?.n ?? 0;
}

/** Null when the attempt may go ahead, else a message for the person trying. */
export function signInBlocked(db: Db, email: string, ip: string, now = new Date()): string | null {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const keys = keysFor(email, ip);
  if (failuresSince(db, keys.account, since) >= ACCOUNT_FAILURE_LIMIT) {
    return 'Too many failed sign-in attempts for this account. Wait 15 minutes and try again, or ask an administrator to help.';
  }
  if (failuresSince(db, keys.ip, since) >= IP_FAILURE_LIMIT) {
    return 'Too many failed sign-in attempts from this network. Wait 15 minutes and try again.';
  }
  return null;
}

export function recordSignInFailure(db: Db, email: string, ip: string, now = new Date()): void {
  const keys = keysFor(email, ip);
  db.transaction((tx) => {
    tx.delete(signInFailure).where(lt(signInFailure.at, new Date(now.getTime() - THROTTLE_WINDOW_MS))).run();
    tx.insert(signInFailure).values([{ key: keys.account, at: now }, { key: keys.ip, at: now }]).run();
  });
}

/**
 * Checking the current password before a change is a guess at it too: it shares the account's
 * count with sign-in, so a stolen session cannot try passwords faster than the sign-in form.
 * (No address here: the change comes from a signed-in session.)
 */
export function passwordGuessesBlocked(db: Db, email: string, now = new Date()): boolean {
  return failuresSince(db, keysFor(email, '').account, new Date(now.getTime() - THROTTLE_WINDOW_MS)) >= ACCOUNT_FAILURE_LIMIT;
}

export function recordWrongPassword(db: Db, email: string, now = new Date()): void {
  db.transaction((tx) => {
    tx.delete(signInFailure).where(lt(signInFailure.at, new Date(now.getTime() - THROTTLE_WINDOW_MS))).run();
    tx.insert(signInFailure).values({ key: keysFor(email, '').account, at: now }).run();
  });
}

/** A successful sign-in clears the account's count (not the address's). */
export function clearAccountFailures(db: Db, email: string): void {
  db.delete(signInFailure).where(eq(signInFailure.key, keysFor(email, '').account)).run();
}

/** Reset emails asked for one address within the window: enough for a lost email, not a flood. */
export const RESET_ACCOUNT_LIMIT = 3;
/** Reset requests from one client address within the window, whatever the addresses asked for. */
export const RESET_IP_LIMIT = 20;

const resetKeysFor = (email: string, ip: string) => ({ account: `reset:account:${email.toLowerCase()}`, ip: `reset:ip:${ip}` });

/**
 * Every request for a reset link counts, found or not, so the throttle answers the same for an
 * address with an account and one without. Counted in the same table as failed sign-ins.
 */
export function resetRequestBlocked(db: Db, email: string, ip: string, now = new Date()): boolean {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const keys = resetKeysFor(email, ip);
  return failuresSince(db, keys.account, since) >= RESET_ACCOUNT_LIMIT || failuresSince(db, keys.ip, since) >= RESET_IP_LIMIT;
}

export function recordResetRequest(db: Db, email: string, ip: string, now = new Date()): void {
  const keys = resetKeysFor(email, ip);
  db.transaction((tx) => {
    tx.delete(signInFailure).where(lt(signInFailure.at, new Date(now.getTime() - THROTTLE_WINDOW_MS))).run();
    tx.insert(signInFailure).values([{ key: keys.account, at: now }, { key: keys.ip, at: now }]).run();
  });
}

import { count } from 'drizzle-orm';
import { translateMessage } from '../../shared/i18n/message.ts';
import { wordsFor } from '../i18n.ts';
import { newAccountInput, type NewAccountInput } from '../../shared/schemas/auth.ts';
import type { Db } from '../db/client.ts';
import { user } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { insertAccount, prepareAccount } from './accounts.ts';
import { recordAudit } from './audit.ts';

export function needsFirstAdmin(db: Db): boolean {
  return (db.select({ n: count() }).from(user).get()?.n ?? 0) === 0;
}

/** First run: the person at the keyboard becomes the site administrator. Only while no user exists. */
export async function createFirstAdmin(db: Db, input: NewAccountInput): Promise<{ userId: string }> {
  if (!needsFirstAdmin(db)) throw new AppError('ALREADY_SET_UP');
  const prepared = await prepareAccount(db, input);
  return db.transaction((tx) => {
    // Checked again inside the transaction: two first-run screens may race.
    if ((tx.select({ n: count() }).from(user).get()?.n ?? 0) > 0) throw new AppError('ALREADY_SET_UP');
    const userId = insertAccount(tx, prepared, { isAdmin: true });
    recordAudit(tx, { actorId: userId, action: 'setup.createAdmin', entityType: 'user', entityId: userId });
    return { userId };
  });
}

/** Scripted installs: NEEDLE_ADMIN_EMAIL and NEEDLE_ADMIN_PASSWORD create the administrator at start-up. */
export async function bootstrapAdmin(db: Db, email: string | undefined, password: string | undefined): Promise<string | null> {
  if (!email && !password) return null;
  if (!email || !password) throw new Error('Set both NEEDLE_ADMIN_EMAIL and NEEDLE_ADMIN_PASSWORD, or neither.');
  if (!needsFirstAdmin(db)) return null;
  const parsed = newAccountInput.safeParse({ name: 'Administrator', email, password });
  if (!parsed.success) {
    // An operator's startup error: in English, as the rest of the log.
    const { t } = wordsFor('en');
    throw new Error(`NEEDLE_ADMIN_*: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${translateMessage(t, i.message)}`).join('; ')}`);
  }
  try {
    await createFirstAdmin(db, parsed.data);
  } catch (e) {
    if (e instanceof AppError) throw new Error(`NEEDLE_ADMIN_PASSWORD: ${e.message}`, { cause: e });
    throw e;
  }
  return parsed.data.email;
}

import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { instanceSetting } from '../db/schema.ts';

/**
 * The secret that signs session cookies: NEEDLE_AUTH_SECRET when set, otherwise one generated on
 * first start and kept in the database, so a plain `npm start` needs no configuration and
 * sessions survive restarts.
 */
export function authSecret(db: Db, configured: string | undefined): string {
  if (configured) return configured;
  const row = db.select().from(instanceSetting).where(eq(instanceSetting.key, 'auth_secret')).get();
  if (row) return row.value;
  const value = randomBytes(32).toString('base64url');
  db.insert(instanceSetting).values({ key: 'auth_secret', value }).onConflictDoNothing().run();
  return db.select().from(instanceSetting).where(eq(instanceSetting.key, 'auth_secret')).get()!.value;
}

import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { hashPassword } from '../../server/auth/password.ts';
import type { SessionUser } from '../../server/context.ts';
import { openDb, type Db } from '../../server/db/client.ts';
import { account, auditLog, user } from '../../server/db/schema.ts';

/** A fresh, migrated, private in-memory database. */
export function testDb(): Db {
  return openDb(':memory:');
}

/** The password of every user made by makeUser. Long and not on the common-passwords list. */
export const TEST_PASSWORD = 'quiet-lantern-harbor-73';

// argon2 is deliberately slow: hash the known password once per process and reuse the hash.
let knownHash: Promise<string> | undefined;
export function testPasswordHash(): Promise<string> {
  knownHash ??= hashPassword(TEST_PASSWORD);
  return knownHash;
}

let serial = 0;

export type MakeUserOptions = { name?: string; email?: string; isAdmin?: boolean; partnershipStaff?: boolean; deactivated?: boolean };

/** Inserts a user who can sign in with TEST_PASSWORD (user row + credential account, as insertAccount does). */
export async function makeUser(db: Db, opts: MakeUserOptions = {}): Promise<SessionUser> {
  serial += 1;
  const id = randomUUID();
  const name = opts.name ?? `Person ${serial}`;
  const email = (opts.email ?? `person${serial}-${id.slice(0, 8)}@example.org`).toLowerCase();
  const isAdmin = opts.isAdmin ?? false;
  const partnershipStaff = opts.partnershipStaff ?? false;
  db.insert(user)
    .values({ id, name, email, isAdmin, partnershipStaff, deactivatedAt: opts.deactivated ? new Date() : null })
    .run();
  db.insert(account)
    .values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: await testPasswordHash() })
    .run();
  return { id, name, email, isAdmin, partnershipStaff };
}

/** The audit log, oldest first. */
export function auditRows(db: Db) {
  return db.select().from(auditLog).orderBy(asc(auditLog.id)).all();
}

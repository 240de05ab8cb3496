import { asc, eq, or, sql } from 'drizzle-orm';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { membership, session, user } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { LANGUAGES } from '../i18n.ts';
import { recordAudit } from './audit.ts';

// Qualified by hand: in a select without joins drizzle writes bare column names, and a bare "id"
// inside this subquery would mean membership.id, counting nothing.
const networkCount = sql<number>`(select count(*) from ${membership} where ${membership}.${sql.identifier(membership.userId.name)} = ${user}.${sql.identifier(user.id.name)})`;

export function listUsers(db: Db, _actor: SessionUser, input: { search?: string | undefined } | undefined) {
  const search = input?.search;
  // SQLite's LIKE has no escape character unless told: with `escape '\'`, \% and \_ are literal.
  const q = search ? `%${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      isAdmin: user.isAdmin,
      partnershipStaff: user.partnershipStaff,
      deactivatedAt: user.deactivatedAt,
      createdAt: user.createdAt,
      networkCount,
    })
    .from(user)
    .where(q ? or(sql`${user.name} like ${q} escape '\\'`, sql`${user.email} like ${q} escape '\\'`) : undefined)
    .orderBy(asc(user.name))
    .limit(500)
    .all();
}

/** Deactivating ends every session at once; the account and its history stay. */
export function setDeactivated(db: Db, actor: SessionUser, { userId, deactivated }: { userId: string; deactivated: boolean }) {
  if (deactivated && userId === actor.id) throw new AppError('CANNOT_DEACTIVATE_SELF');
  db.transaction((tx) => {
    const updated = tx
      .update(user)
      .set({ deactivatedAt: deactivated ? new Date() : null, updatedAt: new Date() })
      .where(eq(user.id, userId))
      .returning({ id: user.id })
      .get();
    if (!updated) throw new AppError('NOT_FOUND', { key: 'errors:users.thereIsNoSuchPerson' });
    if (deactivated) tx.delete(session).where(eq(session.userId, userId)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: deactivated ? 'user.deactivate' : 'user.reactivate',
      entityType: 'user',
      entityId: userId,
    });
  });
}

/**
 * Partnership staff read every network and change nothing inside one. The session reader reads the
 * flag on every request, so giving or taking it away counts from the person's next click.
 */
export function setPartnershipStaff(db: Db, actor: SessionUser, { userId, staff }: { userId: string; staff: boolean }) {
  db.transaction((tx) => {
    const found = tx.select({ staff: user.partnershipStaff }).from(user).where(eq(user.id, userId)).get();
    if (!found) throw new AppError('NOT_FOUND', { key: 'errors:users.thereIsNoSuchPerson' });
    if (found.staff === staff) return;
    tx.update(user).set({ partnershipStaff: staff, updatedAt: new Date() }).where(eq(user.id, userId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'user.setPartnershipStaff', entityType: 'user', entityId: userId, detail: { staff } });
  });
  return { userId, staff };
}

/** A person renames themself; the log keeps the old name and the new one. */
export function updateName(db: Db, actor: SessionUser, { name }: { name: string }) {
  db.transaction((tx) => {
    const found = tx.select({ name: user.name }).from(user).where(eq(user.id, actor.id)).get();
    if (!found) throw new AppError('NOT_FOUND', { key: 'errors:users.thereIsNoSuchPerson' });
    if (found.name === name) return;
    tx.update(user).set({ name, updatedAt: new Date() }).where(eq(user.id, actor.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'user.rename', entityType: 'user', entityId: actor.id, detail: { from: found.name, to: name } });
  });
  return { name };
}

/** The language a person reads Needle in, on every device they sign in on; null follows the browser. */
export function setLanguage(db: Db, actor: SessionUser, { language }: { language: string | null }) {
  if (language !== null && !LANGUAGES.includes(language)) throw new AppError('UNKNOWN_LANGUAGE', { field: 'language' });
  db.transaction((tx) => {
    tx.update(user).set({ language, updatedAt: new Date() }).where(eq(user.id, actor.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'user.language', entityType: 'user', entityId: actor.id, detail: { language } });
  });
  return { language };
}

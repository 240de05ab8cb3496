import { and, asc, count, eq } from 'drizzle-orm';
import { lastLeadBlock } from '../../shared/domain/membership.ts';
import { notificationLinks } from '../../shared/domain/notification-links.ts';
import type { NetworkRole } from '../../shared/schemas/membership.ts';
import type { Sector } from '../../shared/schemas/organization.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { membership, partnerOrganization, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { networkSlug } from './notification-recipients.ts';
import { notify } from './notifications.ts';
import { findOrCreateOrganization } from './organizations.ts';
import type { NetworkAccess } from '../trpc.ts';
import { can } from '../../shared/domain/permissions.ts';

export function listMembers(db: Db, _actor: SessionUser, access: NetworkAccess) {
  const { networkId } = access;
  // Everyone in a network sees who is in it; email addresses only those who invite and manage.
  const opts = { withEmails: can(access, 'invitation.list') };
  const rows = db
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      deactivated: user.deactivatedAt,
      role: membership.role,
      joinedAt: membership.createdAt,
      organizationId: partnerOrganization.id,
      organizationName: partnerOrganization.name,
      organizationSector: partnerOrganization.sector,
    })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .leftJoin(partnerOrganization, eq(partnerOrganization.id, membership.partnerOrganizationId))
    .where(eq(membership.networkId, networkId))
    .orderBy(asc(user.name))
    .all();
  return rows.map(({ email, deactivated, ...r }) => ({
    ...r,
    email: opts.withEmails ? email : null,
    deactivated: deactivated !== null,
  }));
}

function currentMembership(db: DbOrTx, networkId: number, userId: string) {
  const row = db
    .select({ id: membership.id, role: membership.role })
    .from(membership)
    .where(and(eq(membership.networkId, networkId), eq(membership.userId, userId)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:members.thisPersonIsNotA' });
  return row;
}

function leadCount(db: DbOrTx, networkId: number): number {
  return (
    db
      .select({ n: count() })
      .from(membership)
      .where(and(eq(membership.networkId, networkId), eq(membership.role, 'lead')))
      .get()?.n ?? 0
  );
}

export function changeRole(db: Db, actor: SessionUser, { networkId }: NetworkAccess, { userId, role }: { userId: string; role: NetworkRole }) {
  db.transaction((tx) => {
    const current = currentMembership(tx, networkId, userId);
    if (current.role === role) return;
    const block = lastLeadBlock(leadCount(tx, networkId), current.role, role);
    if (block) throw new AppError('LAST_LEAD', { message: block, field: 'role' });
    tx.update(membership).set({ role, updatedAt: new Date() }).where(eq(membership.id, current.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'member.changeRole',
      entityType: 'user',
      entityId: userId,
      networkId,
      detail: { from: current.role, to: role },
    });
    notify(tx, { userIds: [userId], event: 'role_changed', networkId, actorId: actor.id, detail: { role }, link: notificationLinks.network(networkSlug(tx, networkId)) });
  });
}

export function removeMember(db: Db, actor: SessionUser, { networkId }: NetworkAccess, { userId }: { userId: string }) {
  db.transaction((tx) => {
    const current = currentMembership(tx, networkId, userId);
    const block = lastLeadBlock(leadCount(tx, networkId), current.role, 'removed');
    if (block) throw new AppError('LAST_LEAD', { message: block });
    tx.delete(membership).where(eq(membership.id, current.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'member.remove',
      entityType: 'user',
      entityId: userId,
      networkId,
      detail: { role: current.role },
    });
  });
}

export type OrganizationChoice =
  | { kind: 'none' }
  | { kind: 'existing'; organizationId: number }
  | { kind: 'new'; name: string; sector: Sector };

/** A person records which partner organization they represent in this network. */
export function setMyOrganization(db: Db, actor: SessionUser, { networkId }: NetworkAccess, { organization: choice }: { organization: OrganizationChoice }) {
  return db.transaction((tx) => {
    const current = currentMembership(tx, networkId, actor.id);
    let organizationId: number | null = null;
    if (choice.kind === 'existing') {
      const org = tx
        .select({ id: partnerOrganization.id })
        .from(partnerOrganization)
        .where(eq(partnerOrganization.id, choice.organizationId))
        .get();
      if (!org) throw new AppError('NOT_FOUND', { key: 'errors:members.thereIsNoSuchOrganization', field: 'organization.organizationId' });
      organizationId = org.id;
    } else if (choice.kind === 'new') {
      organizationId = findOrCreateOrganization(tx, actor, { name: choice.name, sector: choice.sector }).id;
    }
    tx.update(membership)
      .set({ partnerOrganizationId: organizationId, updatedAt: new Date() })
      .where(eq(membership.id, current.id))
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'member.setOrganization',
      entityType: 'user',
      entityId: actor.id,
      networkId,
      detail: { organizationId },
    });
    return { organizationId };
  });
}

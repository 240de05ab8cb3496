import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { invitationExpiry, invitationState, maxUsesAllowed, type Inviter } from '../../shared/domain/invitation.ts';
import { canInviteRole } from '../../shared/domain/permissions.ts';
import type { NewAccountInput } from '../../shared/schemas/auth.ts';
import type { InvitationCreateInput } from '../../shared/schemas/invitation.ts';
import type { NetworkRole } from '../../shared/schemas/membership.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { invitation, mailOutbox, membership, network, user } from '../db/schema.ts';
import type { Tx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { enqueueMail, isMailOn } from '../mail/outbox.ts';
import type { NetworkAccess } from '../trpc.ts';
import { insertAccount, prepareAccount } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { peopleOf } from './notification-recipients.ts';
import { notify } from './notifications.ts';
import { notificationLinks } from '../../shared/domain/notification-links.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// The creator's standing today, selected beside the invitation: their account and their
// membership in the invitation's network.
const inviterColumns = {
  inviterIsAdmin: user.isAdmin,
  inviterDeactivatedAt: user.deactivatedAt,
  inviterRole: membership.role,
};
const inviterMembership = and(eq(membership.networkId, invitation.networkId), eq(membership.userId, invitation.createdById));

function inviterOf(row: { inviterIsAdmin: boolean | null; inviterDeactivatedAt: Date | null; inviterRole: NetworkRole | null }): Inviter {
  if (row.inviterIsAdmin === null) return null; // the account is gone
  return { isAdmin: row.inviterIsAdmin, deactivated: row.inviterDeactivatedAt !== null, role: row.inviterRole };
}

export function createInvitation(db: Db, actor: SessionUser, access: NetworkAccess, input: Omit<InvitationCreateInput, 'networkId'>) {
  if (!canInviteRole(access, input.role)) throw new AppError('INVITATION_ROLE_FORBIDDEN', { field: 'role' });
  const cap = maxUsesAllowed(input.role);
  if (cap !== null && input.maxUses > cap) {
    throw new AppError('INVITATION_UNUSABLE', {
      key: 'errors:invitations.aFacilitatorOrLeadInvitation',
      field: 'maxUses',
    });
  }
  if (input.email && !isMailOn(db)) throw new AppError('MAIL_OFF', { field: 'email' });
  const token = randomBytes(32).toString('base64url');
  return db.transaction((tx) => {
    const created = tx
      .insert(invitation)
      .values({
        networkId: access.networkId,
        tokenHash: hashToken(token),
        role: input.role,
        maxUses: input.maxUses,
        note: input.note || null,
        expiresAt: invitationExpiry(new Date(), input.expiresInDays),
        createdById: actor.id,
      })
      .returning({ id: invitation.id, expiresAt: invitation.expiresAt })
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: created.id,
      networkId: access.networkId,
      detail: { role: input.role, maxUses: input.maxUses, expiresAt: created.expiresAt.toISOString() },
    });
    // The email goes if and only if the invitation lands; the worker writes it from the outbox row.
    const sentTo = input.email && enqueueMail(tx, { to: input.email, userId: null, payload: { kind: 'invitation', invitationId: created.id, token, ...(actor.language ? { lang: actor.language } : {}) } }) !== null ? input.email : null;
    // The token leaves the server only here (and in the outbox row): the invitation keeps its hash.
    return { id: created.id, token, expiresAt: created.expiresAt, sentTo };
  });
}

// Where an invitation was emailed: the invitation keeps no address, its outbox row does.
const sentToColumn = sql<string | null>`(select ${mailOutbox.to} from ${mailOutbox} where ${mailOutbox.kind} = 'invitation' and json_extract(${mailOutbox.payload}, '$.invitationId') = ${invitation.id} order by ${mailOutbox.id} desc limit 1)`;

export function listInvitations(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const now = new Date();
  return db
    .select({
      id: invitation.id,
      role: invitation.role,
      maxUses: invitation.maxUses,
      useCount: invitation.useCount,
      note: invitation.note,
      expiresAt: invitation.expiresAt,
      revokedAt: invitation.revokedAt,
      createdAt: invitation.createdAt,
      createdByName: user.name,
      sentTo: sentToColumn,
      ...inviterColumns,
    })
    .from(invitation)
    .leftJoin(user, eq(user.id, invitation.createdById))
    .leftJoin(membership, inviterMembership)
    .where(eq(invitation.networkId, networkId))
    .orderBy(desc(invitation.id))
    .all()
    .map(({ inviterIsAdmin, inviterDeactivatedAt, inviterRole, ...inv }) => ({
      ...inv,
      state: invitationState({ ...inv, inviter: inviterOf({ inviterIsAdmin, inviterDeactivatedAt, inviterRole }) }, now),
    }));
}

/** Revoking twice is harmless: the first revocation's time and audit entry stand. */
export function revokeInvitation(db: Db, actor: SessionUser, { networkId }: NetworkAccess, { invitationId }: { invitationId: number }) {
  db.transaction((tx) => {
    const found = tx
      .select({ revokedAt: invitation.revokedAt })
      .from(invitation)
      .where(and(eq(invitation.id, invitationId), eq(invitation.networkId, networkId)))
      .get();
    if (!found) throw new AppError('NOT_FOUND', { key: 'errors:invitations.thereIsNoSuchInvitation' });
    if (found.revokedAt) return;
    tx.update(invitation).set({ revokedAt: new Date() }).where(eq(invitation.id, invitationId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'invitation.revoke', entityType: 'invitation', entityId: invitationId, networkId });
  });
}

function findByToken(db: Db | Tx, token: string) {
  const row = db
    .select({
      id: invitation.id,
      networkId: invitation.networkId,
      role: invitation.role,
      maxUses: invitation.maxUses,
      useCount: invitation.useCount,
      expiresAt: invitation.expiresAt,
      revokedAt: invitation.revokedAt,
      networkName: network.name,
      networkSlug: network.slug,
      invitedBy: user.name,
      ...inviterColumns,
    })
    .from(invitation)
    .innerJoin(network, eq(network.id, invitation.networkId))
    .leftJoin(user, eq(user.id, invitation.createdById))
    .leftJoin(membership, inviterMembership)
    .where(eq(invitation.tokenHash, hashToken(token)))
    .get();
  if (!row) throw new AppError('INVITATION_INVALID');
  const { inviterIsAdmin, inviterDeactivatedAt, inviterRole, ...inv } = row;
  return { ...inv, inviter: inviterOf({ inviterIsAdmin, inviterDeactivatedAt, inviterRole }) };
}

/** What the invitee sees before joining: the network's name and the role, nothing private. */
export function previewInvitation(db: Db, viewer: SessionUser | null, { token }: { token: string }) {
  const inv = findByToken(db, token);
  const alreadyMember =
    viewer !== null &&
    db
      .select({ id: membership.id })
      .from(membership)
      .where(and(eq(membership.networkId, inv.networkId), eq(membership.userId, viewer.id)))
      .get() !== undefined;
  return {
    networkName: inv.networkName,
    networkSlug: inv.networkSlug,
    role: inv.role,
    invitedBy: inv.invitedBy,
    expiresAt: inv.expiresAt,
    state: invitationState(inv, new Date()),
    alreadyMember,
  };
}


function assertUsable(inv: ReturnType<typeof findByToken>) {
  const state = invitationState(inv, new Date());
  if (state !== 'active') throw new AppError('INVITATION_UNUSABLE', { key: `errors:invitations.unusable.${state}` });
}

/** Uses one place on the invitation and adds the membership, all or nothing. */
function joinTx(tx: Tx, token: string, userId: string) {
  const inv = findByToken(tx, token);
  assertUsable(inv);
  const existing = tx
    .select({ id: membership.id })
    .from(membership)
    .where(and(eq(membership.networkId, inv.networkId), eq(membership.userId, userId)))
    .get();
  if (existing) throw new AppError('ALREADY_MEMBER');
  tx.update(invitation).set({ useCount: sql`${invitation.useCount} + 1` }).where(eq(invitation.id, inv.id)).run();
  tx.insert(membership).values({ networkId: inv.networkId, userId, role: inv.role }).run();
  recordAudit(tx, {
    actorId: userId,
    action: 'invitation.accept',
    entityType: 'invitation',
    entityId: inv.id,
    networkId: inv.networkId,
    detail: { role: inv.role },
  });
  const name = tx.select({ name: user.name }).from(user).where(eq(user.id, userId)).get()?.name ?? '';
  notify(tx, {
    userIds: peopleOf(tx, inv.networkId, ['facilitator', 'lead']),
    event: 'member_joined',
    networkId: inv.networkId,
    actorId: userId,
    detail: { name },
    link: notificationLinks.people(inv.networkSlug),
  });
  return { networkSlug: inv.networkSlug, networkId: inv.networkId };
}

export function acceptInvitation(db: Db, viewer: SessionUser, { token }: { token: string }) {
  return db.transaction((tx) => joinTx(tx, token, viewer.id));
}

/** A newcomer creates their account through the invitation: account and membership land together. */
export async function signUpWithInvitation(db: Db, input: NewAccountInput & { token: string }) {
  const inv = findByToken(db, input.token);
  assertUsable(inv); // fail before the slow hashing; checked again inside the transaction
  const prepared = await prepareAccount(db, input);
  return db.transaction((tx) => {
    const userId = insertAccount(tx, prepared, { isAdmin: false });
    recordAudit(tx, { actorId: userId, action: 'user.signUp', entityType: 'user', entityId: userId, networkId: inv.networkId });
    return { ...joinTx(tx, input.token, userId), email: prepared.email };
  });
}

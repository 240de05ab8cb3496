import { and, asc, count, eq, like, or, sql } from 'drizzle-orm';
import { uniqueSlug, slugify } from '../../shared/domain/slug.ts';
import type { NetworkRole } from '../../shared/schemas/membership.ts';
import type { NetworkFields } from '../../shared/schemas/network.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { preparedFor } from '../db/prepared.ts';
import { membership, network, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { networkSlug } from './notification-recipients.ts';
import { notify } from './notifications.ts';
import { notificationLinks } from '../../shared/domain/notification-links.ts';
import type { NetworkAccess } from '../trpc.ts';
import { assertVersion } from './versions.ts';

// Qualified by hand: drizzle writes bare column names in a select without joins, and a bare "id"
// inside this subquery would mean membership.id.
const memberCount = sql<number>`(select count(*) from ${membership} where ${membership}.${sql.identifier(membership.networkId.name)} = ${network}.${sql.identifier(network.id.name)})`;

const seesEveryNetwork = (viewer: SessionUser) => viewer.isAdmin || viewer.partnershipStaff === true;

/** The networks a person belongs to, with their role; site admins and partnership staff see every network. */
export function listNetworks(db: Db, viewer: SessionUser) {
  const rows = db
    .select({
      id: network.id,
      name: network.name,
      slug: network.slug,
      outcomeArea: network.outcomeArea,
      status: network.status,
      role: membership.role,
      memberCount,
    })
    .from(network)
    .leftJoin(membership, and(eq(membership.networkId, network.id), eq(membership.userId, viewer.id)))
    .where(seesEveryNetwork(viewer) ? undefined : sql`${membership.id} is not null`)
    .orderBy(asc(network.name))
    .all();
  return rows;
}

/**
 * A network by its address, for its members and site admins. To anyone else a private network
 * answers exactly as a missing one does: its name in an address must not confirm it exists.
 */
export function getNetworkBySlug(db: Db, viewer: SessionUser, { slug }: { slug: string }) {
  const notFound = () => new AppError('NOT_FOUND', { key: 'errors:networks.thereIsNoNetworkAt' });
  const row = db.select().from(network).where(eq(network.slug, slug)).get();
  if (!row) throw notFound();
  const mine = db
    .select({ role: membership.role })
    .from(membership)
    .where(and(eq(membership.networkId, row.id), eq(membership.userId, viewer.id)))
    .get();
  if (!mine && !seesEveryNetwork(viewer)) throw notFound();
  return { ...row, role: (mine?.role ?? null) as NetworkRole | null };
}

/** A network's home: who is in it, by role. */
// The network home asks for these on every visit.
const roleCounts = preparedFor((db) =>
  db
    .select({ role: membership.role, n: count() })
    .from(membership)
    .where(eq(membership.networkId, sql.placeholder('networkId')))
    .groupBy(membership.role)
    .prepare(),
);
const leadsOf = preparedFor((db) =>
  db
    .select({ id: user.id, name: user.name })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.networkId, sql.placeholder('networkId')), eq(membership.role, 'lead')))
    .orderBy(asc(user.name))
    .prepare(),
);

export function networkOverview(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const counts: Record<NetworkRole, number> = { member: 0, facilitator: 0, lead: 0 };
  for (const r of roleCounts(db).all({ networkId })) counts[r.role] = r.n;
  return { counts, leads: leadsOf(db).all({ networkId }) };
}

function takenSlugs(db: DbOrTx, base: string): Set<string> {
  const rows = db
    .select({ slug: network.slug })
    .from(network)
    .where(or(eq(network.slug, base), like(network.slug, `${base}-%`)))
    .all();
  return new Set(rows.map((r) => r.slug));
}

export function createNetwork(db: Db, actor: SessionUser, input: NetworkFields & { leadUserId?: string }) {
  return db.transaction((tx) => {
    const base = slugify(input.name);
    const slug = uniqueSlug(base, takenSlugs(tx, base));
    const created = tx
      .insert(network)
      .values({ name: input.name, slug, outcomeArea: input.outcomeArea, status: input.status })
      .returning()
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'network.create',
      entityType: 'network',
      entityId: created.id,
      networkId: created.id,
      detail: { name: created.name, outcomeArea: created.outcomeArea, status: created.status },
    });
    if (input.leadUserId) appointLeadTx(tx, actor, created.id, input.leadUserId);
    return created;
  });
}

export function updateNetwork(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: NetworkFields & { version: number }) {
  return db.transaction((tx) => {
    const current = tx.select().from(network).where(eq(network.id, networkId)).get();
    if (!current) throw new AppError('NOT_FOUND');
    assertVersion(current.version, input.version, { key: 'errors:networks.changedMeanwhile', values: { name: current.name, area: current.outcomeArea, status: current.status } });
    const { name, outcomeArea, status } = input;
    const updated = tx
      .update(network)
      .set({ name, outcomeArea, status, version: current.version + 1, updatedAt: new Date() })
      .where(eq(network.id, networkId))
      .returning()
      .get()!;
    recordAudit(tx, {
      actorId: actor.id,
      action: 'network.update',
      entityType: 'network',
      entityId: networkId,
      networkId,
      detail: { name, outcomeArea, status },
    });
    return updated;
  });
}

function appointLeadTx(tx: DbOrTx, actor: SessionUser, networkId: number, userId: string) {
  // adminProcedure does not check the network (networkProcedure would): without this, a missing
  // network is a foreign-key failure, a 500.
  const exists = tx.select({ id: network.id }).from(network).where(eq(network.id, networkId)).get();
  if (!exists) throw new AppError('NOT_FOUND', { key: 'errors:networks.thisNetworkDoesNotExist' });
  const target = tx.select({ id: user.id, deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.id, userId)).get();
  if (!target) throw new AppError('NOT_FOUND', { key: 'errors:networks.thereIsNoSuchPerson', field: 'userId' });
  if (target.deactivatedAt) throw new AppError('ACCOUNT_DEACTIVATED', { field: 'userId' });
  const before = tx.select({ role: membership.role }).from(membership).where(and(eq(membership.networkId, networkId), eq(membership.userId, userId))).get();
  tx.insert(membership)
    .values({ networkId, userId, role: 'lead' })
    .onConflictDoUpdate({ target: [membership.networkId, membership.userId], set: { role: 'lead', updatedAt: new Date() } })
    .run();
  recordAudit(tx, { actorId: actor.id, action: 'network.appointLead', entityType: 'user', entityId: userId, networkId });
  if (before?.role !== 'lead') notify(tx, { userIds: [userId], event: 'role_changed', networkId, actorId: actor.id, detail: { role: 'lead' }, link: notificationLinks.network(networkSlug(tx, networkId)) });
}

/** Site admins appoint an existing person as a lead (adding them to the network if needed). */
export function appointLead(db: Db, actor: SessionUser, { networkId, userId }: { networkId: number; userId: string }) {
  db.transaction((tx) => appointLeadTx(tx, actor, networkId, userId));
}

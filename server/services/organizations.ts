import { asc, eq } from 'drizzle-orm';
import type { Sector } from '../../shared/schemas/organization.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { membership, partnerOrganization, pdsaCycle, planAction } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { DbOrTx } from '../db/types.ts';
import { recordAudit } from './audit.ts';
import type { NetworkAccess } from '../trpc.ts';

export function listOrganizations(db: Db, _actor: SessionUser) {
  return db.select().from(partnerOrganization).orderBy(asc(partnerOrganization.name)).all();
}

const nameKey = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * Names are matched case-insensitively, so "Eastside Library" is not added twice. Compared here
 * rather than with SQLite's lower(), which folds ASCII only ("École" ≠ "école"); a partnership
 * has a few hundred organizations at most.
 */
function sameName(db: DbOrTx, name: string) {
  const key = nameKey(name);
  return db
    .select()
    .from(partnerOrganization)
    .all()
    .find((org) => nameKey(org.name) === key);
}

function insertOrganization(db: DbOrTx, actor: SessionUser, input: { name: string; sector: Sector }, networkId: number | null) {
  const created = db.insert(partnerOrganization).values(input).returning().get();
  recordAudit(db, { actorId: actor.id, action: 'organization.create', entityType: 'partner_organization', entityId: created.id, networkId, detail: { ...input } });
  return created;
}

export function findOrCreateOrganization(db: DbOrTx, actor: SessionUser, input: { name: string; sector: Sector }) {
  return sameName(db, input.name) ?? insertOrganization(db, actor, input, null);
}

export function createOrganization(db: Db, actor: SessionUser, input: { name: string; sector: Sector }) {
  return db.transaction((tx) => findOrCreateOrganization(tx, actor, input));
}

function organizationById(db: DbOrTx, id: number, field: string) {
  const org = db.select().from(partnerOrganization).where(eq(partnerOrganization.id, id)).get();
  if (!org) throw new AppError('NOT_FOUND', { key: 'errors:organizations.thereIsNoSuchOrganization', field });
  return org;
}

/** Added by backbone staff, often before anyone from the organization has an account. */
export function addOrganization(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { name: string; sector: Sector }) {
  return db.transaction((tx) => {
    const existing = sameName(tx, input.name);
    if (existing) throw new AppError('ORGANIZATION_EXISTS', { key: 'errors:organizations.named', values: { name: existing.name }, field: 'name' });
    return insertOrganization(tx, actor, input, networkId);
  });
}

export function renameOrganization(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { organizationId: number; name: string; sector: Sector }) {
  return db.transaction((tx) => {
    const org = organizationById(tx, input.organizationId, 'organizationId');
    const other = sameName(tx, input.name);
    if (other && other.id !== org.id) {
      throw new AppError('ORGANIZATION_EXISTS', { key: 'errors:organizations.namedMerge', values: { name: other.name }, field: 'name' });
    }
    tx.update(partnerOrganization).set({ name: input.name, sector: input.sector }).where(eq(partnerOrganization.id, org.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'organization.rename',
      entityType: 'partner_organization',
      entityId: org.id,
      networkId,
      detail: { from: org.name, to: input.name, sector: input.sector },
    });
  });
}

/** The same organization entered twice becomes one: people, actions and cycles move to the one kept. */
export function mergeOrganizations(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { organizationId: number; intoId: number }) {
  return db.transaction((tx) => {
    if (input.organizationId === input.intoId) throw new AppError('ORGANIZATION_MERGE_SELF', { field: 'intoId' });
    const from = organizationById(tx, input.organizationId, 'organizationId');
    const into = organizationById(tx, input.intoId, 'intoId');
    for (const table of [membership, planAction, pdsaCycle]) {
      tx.update(table).set({ partnerOrganizationId: into.id }).where(eq(table.partnerOrganizationId, from.id)).run();
    }
    tx.delete(partnerOrganization).where(eq(partnerOrganization.id, from.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'organization.merge',
      entityType: 'partner_organization',
      entityId: into.id,
      networkId,
      detail: { from: from.name, into: into.name },
    });
  });
}

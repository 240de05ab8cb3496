import { asc } from 'drizzle-orm';
import type { Sector } from '../../shared/schemas/organization.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { partnerOrganization } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { recordAudit } from './audit.ts';

export function listOrganizations(db: Db) {
  return db.select().from(partnerOrganization).orderBy(asc(partnerOrganization.name)).all();
}

const nameKey = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * Names are matched case-insensitively, so "Eastside Library" is not added twice. Compared here
 * rather than with SQLite's lower(), which folds ASCII only ("École" ≠ "école"); a partnership
 * has a few hundred organizations at most.
 */
export function findOrCreateOrganization(db: DbOrTx, actor: SessionUser, input: { name: string; sector: Sector }) {
  const key = nameKey(input.name);
  const existing = db
    .select()
    .from(partnerOrganization)
    .all()
    .find((org) => nameKey(org.name) === key);
  if (existing) return existing;
  const created = db.insert(partnerOrganization).values(input).returning().get();
  recordAudit(db, {
    actorId: actor.id,
    action: 'organization.create',
    entityType: 'partner_organization',
    entityId: created.id,
    detail: { ...input },
  });
  return created;
}

export function createOrganization(db: Db, actor: SessionUser, input: { name: string; sector: Sector }) {
  return db.transaction((tx) => findOrCreateOrganization(tx, actor, input));
}

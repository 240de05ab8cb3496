import { and, eq, inArray } from 'drizzle-orm';
import type { NetworkRole } from '../../shared/schemas/membership.ts';
import { membership, network } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';

/** The network's slug, for the link a notification leads to. */
export function networkSlug(db: DbOrTx, networkId: number): string {
  return db.select({ slug: network.slug }).from(network).where(eq(network.id, networkId)).get()?.slug ?? '';
}

/** The people of a network with one of these roles (all roles when none are named). */
export function peopleOf(db: DbOrTx, networkId: number, roles?: readonly NetworkRole[]): string[] {
  return db
    .select({ id: membership.userId })
    .from(membership)
    .where(and(eq(membership.networkId, networkId), roles ? inArray(membership.role, [...roles]) : undefined))
    .all()
    .map((r) => r.id);
}

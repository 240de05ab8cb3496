import type { SessionUser } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { membership, network } from '../../server/db/schema.ts';
import type { NetworkRole } from '../../shared/schemas/membership.ts';
import type { NetworkFields } from '../../shared/schemas/network.ts';
import { makeUser } from './db.ts';

/** Inserts a network directly (a fixture: no audit row). */
export function makeNetwork(db: Db, fields: Partial<NetworkFields> & { slug?: string } = {}): number {
  const name = fields.name ?? 'Kindergarten Readiness';
  return db
    .insert(network)
    .values({
      name,
      slug: fields.slug ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      outcomeArea: fields.outcomeArea ?? 'kindergarten_readiness',
      status: fields.status ?? 'active',
    })
    .returning({ id: network.id })
    .get().id;
}

export function addMember(db: Db, networkId: number, userId: string, role: NetworkRole): void {
  db.insert(membership).values({ networkId, userId, role }).run();
}

export type Scene = {
  db: Db;
  networkA: number;
  networkB: number;
  /** A site administrator, member of no network. */
  admin: SessionUser;
  lead: SessionUser;
  facilitator: SessionUser;
  member: SessionUser;
  /** A member of network B only. */
  outsider: SessionUser;
  /** Partnership staff: member of no network, reads every one. */
  staff: SessionUser;
};

/** Two networks: A with a lead, a facilitator and a member; B with the outsider; and a site admin. */
export async function scene(db: Db): Promise<Scene> {
  const networkA = makeNetwork(db, { name: 'Kindergarten Readiness', slug: 'kindergarten-readiness' });
  const networkB = makeNetwork(db, { name: 'Opportunity Youth', slug: 'opportunity-youth', outcomeArea: 'employment' });
  const admin = await makeUser(db, { name: 'Ada Admin', isAdmin: true });
  const lead = await makeUser(db, { name: 'Lee Lead' });
  const facilitator = await makeUser(db, { name: 'Fay Facilitator' });
  const member = await makeUser(db, { name: 'Mo Member' });
  const outsider = await makeUser(db, { name: 'Otto Outsider' });
  const staff = await makeUser(db, { name: 'Sasha Staff', partnershipStaff: true });
  addMember(db, networkA, lead.id, 'lead');
  addMember(db, networkA, facilitator.id, 'facilitator');
  addMember(db, networkA, member.id, 'member');
  addMember(db, networkB, outsider.id, 'member');
  return { db, networkA, networkB, admin, lead, facilitator, member, outsider, staff };
}

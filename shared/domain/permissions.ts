import type { NetworkRole } from '../schemas/membership.ts';

const RANK: Record<NetworkRole, number> = { member: 1, facilitator: 2, lead: 3 };

export function roleAtLeast(role: NetworkRole, minimum: NetworkRole): boolean {
  return RANK[role] >= RANK[minimum];
}

// What each role may do inside a network. One table, read by the server's networkProcedure
// and by the client to decide which controls to show. Site admins may do everything.
export const NETWORK_PERMISSIONS = {
  'network.read': 'member',
  'network.update': 'lead',
  'member.list': 'member',
  'member.setMyOrganization': 'member',
  'member.changeRole': 'lead',
  // Partner organizations are shared by the partnership; backbone staff keep the list tidy.
  'organization.manage': 'facilitator',
  'member.remove': 'lead',
  'invitation.list': 'facilitator',
  'invitation.create': 'facilitator',
  'invitation.revoke': 'facilitator',
  'audit.listNetwork': 'lead',
  'charter.read': 'member',
  'charter.edit': 'facilitator',
  'charter.review': 'lead',
  'plan.read': 'member',
  'plan.edit': 'facilitator',
  'plan.review': 'lead',
  // Members may report progress on the actions they own; the service checks ownership.
  'action.progress': 'member',
  'cycle.read': 'member',
  // Members create cycles and edit their own (owner, co-owner or creator: the service checks);
  // facilitators and leads edit every cycle of the network.
  'cycle.create': 'member',
  'cycle.edit': 'member',
  'cycle.editAny': 'facilitator',
  'meeting.read': 'member',
  'meeting.edit': 'facilitator',
  // At a meeting each member ticks themselves in on their phone; facilitators run the rest.
  'meeting.checkIn': 'member',
  'indicator.read': 'member',
  'indicator.edit': 'facilitator',
  // Members read published reports; facilitators and leads compose, see drafts and publish.
  'report.read': 'member',
  'report.edit': 'facilitator',
  'report.publish': 'facilitator',
} as const satisfies Record<string, NetworkRole>;

export type NetworkAction = keyof typeof NETWORK_PERMISSIONS;

/**
 * What partnership staff (backbone data and communications staff, board liaisons) may do in every
 * network: read what its members read. They write nothing inside a network.
 */
const STAFF_READS: ReadonlySet<NetworkAction> = new Set(['network.read', 'member.list', 'charter.read', 'plan.read', 'cycle.read', 'meeting.read', 'indicator.read', 'report.read']);

/**
 * The caller's standing in a network: a role (null: not a member), whether they are a site admin,
 * and whether they are partnership staff.
 */
export type NetworkStanding = { role: NetworkRole | null; isAdmin: boolean; partnershipStaff?: boolean };

export function can(standing: NetworkStanding, action: NetworkAction): boolean {
  if (standing.isAdmin) return true;
  if (standing.role !== null && roleAtLeast(standing.role, NETWORK_PERMISSIONS[action])) return true;
  return standing.partnershipStaff === true && STAFF_READS.has(action);
}

/** Whether the caller sees the network only as partnership staff: from outside, read-only. */
export const readsOnlyAsStaff = (standing: NetworkStanding) => !standing.isAdmin && standing.role === null && standing.partnershipStaff === true;

/** Facilitators may invite members and facilitators; only leads (and admins) may invite leads. */
export function canInviteRole(standing: NetworkStanding, role: NetworkRole): boolean {
  if (!can(standing, 'invitation.create')) return false;
  if (role === 'lead') return standing.isAdmin || standing.role === 'lead';
  return true;
}

import { and, eq, inArray } from 'drizzle-orm';
import { driverNode, meeting, membership, partnerOrganization } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';

// A record's links must point inside its own network: an id from another network is refused as
// if it did not exist, and the error names the form field that holds it.

export function assertMembers(db: DbOrTx, networkId: number, userIds: readonly string[], field: string, message: string): void {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const found = db
    .select({ userId: membership.userId })
    .from(membership)
    .where(and(eq(membership.networkId, networkId), inArray(membership.userId, unique)))
    .all();
  if (found.length !== unique.length) throw new AppError('NOT_FOUND', { message, field });
}

export function assertOrganization(db: DbOrTx, organizationId: number | null, field = 'partnerOrganizationId'): void {
  if (organizationId === null) return;
  const org = db.select({ id: partnerOrganization.id }).from(partnerOrganization).where(eq(partnerOrganization.id, organizationId)).get();
  if (!org) throw new AppError('NOT_FOUND', { key: 'errors:links.chooseAPartnerOrganization', field });
}

/** A node of this network's driver diagram; `kind` narrows it (a cycle tests a change idea). */
export function assertNode(db: DbOrTx, networkId: number, nodeId: number | null, field: string, kind?: 'change_idea'): void {
  if (nodeId === null) return;
  const node = db.select({ kind: driverNode.kind }).from(driverNode).where(and(eq(driverNode.id, nodeId), eq(driverNode.networkId, networkId))).get();
  if (!node || (kind && node.kind !== kind)) {
    throw new AppError('NOT_FOUND', {
      message: kind ? 'Choose a change idea from this network’s action plan.' : 'Choose a driver or change idea from this network.',
      field,
    });
  }
}

export function assertMeeting(db: DbOrTx, networkId: number, meetingId: number | null, field = 'meetingId'): void {
  if (meetingId === null) return;
  const row = db.select({ id: meeting.id }).from(meeting).where(and(eq(meeting.id, meetingId), eq(meeting.networkId, networkId))).get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:links.chooseAMeetingOfThis', field });
}

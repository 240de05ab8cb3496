import type { NetworkRole } from '../schemas/membership.ts';
import { canInviteRole } from './permissions.ts';

export type InvitationState = 'active' | 'expired' | 'revoked' | 'used_up' | 'inviter_lost_access';

/** The link's creator as they stand now; null when the account no longer exists. */
export type Inviter = { isAdmin: boolean; deactivated: boolean; role: NetworkRole | null } | null;

/**
 * A link speaks for the person who made it, so it admits people only while that person could
 * still make it: an active account that may invite at the link's role in its network today.
 */
export function inviterMayInvite(inviter: Inviter, linkRole: NetworkRole): boolean {
  if (!inviter || inviter.deactivated) return false;
  return canInviteRole({ isAdmin: inviter.isAdmin, role: inviter.role }, linkRole);
}

export function invitationState(
  inv: { expiresAt: Date; revokedAt: Date | null; useCount: number; maxUses: number; role: NetworkRole; inviter: Inviter },
  now: Date,
): InvitationState {
  if (inv.revokedAt) return 'revoked';
  if (inv.useCount >= inv.maxUses) return 'used_up';
  if (inv.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (!inviterMayInvite(inv.inviter, inv.role)) return 'inviter_lost_access';
  return 'active';
}

/** Links that hand out facilitator or lead rights are for one person only. */
export function maxUsesAllowed(role: NetworkRole): number | null {
  return role === 'member' ? null : 1;
}

export function invitationExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

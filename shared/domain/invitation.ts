import type { NetworkRole } from '../schemas/membership.ts';

export type InvitationState = 'active' | 'expired' | 'revoked' | 'used_up';

export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
  used_up: 'Used up',
};

export function invitationState(
  inv: { expiresAt: Date; revokedAt: Date | null; useCount: number; maxUses: number },
  now: Date,
): InvitationState {
  if (inv.revokedAt) return 'revoked';
  if (inv.useCount >= inv.maxUses) return 'used_up';
  if (inv.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** Links that hand out facilitator or lead rights are for one person only. */
export function maxUsesAllowed(role: NetworkRole): number | null {
  return role === 'member' ? null : 1;
}

export function invitationExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

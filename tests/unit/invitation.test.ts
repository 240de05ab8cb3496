import { describe, expect, it } from 'vitest';
import { invitationExpiry, invitationState, inviterMayInvite, maxUsesAllowed } from '../../shared/domain/invitation.ts';

const now = new Date('2026-03-10T12:00:00Z');
const facilitator = { isAdmin: false, deactivated: false, role: 'facilitator' as const };
const active = { expiresAt: new Date('2026-03-11T12:00:00Z'), revokedAt: null, useCount: 0, maxUses: 3, role: 'member' as const, inviter: facilitator };

describe('invitationState', () => {
  it('is active while unrevoked, unexpired and not used up', () => {
    expect(invitationState(active, now)).toBe('active');
    expect(invitationState({ ...active, useCount: 2 }, now)).toBe('active');
  });

  it('is used up at maxUses (and beyond)', () => {
    expect(invitationState({ ...active, useCount: 3 }, now)).toBe('used_up');
    expect(invitationState({ ...active, useCount: 4 }, now)).toBe('used_up');
  });

  it('expires at the expiry instant, not a millisecond later', () => {
    expect(invitationState({ ...active, expiresAt: new Date(now.getTime() + 1) }, now)).toBe('active');
    expect(invitationState({ ...active, expiresAt: now }, now)).toBe('expired');
  });

  it('reports revoked first, then used up, then expired', () => {
    const everything = { ...active, expiresAt: new Date(0), revokedAt: new Date(0), useCount: 9, maxUses: 1, inviter: null };
    expect(invitationState(everything, now)).toBe('revoked');
    expect(invitationState({ ...everything, revokedAt: null }, now)).toBe('used_up');
  });
});

describe('inviterMayInvite', () => {
  it('holds while the creator is active and may still invite at the link’s role', () => {
    expect(inviterMayInvite(facilitator, 'member')).toBe(true);
    expect(inviterMayInvite(facilitator, 'facilitator')).toBe(true);
    expect(inviterMayInvite({ ...facilitator, role: 'lead' }, 'lead')).toBe(true);
    expect(inviterMayInvite({ isAdmin: true, deactivated: false, role: null }, 'lead')).toBe(true);
  });

  it('fails once the creator left the network, was deactivated, was deleted or lost the rank the link needs', () => {
    expect(inviterMayInvite({ ...facilitator, role: null }, 'member')).toBe(false);
    expect(inviterMayInvite({ ...facilitator, deactivated: true }, 'member')).toBe(false);
    expect(inviterMayInvite({ isAdmin: true, deactivated: true, role: null }, 'member')).toBe(false);
    expect(inviterMayInvite(null, 'member')).toBe(false);
    expect(inviterMayInvite({ ...facilitator, role: 'member' }, 'member')).toBe(false);
    expect(inviterMayInvite(facilitator, 'lead')).toBe(false);
  });

  it('makes an otherwise active link read as no longer valid, after the other reasons', () => {
    expect(invitationState({ ...active, inviter: null }, now)).toBe('inviter_lost_access');
    expect(invitationState({ ...active, inviter: null, revokedAt: now }, now)).toBe('revoked');
  });
});

describe('maxUsesAllowed', () => {
  it('caps facilitator and lead links at one person; member links are open', () => {
    expect(maxUsesAllowed('member')).toBeNull();
    expect(maxUsesAllowed('facilitator')).toBe(1);
    expect(maxUsesAllowed('lead')).toBe(1);
  });
});

describe('invitationExpiry', () => {
  it('adds whole days of 24 hours, across a daylight-saving change too', () => {
    // TZ is pinned to America/Chicago; DST began 2026-03-08.
    const start = new Date('2026-03-05T12:00:00Z');
    expect(invitationExpiry(start, 7).toISOString()).toBe('2026-03-12T12:00:00.000Z');
    expect(invitationExpiry(start, 1).getTime() - start.getTime()).toBe(86_400_000);
  });
});

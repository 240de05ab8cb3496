import { describe, expect, it } from 'vitest';
import { invitationExpiry, invitationState, maxUsesAllowed } from '../../shared/domain/invitation.ts';

const now = new Date('2026-03-10T12:00:00Z');
const active = { expiresAt: new Date('2026-03-11T12:00:00Z'), revokedAt: null, useCount: 0, maxUses: 3 };

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
    const everything = { expiresAt: new Date(0), revokedAt: new Date(0), useCount: 9, maxUses: 1 };
    expect(invitationState(everything, now)).toBe('revoked');
    expect(invitationState({ ...everything, revokedAt: null }, now)).toBe('used_up');
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

import { describe, expect, it } from 'vitest';
import { can, canInviteRole, NETWORK_PERMISSIONS, roleAtLeast, type NetworkAction } from '../../shared/domain/permissions.ts';
import { NETWORK_ROLES, type NetworkRole } from '../../shared/schemas/membership.ts';

const actions = Object.keys(NETWORK_PERMISSIONS) as NetworkAction[];

describe('roleAtLeast', () => {
  it('orders member < facilitator < lead', () => {
    const table = NETWORK_ROLES.map((role) => NETWORK_ROLES.map((min) => roleAtLeast(role, min)));
    expect(table).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });
});

describe('can', () => {
  it('lets a site admin do everything, member of the network or not', () => {
    for (const action of actions) {
      expect(can({ role: null, isAdmin: true }, action)).toBe(true);
      expect(can({ role: 'member', isAdmin: true }, action)).toBe(true);
    }
  });

  it('lets someone outside the network do nothing', () => {
    for (const action of actions) expect(can({ role: null, isAdmin: false }, action)).toBe(false);
  });

  it('follows the table for each role', () => {
    const allowed = (role: NetworkRole) => actions.filter((a) => can({ role, isAdmin: false }, a)).sort();
    expect(allowed('member')).toEqual([
      'action.progress',
      'charter.read',
      'cycle.create',
      'cycle.edit',
      'cycle.read',
      'indicator.read',
      'meeting.checkIn',
      'meeting.read',
      'member.list',
      'member.setMyOrganization',
      'network.read',
      'plan.read',
      'report.read',
    ]);
    expect(allowed('facilitator')).toEqual([
      'action.progress',
      'charter.edit',
      'charter.read',
      'cycle.create',
      'cycle.edit',
      'cycle.editAny',
      'cycle.read',
      'indicator.edit',
      'indicator.read',
      'invitation.create',
      'invitation.list',
      'invitation.revoke',
      'meeting.checkIn',
      'meeting.edit',
      'meeting.read',
      'member.list',
      'member.setMyOrganization',
      'network.read',
      'organization.manage',
      'plan.edit',
      'plan.read',
      'report.edit',
      'report.publish',
      'report.read',
    ]);
    expect(allowed('lead')).toEqual([...actions].sort());
  });
});

describe('canInviteRole', () => {
  it('lets facilitators invite members and facilitators, and only leads and admins invite leads', () => {
    const table = (standing: { role: NetworkRole | null; isAdmin: boolean }) => NETWORK_ROLES.map((r) => canInviteRole(standing, r));
    expect(table({ role: null, isAdmin: false })).toEqual([false, false, false]);
    expect(table({ role: 'member', isAdmin: false })).toEqual([false, false, false]);
    expect(table({ role: 'facilitator', isAdmin: false })).toEqual([true, true, false]);
    expect(table({ role: 'lead', isAdmin: false })).toEqual([true, true, true]);
    expect(table({ role: null, isAdmin: true })).toEqual([true, true, true]);
  });
});

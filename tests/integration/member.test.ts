import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client.ts';
import { membership, partnerOrganization } from '../../server/db/schema.ts';
import { auditRows, makeUser, testDb } from '../helpers/db.ts';
import { addMember, scene } from '../helpers/scene.ts';
import { callerFor, clientFor, failure } from '../helpers/trpc.ts';

function roleOf(db: Db, networkId: number, userId: string) {
  return db
    .select({ role: membership.role })
    .from(membership)
    .where(and(eq(membership.networkId, networkId), eq(membership.userId, userId)))
    .get()?.role;
}

describe('member.list', () => {
  it('shows everyone in the network, with email addresses only to those who invite', async () => {
    const s = await scene(testDb());
    const asMember = await callerFor(s.db, s.member).member.list({ networkId: s.networkA });
    expect(asMember.map((m) => [m.name, m.role, m.email])).toEqual([
      ['Fay Facilitator', 'facilitator', null],
      ['Lee Lead', 'lead', null],
      ['Mo Member', 'member', null],
    ]);
    const asFacilitator = await callerFor(s.db, s.facilitator).member.list({ networkId: s.networkA });
    expect(asFacilitator.map((m) => m.email)).toEqual([s.facilitator.email, s.lead.email, s.member.email]);
    // nobody from network B
    expect(asFacilitator.map((m) => m.userId)).not.toContain(s.outsider.id);
  });
});

describe('member.changeRole', () => {
  it('changes a role and records from and to', async () => {
    const s = await scene(testDb());
    await callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.member.id, role: 'facilitator' });
    expect(roleOf(s.db, s.networkA, s.member.id)).toBe('facilitator');
    expect(auditRows(s.db)).toMatchObject([
      { actorId: s.lead.id, action: 'member.changeRole', entityType: 'user', entityId: s.member.id, networkId: s.networkA, detail: { from: 'member', to: 'facilitator' } },
    ]);
  });

  it('writes nothing when the role does not change', async () => {
    const s = await scene(testDb());
    await callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.member.id, role: 'member' });
    expect(auditRows(s.db)).toEqual([]);
  });

  it('refuses to demote the last lead, even for an admin, with a field error on role', async () => {
    const s = await scene(testDb());
    for (const actor of [s.lead, s.admin]) {
      await expect(
        clientFor(s.db, actor).member.changeRole.mutate({ networkId: s.networkA, userId: s.lead.id, role: 'member' }),
      ).rejects.toMatchObject({
        data: { code: 'BAD_REQUEST', appCode: 'LAST_LEAD', fieldErrors: { role: ['A network needs at least one lead. Make someone else a lead first.'] } },
      });
    }
    expect(roleOf(s.db, s.networkA, s.lead.id)).toBe('lead');
    expect(auditRows(s.db)).toEqual([]);
  });

  it('lets a lead step down once there is another lead', async () => {
    const s = await scene(testDb());
    const lead = callerFor(s.db, s.lead);
    await lead.member.changeRole({ networkId: s.networkA, userId: s.facilitator.id, role: 'lead' });
    await lead.member.changeRole({ networkId: s.networkA, userId: s.lead.id, role: 'facilitator' });
    expect(roleOf(s.db, s.networkA, s.lead.id)).toBe('facilitator');
    expect(roleOf(s.db, s.networkA, s.facilitator.id)).toBe('lead');
  });

  it('only changes people in this network', async () => {
    const s = await scene(testDb());
    const error = await failure(callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.outsider.id, role: 'lead' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(roleOf(s.db, s.networkB, s.outsider.id)).toBe('member');
    expect(roleOf(s.db, s.networkA, s.outsider.id)).toBeUndefined();
  });
});

describe('member.remove', () => {
  it('removes a member with an audit row', async () => {
    const s = await scene(testDb());
    await callerFor(s.db, s.lead).member.remove({ networkId: s.networkA, userId: s.member.id });
    expect(roleOf(s.db, s.networkA, s.member.id)).toBeUndefined();
    expect(auditRows(s.db)).toMatchObject([
      { actorId: s.lead.id, action: 'member.remove', entityType: 'user', entityId: s.member.id, networkId: s.networkA, detail: { role: 'member' } },
    ]);
  });

  it('refuses to remove the last lead and writes nothing', async () => {
    const s = await scene(testDb());
    const error = await failure(callerFor(s.db, s.admin).member.remove({ networkId: s.networkA, userId: s.lead.id }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/at least one lead/);
    expect(roleOf(s.db, s.networkA, s.lead.id)).toBe('lead');
    expect(auditRows(s.db)).toEqual([]);
  });

  it('removes a lead when another lead remains', async () => {
    const s = await scene(testDb());
    const other = await makeUser(s.db);
    addMember(s.db, s.networkA, other.id, 'lead');
    await callerFor(s.db, other).member.remove({ networkId: s.networkA, userId: s.lead.id });
    expect(roleOf(s.db, s.networkA, s.lead.id)).toBeUndefined();
  });

  it('cannot reach people of another network', async () => {
    const s = await scene(testDb());
    expect((await failure(callerFor(s.db, s.lead).member.remove({ networkId: s.networkA, userId: s.outsider.id }))).code).toBe('NOT_FOUND');
    expect((await failure(callerFor(s.db, s.lead).member.remove({ networkId: s.networkB, userId: s.outsider.id }))).code).toBe('NOT_FOUND');
    expect(roleOf(s.db, s.networkB, s.outsider.id)).toBe('member');
  });
});

describe('member.setMyOrganization', () => {
  function myOrg(db: Db, networkId: number, userId: string) {
    return db
      .select({ id: membership.partnerOrganizationId })
      .from(membership)
      .where(and(eq(membership.networkId, networkId), eq(membership.userId, userId)))
      .get()?.id;
  }

  it('records a new organization, then an existing one, then none', async () => {
    const s = await scene(testDb());
    const me = callerFor(s.db, s.member);
    const { organizationId: created } = await me.member.setMyOrganization({
      networkId: s.networkA,
      organization: { kind: 'new', name: 'Eastside Library', sector: 'community_family' },
    });
    expect(created).toBeTypeOf('number');
    expect(myOrg(s.db, s.networkA, s.member.id)).toBe(created);
    const list = await me.member.list({ networkId: s.networkA });
    expect(list.find((m) => m.userId === s.member.id)).toMatchObject({ organizationName: 'Eastside Library', organizationSector: 'community_family' });

    const other = s.db.insert(partnerOrganization).values({ name: 'Westside Schools', sector: 'education' }).returning().get();
    await me.member.setMyOrganization({ networkId: s.networkA, organization: { kind: 'existing', organizationId: other.id } });
    expect(myOrg(s.db, s.networkA, s.member.id)).toBe(other.id);

    await me.member.setMyOrganization({ networkId: s.networkA, organization: { kind: 'none' } });
    expect(myOrg(s.db, s.networkA, s.member.id)).toBeNull();

    expect(auditRows(s.db).map((r) => [r.actorId, r.action, r.entityId, r.networkId, r.detail])).toEqual([
      [s.member.id, 'organization.create', String(created), null, { name: 'Eastside Library', sector: 'community_family' }],
      [s.member.id, 'member.setOrganization', s.member.id, s.networkA, { organizationId: created }],
      [s.member.id, 'member.setOrganization', s.member.id, s.networkA, { organizationId: other.id }],
      [s.member.id, 'member.setOrganization', s.member.id, s.networkA, { organizationId: null }],
    ]);
  });

  it('de-duplicates new organization names case-insensitively', async () => {
    const s = await scene(testDb());
    const a = await callerFor(s.db, s.member).member.setMyOrganization({
      networkId: s.networkA,
      organization: { kind: 'new', name: 'Eastside Library', sector: 'community_family' },
    });
    const b = await callerFor(s.db, s.lead).member.setMyOrganization({
      networkId: s.networkA,
      organization: { kind: 'new', name: '  EASTSIDE library ', sector: 'nonprofit' },
    });
    expect(b.organizationId).toBe(a.organizationId);
    expect(s.db.select().from(partnerOrganization).all()).toMatchObject([{ name: 'Eastside Library', sector: 'community_family' }]);
  });

  it('refuses an organization that does not exist, on the organizationId field', async () => {
    const s = await scene(testDb());
    await expect(
      clientFor(s.db, s.member).member.setMyOrganization.mutate({ networkId: s.networkA, organization: { kind: 'existing', organizationId: 999 } }),
    ).rejects.toMatchObject({ data: { code: 'NOT_FOUND', fieldErrors: { 'organization.organizationId': ['There is no such organization.'] } } });
    expect(myOrg(s.db, s.networkA, s.member.id)).toBeNull();
    expect(auditRows(s.db)).toEqual([]);
  });

  it('is per network: setting it in A leaves B alone', async () => {
    const s = await scene(testDb());
    addMember(s.db, s.networkB, s.member.id, 'member');
    await callerFor(s.db, s.member).member.setMyOrganization({ networkId: s.networkA, organization: { kind: 'new', name: 'Eastside Library', sector: 'education' } });
    expect(myOrg(s.db, s.networkB, s.member.id)).toBeNull();
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { membership, network } from '../../server/db/schema.ts';
import { auditRows, makeUser, testDb } from '../helpers/db.ts';
import { addMember, scene } from '../helpers/scene.ts';
import { callerFor, clientFor, failure } from '../helpers/trpc.ts';

const fields = { outcomeArea: 'kindergarten_readiness', status: 'forming' } as const;

describe('network.create', () => {
  it('makes unique slugs from names', async () => {
    const db = testDb();
    const admin = callerFor(db, await makeUser(db, { isAdmin: true }));
    const a = await admin.network.create({ name: 'Kindergarten Readiness', ...fields });
    const b = await admin.network.create({ name: 'Kindergarten  Readiness!', ...fields });
    const c = await admin.network.create({ name: 'kindergarten readiness', ...fields });
    const d = await admin.network.create({ name: 'Kindergarten Readiness 2', ...fields });
    const e = await admin.network.create({ name: 'Kindergarten Readiness', ...fields });
    const f = await admin.network.create({ name: 'Éducation Précoce', ...fields });
    const g = await admin.network.create({ name: '!!!', ...fields });
    expect([a, b, c, d, e, f, g].map((n) => n.slug)).toEqual([
      'kindergarten-readiness',
      'kindergarten-readiness-2',
      'kindergarten-readiness-3',
      // "… 2" slugifies to the taken "-2": it moves on rather than colliding
      'kindergarten-readiness-2-2',
      'kindergarten-readiness-4',
      'education-precoce',
      'network',
    ]);
    expect(new Set(db.select({ slug: network.slug }).from(network).all().map((r) => r.slug)).size).toBe(7);
  });

  it('writes an audit row naming who created which network', async () => {
    const db = testDb();
    const adminUser = await makeUser(db, { isAdmin: true });
    const created = await callerFor(db, adminUser).network.create({ name: '  Opportunity Youth  ', outcomeArea: 'employment', status: 'active' });
    expect(created).toMatchObject({ name: 'Opportunity Youth', slug: 'opportunity-youth', outcomeArea: 'employment', status: 'active' });
    expect(auditRows(db)).toMatchObject([
      {
        actorId: adminUser.id,
        action: 'network.create',
        entityType: 'network',
        entityId: String(created.id),
        networkId: created.id,
        detail: { name: 'Opportunity Youth', outcomeArea: 'employment', status: 'active' },
      },
    ]);
  });
});

describe('network.list and bySlug', () => {
  it('shows a person only their own networks, with their role', async () => {
    const s = await scene(testDb());
    expect(await callerFor(s.db, s.facilitator).network.list()).toEqual([
      { id: s.networkA, name: 'Kindergarten Readiness', slug: 'kindergarten-readiness', outcomeArea: 'kindergarten_readiness', status: 'active', role: 'facilitator', memberCount: 3 },
    ]);
    expect((await callerFor(s.db, s.outsider).network.list()).map((n) => [n.id, n.role])).toEqual([[s.networkB, 'member']]);
    const nobody = await makeUser(s.db);
    expect(await callerFor(s.db, nobody).network.list()).toEqual([]);
  });

  it('shows a site admin every network, sorted by name', async () => {
    const s = await scene(testDb());
    const list = await callerFor(s.db, s.admin).network.list();
    expect(list.map((n) => [n.name, n.role, n.memberCount])).toEqual([
      ['Kindergarten Readiness', null, 3],
      ['Opportunity Youth', null, 1],
    ]);
  });

  it('finds a network by slug for its members and admins only', async () => {
    const s = await scene(testDb());
    expect(await callerFor(s.db, s.member).network.bySlug({ slug: 'kindergarten-readiness' })).toMatchObject({ id: s.networkA, role: 'member' });
    expect(await callerFor(s.db, s.admin).network.bySlug({ slug: 'kindergarten-readiness' })).toMatchObject({ id: s.networkA, role: null });
  });

  it('tells an outsider nothing about whether a private network exists', async () => {
    const s = await scene(testDb());
    const hidden = await failure(callerFor(s.db, s.outsider).network.bySlug({ slug: 'kindergarten-readiness' }));
    const missing = await failure(callerFor(s.db, s.outsider).network.bySlug({ slug: 'no-such-network' }));
    expect([hidden.code, hidden.message]).toEqual([missing.code, missing.message]);
    expect(hidden.code).toBe('NOT_FOUND');
    expect((await failure(callerFor(s.db, s.admin).network.bySlug({ slug: 'no-such-network' }))).code).toBe('NOT_FOUND');
  });

  it('gives an overview of who is in the network', async () => {
    const s = await scene(testDb());
    const second = await makeUser(s.db, { name: 'Abe Second Lead' });
    addMember(s.db, s.networkA, second.id, 'lead');
    expect(await callerFor(s.db, s.member).network.overview({ networkId: s.networkA })).toEqual({
      counts: { member: 1, facilitator: 1, lead: 2 },
      leads: [{ id: second.id, name: 'Abe Second Lead' }, { id: s.lead.id, name: 'Lee Lead' }],
    });
    expect((await failure(callerFor(s.db, s.admin).network.overview({ networkId: 999 }))).code).toBe('NOT_FOUND');
  });

  it('answers an outsider the same for a network that exists and one that does not', async () => {
    const s = await scene(testDb());
    const outsider = callerFor(s.db, s.outsider);
    const existing = await failure(outsider.network.overview({ networkId: s.networkA }));
    const missing = await failure(outsider.network.overview({ networkId: 999 }));
    expect([existing.code, existing.message]).toEqual([missing.code, missing.message]);
  });
});

describe('network.update', () => {
  it('changes the fields, keeps the slug (links stay valid) and writes an audit row', async () => {
    const s = await scene(testDb());
    const updated = await callerFor(s.db, s.lead).network.update({ networkId: s.networkA, version: 1, name: 'Ready for K', outcomeArea: 'other', status: 'sustaining' });
    expect(updated).toMatchObject({ id: s.networkA, name: 'Ready for K', outcomeArea: 'other', status: 'sustaining', slug: 'kindergarten-readiness', version: 2 });
    expect(auditRows(s.db)).toMatchObject([
      { actorId: s.lead.id, action: 'network.update', entityType: 'network', entityId: String(s.networkA), networkId: s.networkA, detail: { name: 'Ready for K', status: 'sustaining' } },
    ]);
    // network B untouched
    expect(s.db.select().from(network).where(eq(network.id, s.networkB)).get()).toMatchObject({ name: 'Opportunity Youth', status: 'active' });
  });

  it('refuses a save made against details someone else changed meanwhile, and names what they saved', async () => {
    const s = await scene(testDb());
    const fields = { networkId: s.networkA, outcomeArea: 'kindergarten_readiness', status: 'active' } as const;
    await callerFor(s.db, s.admin).network.update({ ...fields, version: 1, name: 'Ready by Five' });
    const stale = await failure(callerFor(s.db, s.lead).network.update({ ...fields, version: 1, name: 'Ready for K' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('Ready by Five');
    expect(s.db.select().from(network).where(eq(network.id, s.networkA)).get()).toMatchObject({ name: 'Ready by Five', version: 2 });
    // Having seen theirs, the lead saves against the newest version on purpose.
    expect(await callerFor(s.db, s.lead).network.update({ ...fields, version: 2, name: 'Ready for K' })).toMatchObject({ name: 'Ready for K', version: 3 });
  });
});

describe('network.appointLead', () => {
  it('makes a member a lead, or adds a person to the network as lead, with an audit row', async () => {
    const s = await scene(testDb());
    const admin = callerFor(s.db, s.admin);
    await admin.network.appointLead({ networkId: s.networkA, userId: s.member.id });
    await admin.network.appointLead({ networkId: s.networkA, userId: s.outsider.id });
    const roles = s.db.select({ userId: membership.userId, role: membership.role }).from(membership).where(eq(membership.networkId, s.networkA)).all();
    expect(roles).toEqual(
      expect.arrayContaining([
        { userId: s.member.id, role: 'lead' },
        { userId: s.outsider.id, role: 'lead' },
      ]),
    );
    expect(roles).toHaveLength(4);
    expect(auditRows(s.db)).toMatchObject([
      { actorId: s.admin.id, action: 'network.appointLead', entityType: 'user', entityId: s.member.id, networkId: s.networkA },
      { actorId: s.admin.id, action: 'network.appointLead', entityType: 'user', entityId: s.outsider.id, networkId: s.networkA },
    ]);
  });

  it('says NOT_FOUND for a network that does not exist, and writes nothing', async () => {
    const s = await scene(testDb());
    const error = await failure(callerFor(s.db, s.admin).network.appointLead({ networkId: 999, userId: s.member.id }));
    expect(error.code).toBe('NOT_FOUND');
    expect(s.db.select().from(membership).where(eq(membership.networkId, 999)).all()).toEqual([]);
    expect(auditRows(s.db)).toEqual([]);
  });

  it('refuses unknown and deactivated people, naming the userId field, and writes nothing', async () => {
    const s = await scene(testDb());
    const gone = await makeUser(s.db, { deactivated: true });
    const client = clientFor(s.db, s.admin);
    await expect(client.network.appointLead.mutate({ networkId: s.networkA, userId: 'nobody' })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND', fieldErrors: { userId: ['There is no such person.'] } },
    });
    await expect(client.network.appointLead.mutate({ networkId: s.networkA, userId: gone.id })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN', appCode: 'ACCOUNT_DEACTIVATED', fieldErrors: { userId: ['This account is deactivated.'] } },
    });
    expect(s.db.select().from(membership).where(eq(membership.userId, gone.id)).all()).toEqual([]);
    expect(auditRows(s.db)).toEqual([]);
  });
});

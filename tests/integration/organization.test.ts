import { describe, expect, it } from 'vitest';
import { partnerOrganization } from '../../server/db/schema.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';
import { membership, planAction } from '../../server/db/schema.ts';
import { eq } from 'drizzle-orm';

describe('organization', () => {
  it('creates an organization with an audit row and lists them by name for anyone signed in', async () => {
    const s = await scene(testDb());
    const library = await callerFor(s.db, s.member).organization.create({ name: 'Westside Library', sector: 'community_family' });
    const schools = await callerFor(s.db, s.outsider).organization.create({ name: '  Eastside Schools ', sector: 'education' });
    expect(schools).toMatchObject({ name: 'Eastside Schools', sector: 'education' });
    // shared across networks: the outsider (network B) sees the one added from network A
    expect((await callerFor(s.db, s.outsider).organization.list()).map((o) => o.name)).toEqual(['Eastside Schools', 'Westside Library']);
    expect(auditRows(s.db)).toMatchObject([
      { actorId: s.member.id, action: 'organization.create', entityType: 'partner_organization', entityId: String(library.id), networkId: null, detail: { name: 'Westside Library', sector: 'community_family' } },
      { actorId: s.outsider.id, action: 'organization.create', entityType: 'partner_organization', entityId: String(schools.id) },
    ]);
  });

  it('returns the existing organization for a name that differs only in case, without a second row or audit', async () => {
    const s = await scene(testDb());
    const me = callerFor(s.db, s.member);
    const first = await me.organization.create({ name: 'Eastside Library', sector: 'community_family' });
    for (const name of ['eastside library', 'EASTSIDE LIBRARY', ' Eastside Library ']) {
      expect((await me.organization.create({ name, sector: 'nonprofit' })).id).toBe(first.id);
    }
    expect(s.db.select().from(partnerOrganization).all()).toHaveLength(1);
    expect(auditRows(s.db)).toHaveLength(1);
  });

  it('de-duplicates names with accented capitals too', async () => {
    const s = await scene(testDb());
    const me = callerFor(s.db, s.member);
    const first = await me.organization.create({ name: 'École Montessori de l’Île', sector: 'education' });
    expect((await me.organization.create({ name: 'école montessori de l’île', sector: 'education' })).id).toBe(first.id);
    expect((await me.organization.create({ name: 'ÉCOLE MONTESSORI DE L’ÎLE', sector: 'education' })).id).toBe(first.id);
    expect(s.db.select().from(partnerOrganization).all()).toHaveLength(1);
  });
});

describe('managing partner organizations', () => {
  it('lets a facilitator add one before anyone from it has an account, and refuses a second of the same name', async () => {
    const s = await scene(testDb());
    const fac = callerFor(s.db, s.facilitator).organization;
    const added = await fac.add({ networkId: s.networkA, name: 'Northside Head Start', sector: 'education' });
    const again = await failure(fac.add({ networkId: s.networkA, name: 'northside head start', sector: 'education' }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toBe('There is already an organization named Northside Head Start.');
    expect(auditRows(s.db).filter((r) => r.action === 'organization.create')).toMatchObject([
      { actorId: s.facilitator.id, entityId: String(added.id), networkId: s.networkA, detail: { name: 'Northside Head Start', sector: 'education' } },
    ]);
  });

  it('renames an organization, refusing a name another one has', async () => {
    const s = await scene(testDb());
    const lead = callerFor(s.db, s.lead).organization;
    const a = await lead.add({ networkId: s.networkA, name: 'Eastside Libary', sector: 'community_family' });
    await lead.add({ networkId: s.networkA, name: 'Westside Library', sector: 'community_family' });
    await lead.rename({ networkId: s.networkA, organizationId: a.id, name: 'Eastside Library', sector: 'community_family' });
    expect((await lead.list()).map((o) => o.name)).toEqual(['Eastside Library', 'Westside Library']);
    const clash = await failure(lead.rename({ networkId: s.networkA, organizationId: a.id, name: 'WESTSIDE LIBRARY', sector: 'community_family' }));
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toBe('There is already an organization named Westside Library. To make them one, merge them.');
    expect(auditRows(s.db).filter((r) => r.action === 'organization.rename').map((r) => r.detail)).toEqual([
      { from: 'Eastside Libary', to: 'Eastside Library', sector: 'community_family' },
    ]);
  });

  it('merges one organization into another: its people and actions move over, then it is gone', async () => {
    const s = await scene(testDb());
    const fac = callerFor(s.db, s.facilitator);
    const dup = await fac.organization.add({ networkId: s.networkA, name: 'Eastside Public Library', sector: 'community_family' });
    const keep = await fac.organization.add({ networkId: s.networkA, name: 'Eastside Library', sector: 'community_family' });
    await callerFor(s.db, s.member).member.setMyOrganization({ networkId: s.networkA, organization: { kind: 'existing', organizationId: dup.id } });
    const act = await fac.plan.addAction({ networkId: s.networkA, title: 'Story time', nodeId: null, ownerId: null, partnerOrganizationId: dup.id, startDate: null, dueDate: null, status: 'not_started' });
    await fac.organization.merge({ networkId: s.networkA, organizationId: dup.id, intoId: keep.id });
    expect((await fac.organization.list()).map((o) => o.name)).toEqual(['Eastside Library']);
    expect(s.db.select().from(membership).where(eq(membership.userId, s.member.id)).all().map((m) => m.partnerOrganizationId)).toContain(keep.id);
    expect(s.db.select().from(planAction).where(eq(planAction.id, act.id)).get()?.partnerOrganizationId).toBe(keep.id);
    expect(auditRows(s.db).filter((r) => r.action === 'organization.merge').map((r) => r.detail)).toEqual([{ from: 'Eastside Public Library', into: 'Eastside Library' }]);
    const self = await failure(fac.organization.merge({ networkId: s.networkA, organizationId: keep.id, intoId: keep.id }));
    expect(self.code).toBe('BAD_REQUEST');
  });

  it('is not for members', async () => {
    const s = await scene(testDb());
    const refused = await failure(callerFor(s.db, s.member).organization.add({ networkId: s.networkA, name: 'Northside Head Start', sector: 'education' }));
    expect(refused.code).toBe('FORBIDDEN');
  });
});

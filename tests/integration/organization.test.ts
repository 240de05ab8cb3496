import { describe, expect, it } from 'vitest';
import { partnerOrganization } from '../../server/db/schema.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor } from '../helpers/trpc.ts';

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

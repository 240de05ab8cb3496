import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client.ts';
import { session, user } from '../../server/db/schema.ts';
import { auditRows, makeUser, testDb } from '../helpers/db.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

function addSession(db: Db, userId: string) {
  db.insert(session)
    .values({ id: randomUUID(), token: randomUUID(), userId, expiresAt: new Date(Date.now() + 86_400_000) })
    .run();
}
const sessionsOf = (db: Db, userId: string) => db.select().from(session).where(eq(session.userId, userId)).all();

describe('admin.users', () => {
  it('lists everyone by name with their network count', async () => {
    const s = await scene(testDb());
    const list = await callerFor(s.db, s.admin).admin.users();
    expect(list.map((u) => [u.name, u.isAdmin, u.partnershipStaff, u.networkCount])).toEqual([
      ['Ada Admin', true, false, 0],
      ['Fay Facilitator', false, false, 1],
      ['Lee Lead', false, false, 1],
      ['Mo Member', false, false, 1],
      ['Otto Outsider', false, false, 1],
      ['Sasha Staff', false, true, 0],
    ]);
  });

  it('searches names and emails, case-insensitively', async () => {
    const s = await scene(testDb());
    const admin = callerFor(s.db, s.admin);
    expect((await admin.admin.users({ search: 'lee' })).map((u) => u.id)).toEqual([s.lead.id]);
    expect((await admin.admin.users({ search: s.outsider.email.toUpperCase() })).map((u) => u.id)).toEqual([s.outsider.id]);
    expect(await admin.admin.users({ search: 'nobody-like-this' })).toEqual([]);
  });

  it('treats % and _ in a search as themselves, not as wildcards', async () => {
    const db = testDb();
    const adminUser = await makeUser(db, { isAdmin: true, name: 'Admin' });
    const underscore = await makeUser(db, { name: 'Ana_Maria Ortiz' });
    await makeUser(db, { name: 'Anabmaria Ortiz' });
    const percent = await makeUser(db, { name: 'Chris 100% Volunteer' });
    await makeUser(db, { name: 'Chris 1000 Volunteer' });
    const admin = callerFor(db, adminUser);
    expect((await admin.admin.users({ search: 'ana_maria' })).map((u) => u.id)).toEqual([underscore.id]);
    expect((await admin.admin.users({ search: '100%' })).map((u) => u.id)).toEqual([percent.id]);
    expect((await admin.admin.users({ search: '_' })).map((u) => u.id)).toEqual([underscore.id]);
  });
});

describe('admin.deactivateUser and reactivateUser', () => {
  it('deactivates: ends every session at once, keeps the account, writes an audit row', async () => {
    const s = await scene(testDb());
    addSession(s.db, s.member.id);
    addSession(s.db, s.member.id);
    addSession(s.db, s.lead.id);
    await callerFor(s.db, s.admin).admin.deactivateUser({ userId: s.member.id });
    expect(sessionsOf(s.db, s.member.id)).toEqual([]);
    expect(sessionsOf(s.db, s.lead.id)).toHaveLength(1);
    expect(s.db.select().from(user).where(eq(user.id, s.member.id)).get()!.deactivatedAt).toBeInstanceOf(Date);
    expect(auditRows(s.db)).toMatchObject([{ actorId: s.admin.id, action: 'user.deactivate', entityType: 'user', entityId: s.member.id }]);
    expect((await callerFor(s.db, s.admin).admin.users({ search: 'Mo Member' }))[0]!.deactivatedAt).toBeInstanceOf(Date);
  });

  it('reactivates with an audit row', async () => {
    const s = await scene(testDb());
    const admin = callerFor(s.db, s.admin);
    await admin.admin.deactivateUser({ userId: s.member.id });
    await admin.admin.reactivateUser({ userId: s.member.id });
    expect(s.db.select().from(user).where(eq(user.id, s.member.id)).get()!.deactivatedAt).toBeNull();
    expect(auditRows(s.db).map((r) => [r.actorId, r.action, r.entityId])).toEqual([
      [s.admin.id, 'user.deactivate', s.member.id],
      [s.admin.id, 'user.reactivate', s.member.id],
    ]);
  });

  it('refuses self-deactivation and writes nothing', async () => {
    const s = await scene(testDb());
    addSession(s.db, s.admin.id);
    const error = await failure(callerFor(s.db, s.admin).admin.deactivateUser({ userId: s.admin.id }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('You cannot deactivate your own account.');
    expect(sessionsOf(s.db, s.admin.id)).toHaveLength(1);
    expect(s.db.select().from(user).where(eq(user.id, s.admin.id)).get()!.deactivatedAt).toBeNull();
    expect(auditRows(s.db)).toEqual([]);
  });

  it('says NOT_FOUND for someone who does not exist and writes nothing', async () => {
    const s = await scene(testDb());
    expect((await failure(callerFor(s.db, s.admin).admin.deactivateUser({ userId: 'ghost' }))).code).toBe('NOT_FOUND');
    expect((await failure(callerFor(s.db, s.admin).admin.reactivateUser({ userId: 'ghost' }))).code).toBe('NOT_FOUND');
    expect(auditRows(s.db)).toEqual([]);
  });
});

describe('audit log', () => {
  it('lists who did what, newest first, a page at a time', async () => {
    const s = await scene(testDb());
    const lead = callerFor(s.db, s.lead);
    for (const [i, status] of (['forming', 'active', 'sustaining'] as const).entries()) {
      await lead.network.update({ networkId: s.networkA, version: i + 1, name: 'Kindergarten Readiness', outcomeArea: 'kindergarten_readiness', status });
    }
    await callerFor(s.db, s.admin).organization.create({ name: 'Eastside Library', sector: 'education' });

    const admin = callerFor(s.db, s.admin);
    const page1 = await admin.admin.audit({ limit: 3 });
    expect(page1.entries.map((e) => [e.action, e.actorName, e.networkName])).toEqual([
      ['organization.create', 'Ada Admin', null],
      ['network.update', 'Lee Lead', 'Kindergarten Readiness'],
      ['network.update', 'Lee Lead', 'Kindergarten Readiness'],
    ]);
    expect(page1.nextBefore).toBe(page1.entries[2]!.id);
    const page2 = await admin.admin.audit({ limit: 3, before: page1.nextBefore });
    expect(page2.entries.map((e) => e.detail)).toEqual([expect.objectContaining({ status: 'forming' })]);
    expect(page2.nextBefore).toBeUndefined();
    expect((await admin.admin.audit({ limit: 50, networkId: s.networkB })).entries).toEqual([]);
  });

  it('shows a lead the log of their own network only', async () => {
    const s = await scene(testDb());
    await callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.member.id, role: 'facilitator' });
    await callerFor(s.db, s.admin).network.update({ networkId: s.networkB, version: 1, name: 'Opportunity Youth', outcomeArea: 'employment', status: 'closed' });
    const log = await callerFor(s.db, s.lead).audit.network({ networkId: s.networkA, limit: 50 });
    expect(log.entries.map((e) => [e.action, e.networkId, e.entityId])).toEqual([['member.changeRole', s.networkA, s.member.id]]);
  });
});

describe('admin.setPartnershipStaff', () => {
  it('makes a person partnership staff and takes it away, logging each change once', async () => {
    const s = await scene(testDb());
    const admin = callerFor(s.db, s.admin).admin;
    const staffOf = async (id: string) => (await admin.users()).find((u) => u.id === id)?.partnershipStaff;
    expect(await staffOf(s.member.id)).toBe(false);
    await admin.setPartnershipStaff({ userId: s.member.id, staff: true });
    await admin.setPartnershipStaff({ userId: s.member.id, staff: true });
    expect(await staffOf(s.member.id)).toBe(true);
    await admin.setPartnershipStaff({ userId: s.member.id, staff: false });
    expect(await staffOf(s.member.id)).toBe(false);
    expect(auditRows(s.db).filter((r) => r.action === 'user.setPartnershipStaff').map((r) => [r.actorId, r.entityId, r.detail])).toEqual([
      [s.admin.id, s.member.id, { staff: true }],
      [s.admin.id, s.member.id, { staff: false }],
    ]);
    const log = await admin.audit({ limit: 5 });
    expect(log.entries.filter((e) => e.action === 'user.setPartnershipStaff').map((e) => e.subjectName)).toEqual(['Mo Member', 'Mo Member']);
  });

  it('counts from the person’s next request: as staff they read a network they are not in, and write nothing there', async () => {
    const s = await scene(testDb());
    const outsider = { ...s.outsider, partnershipStaff: true };
    expect((await failure(callerFor(s.db, s.outsider).charter.get({ networkId: s.networkA }))).code).toBe('NOT_FOUND');
    await callerFor(s.db, s.admin).admin.setPartnershipStaff({ userId: s.outsider.id, staff: true });
    const [row] = s.db.select({ staff: user.partnershipStaff }).from(user).where(eq(user.id, s.outsider.id)).all();
    expect(row?.staff).toBe(true);
    await callerFor(s.db, outsider).charter.get({ networkId: s.networkA });
    expect((await failure(callerFor(s.db, outsider).meeting.create({ networkId: s.networkA, clientId: randomUUID(), title: 'Staff meeting', date: '2026-10-14', attendeeIds: [], guestCount: 0, agenda: '', notes: '' }))).code).toBe('FORBIDDEN');
  });

  it('is for site admins only, and refuses someone who does not exist', async () => {
    const s = await scene(testDb());
    for (const who of [s.staff, s.lead]) {
      expect((await failure(callerFor(s.db, who).admin.setPartnershipStaff({ userId: s.member.id, staff: true }))).code).toBe('FORBIDDEN');
    }
    expect((await failure(callerFor(s.db, s.admin).admin.setPartnershipStaff({ userId: 'ghost', staff: true }))).code).toBe('NOT_FOUND');
  });
});

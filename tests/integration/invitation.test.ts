import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { account, invitation, membership, user } from '../../server/db/schema.ts';
import { auditRows, makeUser, testDb } from '../helpers/db.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { callerFor, clientFor, failure, outcome } from '../helpers/trpc.ts';

const newcomer = { name: 'Nia Newcomer', email: 'Nia@Example.org', password: 'amber-window-canyon-19' };

async function invite(s: Scene, as: SessionUser, opts: { role?: 'member' | 'facilitator' | 'lead'; maxUses?: number } = {}) {
  return callerFor(s.db, as).invitation.create({ networkId: s.networkA, role: opts.role ?? 'member', expiresInDays: 7, maxUses: opts.maxUses ?? 1 });
}

function invitationRow(db: Db, id: number) {
  return db.select().from(invitation).where(eq(invitation.id, id)).get()!;
}

/** Rows that joining writes: so a refused join can be shown to have written nothing. */
function counts(db: Db) {
  return db.$client
    .prepare(
      `select (select count(*) from user) users, (select count(*) from account) accounts,
              (select count(*) from membership) memberships, (select coalesce(sum(use_count), 0) from invitation) uses,
              (select count(*) from audit_log) audits`,
    )
    .get();
}

describe('invitation.create', () => {
  it('gives the token once and keeps only its hash, with an audit row', async () => {
    const s = await scene(testDb());
    const created = await callerFor(s.db, s.facilitator).invitation.create({
      networkId: s.networkA,
      role: 'member',
      expiresInDays: 14,
      maxUses: 30,
      note: '  September meeting  ',
    });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = invitationRow(s.db, created.id);
    expect(row).toMatchObject({ networkId: s.networkA, role: 'member', maxUses: 30, useCount: 0, note: 'September meeting', createdById: s.facilitator.id });
    expect(row.tokenHash).not.toBe(created.token);
    expect(JSON.stringify(s.db.$client.prepare('select * from invitation').all())).not.toContain(created.token);
    const days = (row.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThanOrEqual(14);
    expect(auditRows(s.db)).toMatchObject([
      { actorId: s.facilitator.id, action: 'invitation.create', entityType: 'invitation', entityId: String(created.id), networkId: s.networkA, detail: { role: 'member', maxUses: 30 } },
    ]);
  });

  it('does not let a facilitator invite a lead', async () => {
    const s = await scene(testDb());
    await expect(
      clientFor(s.db, s.facilitator).invitation.create.mutate({ networkId: s.networkA, role: 'lead', expiresInDays: 7, maxUses: 1 }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN', appCode: 'INVITATION_ROLE_FORBIDDEN', fieldErrors: { role: ['Only a lead can invite another lead.'] } } });
    expect(counts(s.db)).toMatchObject({ audits: 0 });
    expect(s.db.select().from(invitation).all()).toEqual([]);
    // facilitators may still invite facilitators; leads and admins may invite leads
    expect(await outcome(invite(s, s.facilitator, { role: 'facilitator' }))).toBe('OK');
    expect(await outcome(invite(s, s.lead, { role: 'lead' }))).toBe('OK');
    expect(await outcome(invite(s, s.admin, { role: 'lead' }))).toBe('OK');
  });

  it('limits lead and facilitator links to one use', async () => {
    const s = await scene(testDb());
    for (const role of ['lead', 'facilitator'] as const) {
      await expect(
        clientFor(s.db, s.lead).invitation.create.mutate({ networkId: s.networkA, role, expiresInDays: 7, maxUses: 2 }),
      ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST', fieldErrors: { maxUses: ['A facilitator or lead invitation is for one person only.'] } } });
    }
    expect(s.db.select().from(invitation).all()).toEqual([]);
    expect(await outcome(invite(s, s.lead, { role: 'member', maxUses: 200 }))).toBe('OK');
  });
});

describe('invitation.list and revoke', () => {
  it('lists the network’s invitations with their state and without tokens', async () => {
    const s = await scene(testDb());
    const first = await invite(s, s.lead);
    const second = await invite(s, s.lead, { maxUses: 5 });
    await callerFor(s.db, s.admin).invitation.create({ networkId: s.networkB, role: 'member', expiresInDays: 1, maxUses: 1 });
    await callerFor(s.db, s.lead).invitation.revoke({ networkId: s.networkA, invitationId: first.id });
    const list = await callerFor(s.db, s.facilitator).invitation.list({ networkId: s.networkA });
    expect(list.map((i) => [i.id, i.state, i.createdByName])).toEqual([
      [second.id, 'active', 'Lee Lead'],
      [first.id, 'revoked', 'Lee Lead'],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/token/i);
  });

  it('revokes with an audit row, and only within the network', async () => {
    const s = await scene(testDb());
    const inB = await callerFor(s.db, s.admin).invitation.create({ networkId: s.networkB, role: 'member', expiresInDays: 7, maxUses: 1 });
    const error = await failure(callerFor(s.db, s.lead).invitation.revoke({ networkId: s.networkA, invitationId: inB.id }));
    expect(error.code).toBe('NOT_FOUND');
    expect(invitationRow(s.db, inB.id).revokedAt).toBeNull();

    const inA = await invite(s, s.facilitator);
    await callerFor(s.db, s.facilitator).invitation.revoke({ networkId: s.networkA, invitationId: inA.id });
    expect(invitationRow(s.db, inA.id).revokedAt).toBeInstanceOf(Date);
    expect(auditRows(s.db).at(-1)).toMatchObject({ actorId: s.facilitator.id, action: 'invitation.revoke', entityType: 'invitation', entityId: String(inA.id), networkId: s.networkA });
  });

  it('keeps the first revocation when revoked twice', async () => {
    const s = await scene(testDb());
    const inv = await invite(s, s.lead);
    await callerFor(s.db, s.lead).invitation.revoke({ networkId: s.networkA, invitationId: inv.id });
    const first = invitationRow(s.db, inv.id).revokedAt;
    const auditCount = auditRows(s.db).length;
    await callerFor(s.db, s.facilitator).invitation.revoke({ networkId: s.networkA, invitationId: inv.id });
    expect(invitationRow(s.db, inv.id).revokedAt).toEqual(first);
    expect(auditRows(s.db)).toHaveLength(auditCount);
  });
});

describe('invitation.preview', () => {
  it('shows the network and role to whoever holds the link, nothing private', async () => {
    const s = await scene(testDb());
    const { token } = await invite(s, s.lead, { role: 'facilitator' });
    const preview = await callerFor(s.db, null).invitation.preview({ token });
    expect(preview).toEqual({
      networkName: 'Kindergarten Readiness',
      networkSlug: 'kindergarten-readiness',
      role: 'facilitator',
      invitedBy: 'Lee Lead',
      expiresAt: expect.any(Date),
      state: 'active',
      alreadyMember: false,
    });
    expect((await callerFor(s.db, s.member).invitation.preview({ token })).alreadyMember).toBe(true);
    expect((await callerFor(s.db, s.outsider).invitation.preview({ token })).alreadyMember).toBe(false);
  });

  it('says a link that does not exist is not valid', async () => {
    const s = await scene(testDb());
    const error = await failure(callerFor(s.db, null).invitation.preview({ token: 'B'.repeat(43) }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('This invitation link is not valid.');
  });
});

describe('invitation.accept', () => {
  it('joins the network with the link’s role and uses one place, with an audit row', async () => {
    const s = await scene(testDb());
    const { id, token } = await invite(s, s.lead, { role: 'facilitator' });
    const joined = await callerFor(s.db, s.outsider).invitation.accept({ token });
    expect(joined).toEqual({ networkSlug: 'kindergarten-readiness', networkId: s.networkA });
    expect(s.db.select({ role: membership.role }).from(membership).where(eq(membership.userId, s.outsider.id)).all()).toEqual(
      expect.arrayContaining([{ role: 'facilitator' }, { role: 'member' }]),
    );
    expect(invitationRow(s.db, id).useCount).toBe(1);
    expect(auditRows(s.db).at(-1)).toMatchObject({ actorId: s.outsider.id, action: 'invitation.accept', entityType: 'invitation', entityId: String(id), networkId: s.networkA, detail: { role: 'facilitator' } });
  });

  const refusals = [
    {
      state: 'used up',
      spoil: async (s: Scene, _id: number, token: string) => {
        await callerFor(s.db, await makeUser(s.db)).invitation.accept({ token });
      },
      message: 'This invitation has already been used. Ask for a new link.',
    },
    {
      state: 'expired',
      spoil: async (s: Scene, id: number) => {
        s.db.update(invitation).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitation.id, id)).run();
      },
      message: 'This invitation has expired. Ask for a new link.',
    },
    {
      state: 'revoked',
      spoil: async (s: Scene, id: number) => {
        await callerFor(s.db, s.lead).invitation.revoke({ networkId: s.networkA, invitationId: id });
      },
      message: 'This invitation was withdrawn. Ask for a new link.',
    },
  ];

  for (const { state, spoil, message } of refusals) {
    it(`refuses a ${state} link with a clear message and writes nothing`, async () => {
      const s = await scene(testDb());
      const { id, token } = await invite(s, s.lead);
      await spoil(s, id, token);
      const before = counts(s.db);
      const error = await failure(callerFor(s.db, s.outsider).invitation.accept({ token }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toBe(message);
      expect(counts(s.db)).toEqual(before);

      const signUp = await failure(callerFor(s.db, null).invitation.signUp({ ...newcomer, token }));
      expect(signUp.message).toBe(message);
      expect(counts(s.db)).toEqual(before);
    });
  }

  it('refuses someone who is already a member, without using a place', async () => {
    const s = await scene(testDb());
    const { id, token } = await invite(s, s.lead, { maxUses: 3 });
    const error = await failure(callerFor(s.db, s.member).invitation.accept({ token }));
    expect(error.code).toBe('CONFLICT');
    expect(invitationRow(s.db, id).useCount).toBe(0);
  });

  it('lets a multi-use link be used exactly maxUses times', async () => {
    const s = await scene(testDb());
    const { id, token } = await invite(s, s.lead, { maxUses: 2 });
    const people = [await makeUser(s.db), await makeUser(s.db), await makeUser(s.db)];
    const results = [];
    for (const p of people) results.push(await outcome(callerFor(s.db, p).invitation.accept({ token })));
    expect(results).toEqual(['OK', 'OK', 'BAD_REQUEST']);
    expect(invitationRow(s.db, id).useCount).toBe(2);
  });
});

describe('invitation.signUp', () => {
  it('creates the account and the membership together', async () => {
    const s = await scene(testDb());
    const { id, token } = await invite(s, s.lead);
    const result = await callerFor(s.db, null).invitation.signUp({ ...newcomer, token });
    expect(result).toEqual({ networkSlug: 'kindergarten-readiness', networkId: s.networkA, email: 'nia@example.org' });
    const created = s.db.select().from(user).where(eq(user.email, 'nia@example.org')).get()!;
    expect(created).toMatchObject({ name: 'Nia Newcomer', isAdmin: false });
    expect(s.db.select().from(account).where(eq(account.userId, created.id)).get()).toMatchObject({ providerId: 'credential', accountId: created.id });
    expect(s.db.select({ role: membership.role, networkId: membership.networkId }).from(membership).where(eq(membership.userId, created.id)).all()).toEqual([
      { role: 'member', networkId: s.networkA },
    ]);
    expect(invitationRow(s.db, id).useCount).toBe(1);
    expect(auditRows(s.db).slice(-2)).toMatchObject([
      { actorId: created.id, action: 'user.signUp', entityType: 'user', entityId: created.id, networkId: s.networkA },
      { actorId: created.id, action: 'invitation.accept', entityType: 'invitation', entityId: String(id), networkId: s.networkA },
    ]);
  });

  it('refuses an email that is taken (any case) with CONFLICT on email and leaves the invitation unused', async () => {
    const s = await scene(testDb());
    const { id, token } = await invite(s, s.lead);
    const before = counts(s.db);
    await expect(
      clientFor(s.db, null).invitation.signUp.mutate({ ...newcomer, email: s.member.email.toUpperCase(), token }),
    ).rejects.toMatchObject({ data: { code: 'CONFLICT', appCode: 'EMAIL_TAKEN', fieldErrors: { email: [expect.stringMatching(/already exists/)] } } });
    expect(counts(s.db)).toEqual(before);
    expect(invitationRow(s.db, id).useCount).toBe(0);
  });

  it('refuses a common password on the password field and writes nothing', async () => {
    const s = await scene(testDb());
    const { token } = await invite(s, s.lead);
    const before = counts(s.db);
    await expect(clientFor(s.db, null).invitation.signUp.mutate({ ...newcomer, password: 'sunshine', token })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: { password: [expect.stringMatching(/too common/)] } },
    });
    expect(counts(s.db)).toEqual(before);
  });

  it('lets only one of two people racing for the last place in', async () => {
    const s = await scene(testDb());
    const { id, token } = await invite(s, s.lead);
    const anonymous = callerFor(s.db, null);
    const results = await Promise.all([
      outcome(anonymous.invitation.signUp({ ...newcomer, email: 'first@example.org', token })),
      outcome(anonymous.invitation.signUp({ ...newcomer, email: 'second@example.org', token })),
    ]);
    expect(results.sort()).toEqual(['BAD_REQUEST', 'OK']);
    expect(invitationRow(s.db, id).useCount).toBe(1);
    // the loser's account was rolled back with its membership
    const emails = s.db.select({ email: user.email }).from(user).all().map((u) => u.email);
    expect(emails.filter((e) => e === 'first@example.org' || e === 'second@example.org')).toHaveLength(1);
  });

  it('says an unknown link is not valid', async () => {
    const s = await scene(testDb());
    const error = await failure(callerFor(s.db, null).invitation.signUp({ ...newcomer, token: 'C'.repeat(43) }));
    expect(error.code).toBe('NOT_FOUND');
    expect(counts(s.db)).toMatchObject({ users: 6 });
  });
});

describe('an invitation link outlives its creator’s right to invite no longer', () => {
  const GONE = 'The person who made this link can no longer invite people to this network. Ask a lead or facilitator for a new link.';

  /** The link reads as no longer valid everywhere: preview, the network's list, accept and sign-up, which write nothing. */
  async function expectDead(s: Scene, link: { id: number; token: string }) {
    expect((await callerFor(s.db, null).invitation.preview({ token: link.token })).state).toBe('inviter_lost_access');
    const listed = (await callerFor(s.db, s.admin).invitation.list({ networkId: s.networkA })).find((i) => i.id === link.id);
    expect(listed?.state).toBe('inviter_lost_access');
    const before = counts(s.db);
    const error = await failure(callerFor(s.db, s.outsider).invitation.accept({ token: link.token }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe(GONE);
    const signUp = await failure(callerFor(s.db, null).invitation.signUp({ ...newcomer, token: link.token }));
    expect(signUp.message).toBe(GONE);
    expect(counts(s.db)).toEqual(before);
  }

  it('stops admitting people once its facilitator is removed from the network', async () => {
    const s = await scene(testDb());
    const link = await invite(s, s.facilitator, { maxUses: 10 });
    await callerFor(s.db, s.lead).member.remove({ networkId: s.networkA, userId: s.facilitator.id });
    await expectDead(s, link);
  });

  it('stops admitting people once its creator is deactivated', async () => {
    const s = await scene(testDb());
    const link = await invite(s, s.facilitator, { maxUses: 10 });
    await callerFor(s.db, s.admin).admin.deactivateUser({ userId: s.facilitator.id });
    await expectDead(s, link);
  });

  it('stops admitting people once its facilitator becomes a member, who may not invite', async () => {
    const s = await scene(testDb());
    const link = await invite(s, s.facilitator, { maxUses: 10 });
    await callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.facilitator.id, role: 'member' });
    await expectDead(s, link);
  });

  it('judges the link’s own level: a lead made facilitator loses lead links, keeps member links', async () => {
    const s = await scene(testDb());
    const leadLink = await invite(s, s.lead, { role: 'lead' });
    const memberLink = await invite(s, s.lead, { maxUses: 10 });
    // a network keeps at least one lead: make the facilitator one first
    await callerFor(s.db, s.admin).member.changeRole({ networkId: s.networkA, userId: s.facilitator.id, role: 'lead' });
    await callerFor(s.db, s.admin).member.changeRole({ networkId: s.networkA, userId: s.lead.id, role: 'facilitator' });
    await expectDead(s, leadLink);
    expect((await callerFor(s.db, null).invitation.preview({ token: memberLink.token })).state).toBe('active');
    expect(await outcome(callerFor(s.db, s.outsider).invitation.accept({ token: memberLink.token }))).toBe('OK');
  });

  it('keeps a site admin’s link valid though the admin belongs to no network', async () => {
    const s = await scene(testDb());
    const link = await callerFor(s.db, s.admin).invitation.create({ networkId: s.networkA, role: 'lead', expiresInDays: 7, maxUses: 1 });
    expect(await outcome(callerFor(s.db, s.outsider).invitation.accept({ token: link.token }))).toBe('OK');
  });

  it('works again if the creator gets the right back: validity is the creator’s standing now', async () => {
    const s = await scene(testDb());
    const link = await invite(s, s.facilitator, { maxUses: 10 });
    await callerFor(s.db, s.admin).admin.deactivateUser({ userId: s.facilitator.id });
    expect((await callerFor(s.db, null).invitation.preview({ token: link.token })).state).toBe('inviter_lost_access');
    await callerFor(s.db, s.admin).admin.reactivateUser({ userId: s.facilitator.id });
    expect(await outcome(callerFor(s.db, s.outsider).invitation.accept({ token: link.token }))).toBe('OK');
  });
});

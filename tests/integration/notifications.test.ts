import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createContextInner, type SessionUser } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { mailOutbox, membership, notification } from '../../server/db/schema.ts';
import { setMailOn } from '../../server/mail/outbox.ts';
import { appRouter } from '../../server/router.ts';
import { createCallerFactory } from '../../server/trpc.ts';
import { emptyCharter } from '../../shared/domain/charter.ts';
import type { NotificationEvent } from '../../shared/schemas/notification.ts';
import { cycleFields, memberCycle } from '../helpers/cycles.ts';
import { makeUser, testDb } from '../helpers/db.ts';
import { withReport } from '../helpers/reports.ts';
import { addMember, scene, type Scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

/** Who was told of `event`, by name, with what and where it leads. */
function told(s: Scene, event: NotificationEvent) {
  const names = new Map([s.admin, s.lead, s.facilitator, s.member, s.outsider].map((u) => [u.id, u.name]));
  return s.db
    .select()
    .from(notification)
    .where(eq(notification.event, event))
    .orderBy(asc(notification.id))
    .all()
    .map((n) => ({ to: names.get(n.userId) ?? n.userId, detail: n.detail, link: n.link, actorId: n.actorId, networkId: n.networkId }));
}
const toNames = (rows: { to: string }[]) => rows.map((r) => r.to).sort();

const charter = () => ({ ...emptyCharter(), sections: { ...emptyCharter().sections, aim: 'By June 2028, 60% ready.' } });

async function planWithAction(s: Scene, ownerId: string | null) {
  const plan = callerFor(s.db, s.facilitator).plan;
  const node = await plan.addNode({ networkId: s.networkA, parentId: null, title: 'Families know what readiness means' });
  return plan.addAction({ networkId: s.networkA, title: 'Readiness night', nodeId: node.id, ownerId, partnerOrganizationId: null, startDate: null, dueDate: null, status: 'not_started' });
}

function roleOf(db: Db, networkId: number, userId: string) {
  return db.select({ role: membership.role }).from(membership).where(and(eq(membership.networkId, networkId), eq(membership.userId, userId))).get()?.role;
}

describe('notifications are written where things happen', () => {
  it('plan review: the leads hear of a submission, the one who sent it hears the answer', async () => {
    const s = await scene(testDb());
    const secondLead = await makeUser(s.db, { name: 'Lu Lead' });
    addMember(s.db, s.networkA, secondLead.id, 'lead');
    const action = await planWithAction(s, null);
    await callerFor(s.db, s.facilitator).plan.submit({ networkId: s.networkA, planVersion: action.planVersion });
    const requested = told(s, 'review_requested');
    expect(requested.map((r) => r.to).sort()).toEqual([secondLead.id, 'Lee Lead'].sort());
    expect(requested[0]).toMatchObject({ link: '/n/kindergarten-readiness/plan/review', actorId: s.facilitator.id, networkId: s.networkA });

    await callerFor(s.db, s.lead).plan.requestChanges({ networkId: s.networkA, planVersion: action.planVersion, comments: [{ target: 'plan', targetId: null, body: 'More detail' }] });
    expect(toNames(told(s, 'changes_requested'))).toEqual(['Fay Facilitator']);

    await callerFor(s.db, s.facilitator).plan.submit({ networkId: s.networkA, planVersion: action.planVersion });
    await callerFor(s.db, s.lead).plan.approve({ networkId: s.networkA, planVersion: action.planVersion });
    expect(toNames(told(s, 'review_approved'))).toEqual(['Fay Facilitator']);
    expect(told(s, 'review_requested')).toHaveLength(4);
  });

  it('charter: leads hear of a proposed version; facilitators and the proposer hear the decision', async () => {
    const s = await scene(testDb());
    await callerFor(s.db, s.facilitator).charter.save({ networkId: s.networkA, baseVersion: 0, content: charter(), changeNote: 'First draft' });
    expect(told(s, 'charter_proposed')).toEqual([
      { to: 'Lee Lead', detail: { version: 1 }, link: '/n/kindergarten-readiness/charter', actorId: s.facilitator.id, networkId: s.networkA },
    ]);
    await callerFor(s.db, s.lead).charter.returnDraft({ networkId: s.networkA, version: 1, comment: 'Sharper aim, please.' });
    expect(toNames(told(s, 'charter_returned'))).toEqual(['Fay Facilitator']);

    // An admin proposes version 2: the admin is the proposer, so hears the ratification too.
    await callerFor(s.db, s.admin).charter.save({ networkId: s.networkA, baseVersion: 1, content: { ...charter(), sections: { ...charter().sections, aim: 'By June 2028, 65% ready.' } }, changeNote: 'Sharper' });
    expect(toNames(told(s, 'charter_proposed'))).toEqual(['Lee Lead', 'Lee Lead']);
    await callerFor(s.db, s.lead).charter.ratify({ networkId: s.networkA, version: 2 });
    expect(toNames(told(s, 'charter_ratified'))).toEqual(['Ada Admin', 'Fay Facilitator']);
    expect(told(s, 'charter_ratified')[0]!.detail).toEqual({ version: 2 });
  });

  it('cycle stage: the owner and co-owners hear of it, never the one who moved it', async () => {
    const s = await scene(testDb());
    const cycleId = await memberCycle(s, { coOwnerIds: [s.facilitator.id], title: 'Calendars at pickup' });
    await callerFor(s.db, s.lead).cycle.setStage({ networkId: s.networkA, cycleId, version: 1, stage: 'do' });
    const moved = told(s, 'cycle_stage');
    expect(toNames(moved)).toEqual(['Fay Facilitator', 'Mo Member']);
    expect(moved[0]).toMatchObject({ detail: { title: 'Calendars at pickup', stage: 'do' }, link: `/n/kindergarten-readiness/cycles/${cycleId}` });

    await callerFor(s.db, s.member).cycle.setStage({ networkId: s.networkA, cycleId, version: 2, stage: 'plan' });
    expect(toNames(told(s, 'cycle_stage').slice(2))).toEqual(['Fay Facilitator']);
  });

  it('action: the new owner hears of it on create and on a change of owner, not on other edits', async () => {
    const s = await scene(testDb());
    const action = await planWithAction(s, s.member.id);
    expect(told(s, 'action_assigned')).toEqual([
      { to: 'Mo Member', detail: { title: 'Readiness night' }, link: `/n/kindergarten-readiness/plan/actions/${action.id}`, actorId: s.facilitator.id, networkId: s.networkA },
    ]);
    const plan = callerFor(s.db, s.facilitator).plan;
    const fields = { networkId: s.networkA, actionId: action.id, title: 'Readiness night', nodeId: action.nodeId, partnerOrganizationId: null, startDate: null, dueDate: '2026-12-01', status: 'not_started' as const };
    await plan.updateAction({ ...fields, version: 1, ownerId: s.member.id });
    expect(told(s, 'action_assigned')).toHaveLength(1);
    await plan.updateAction({ ...fields, version: 2, ownerId: s.lead.id, title: 'Readiness night at the library' });
    expect(told(s, 'action_assigned').slice(1)).toMatchObject([{ to: 'Lee Lead', detail: { title: 'Readiness night at the library' } }]);
    // Taking an action oneself tells no one.
    await plan.updateAction({ ...fields, version: 3, ownerId: s.facilitator.id });
    expect(told(s, 'action_assigned')).toHaveLength(2);
  });

  it('report: everyone in the network hears of a new version once, whatever its languages', async () => {
    const s = await scene(testDb());
    const ref = await withReport(s, 'Board update, fall 2026');
    await callerFor(s.db, s.facilitator).report.publish({ ...ref, version: 1, note: '', language: 'en' });
    const published = told(s, 'report_published');
    expect(toNames(published)).toEqual(['Lee Lead', 'Mo Member']);
    expect(published[0]).toMatchObject({ detail: { title: 'Board update, fall 2026', version: 1 }, link: `/n/kindergarten-readiness/reports/${ref.reportId}` });
    await callerFor(s.db, s.facilitator).report.publish({ ...ref, version: 1, note: '', language: 'es' });
    expect(told(s, 'report_published')).toHaveLength(2);
  });

  it('role: the person whose role changed hears of it, with the new role', async () => {
    const s = await scene(testDb());
    await callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.member.id, role: 'facilitator' });
    expect(told(s, 'role_changed')).toEqual([
      { to: 'Mo Member', detail: { role: 'facilitator' }, link: '/n/kindergarten-readiness', actorId: s.lead.id, networkId: s.networkA },
    ]);
    await callerFor(s.db, s.admin).network.appointLead({ networkId: s.networkA, userId: s.member.id });
    expect(told(s, 'role_changed').slice(1)).toMatchObject([{ to: 'Mo Member', detail: { role: 'lead' } }]);
    // Appointing someone who already leads changes nothing, so says nothing.
    await callerFor(s.db, s.admin).network.appointLead({ networkId: s.networkA, userId: s.member.id });
    expect(told(s, 'role_changed')).toHaveLength(2);
  });

  it('join: the facilitators and leads hear who joined, by the name they had then', async () => {
    const s = await scene(testDb());
    const { token } = await callerFor(s.db, s.facilitator).invitation.create({ networkId: s.networkA, role: 'member', expiresInDays: 7, maxUses: 5 });
    await callerFor(s.db, s.outsider).invitation.accept({ token });
    const joined = told(s, 'member_joined');
    expect(toNames(joined)).toEqual(['Fay Facilitator', 'Lee Lead']);
    expect(joined[0]).toMatchObject({ detail: { name: 'Otto Outsider' }, link: '/n/kindergarten-readiness/people', actorId: s.outsider.id });
    await callerFor(s.db, s.outsider).account.updateName({ name: 'Otto Ortega' });
    expect(told(s, 'member_joined')[0]!.detail).toEqual({ name: 'Otto Outsider' });
  });

  it('nobody is told what they turned off; those who want email get an outbox row', async () => {
    const s = await scene(testDb());
    setMailOn(s.db, true);
    await callerFor(s.db, s.member).notifications.setPreferences({ events: { role_changed: 'off', action_assigned: 'email' }, weeklyDigest: false });
    await callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.member.id, role: 'facilitator' });
    expect(told(s, 'role_changed')).toEqual([]);
    await planWithAction(s, s.member.id);
    expect(toNames(told(s, 'action_assigned'))).toEqual(['Mo Member']);
    expect(s.db.select({ to: mailOutbox.to, kind: mailOutbox.kind }).from(mailOutbox).all()).toEqual([{ to: s.member.email, kind: 'notification' }]);
  });

  it('a refused change tells no one, and a notification that cannot be written undoes the change', async () => {
    const s = await scene(testDb());
    await failure(callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.lead.id, role: 'member' }));
    expect(told(s, 'role_changed')).toEqual([]);

    s.db.$client.exec(`CREATE TRIGGER refuse_notification BEFORE INSERT ON notification BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    await expect(callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.member.id, role: 'facilitator' })).rejects.toThrow();
    expect(roleOf(s.db, s.networkA, s.member.id)).toBe('member');
    await expect(callerFor(s.db, s.member).cycle.create({ networkId: s.networkA, clientId: randomUUID(), rampId: null, ...cycleFields(s.member.id) })).resolves.toBeTruthy();
  });
});

const mailCaller = (db: Db, user: SessionUser, mailOn: boolean) => createCallerFactory(appRouter)(createContextInner({ db, user, mailOn }));

describe('notifications router', () => {
  async function withSome(s: Scene, n: number) {
    for (let i = 0; i < n; i++) {
      await callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.member.id, role: i % 2 === 0 ? 'facilitator' : 'member' });
    }
  }

  it('lists my own, newest first, in pages, with what the sentence needs', async () => {
    const s = await scene(testDb());
    await withSome(s, 5);
    await callerFor(s.db, s.lead).account.updateName({ name: 'Lee Lopez' });
    const me = callerFor(s.db, s.member).notifications;
    const first = await me.list({ limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.items[0]).toMatchObject({ event: 'role_changed', detail: { role: 'facilitator' }, actorName: 'Lee Lopez', networkName: 'Kindergarten Readiness', networkSlug: 'kindergarten-readiness', readAt: null });
    const second = await me.list({ limit: 3, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((n) => n.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await callerFor(s.db, s.outsider).notifications.list({ limit: 50 })).items).toEqual([]);
    expect(await callerFor(s.db, s.lead).notifications.unreadCount()).toBe(0);
  });

  it('marks read only my own, the named ones or all', async () => {
    const s = await scene(testDb());
    await withSome(s, 3);
    const me = callerFor(s.db, s.member).notifications;
    expect(await me.unreadCount()).toBe(3);
    const [newest] = (await me.list({ limit: 1 })).items;
    // Someone else naming my notification marks nothing.
    expect(await callerFor(s.db, s.outsider).notifications.markRead({ ids: [newest!.id] })).toEqual({ marked: 0 });
    expect(await me.unreadCount()).toBe(3);
    expect(await me.markRead({ ids: [newest!.id] })).toEqual({ marked: 1 });
    expect(await me.unreadCount()).toBe(2);
    expect((await me.list({ limit: 1 })).items[0]!.readAt).toBeInstanceOf(Date);
    expect(await me.markRead({ ids: 'all' })).toEqual({ marked: 2 });
    expect(await me.unreadCount()).toBe(0);
  });

  it('preferences: the defaults, my choices, the weekly digest, and whether email is on here', async () => {
    const s = await scene(testDb());
    const before = await mailCaller(s.db, s.member, false).notifications.preferences();
    expect(before.mailOn).toBe(false);
    expect(before.weeklyDigest).toBe(false);
    expect(before.events.find((e) => e.event === 'review_requested')).toEqual({ event: 'review_requested', delivery: 'email', byDefault: 'email', chosen: false });
    expect(before.events.find((e) => e.event === 'cycle_stage')).toMatchObject({ delivery: 'in_app', chosen: false });

    await callerFor(s.db, s.member).notifications.setPreferences({ events: { cycle_stage: 'off', review_requested: 'in_app' }, weeklyDigest: true });
    await callerFor(s.db, s.member).notifications.setPreferences({ events: { cycle_stage: 'email' }, weeklyDigest: true });
    const after = await mailCaller(s.db, s.member, true).notifications.preferences();
    expect(after).toMatchObject({ mailOn: true, weeklyDigest: true });
    expect(after.events.find((e) => e.event === 'cycle_stage')).toMatchObject({ delivery: 'email', chosen: true });
    expect(after.events.find((e) => e.event === 'review_requested')).toMatchObject({ delivery: 'in_app', chosen: true });
    expect(after.events).toHaveLength(11);
    // Nobody else's choices moved.
    expect((await callerFor(s.db, s.lead).notifications.preferences()).events.every((e) => !e.chosen)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { planAction } from '../../server/db/schema.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

const action = (s: Scene, extra: Record<string, unknown> = {}) => ({
  networkId: s.networkA,
  title: 'Readiness night at the library',
  nodeId: null,
  ownerId: s.member.id,
  partnerOrganizationId: null,
  startDate: '2026-09-01',
  dueDate: '2026-10-15',
  status: 'not_started' as const,
  ...extra,
});

/** Aim → one primary driver → one secondary driver → one change idea, and an action on the idea. */
async function smallPlan(s: Scene) {
  const plan = callerFor(s.db, s.facilitator).plan;
  const primary = await plan.addNode({ networkId: s.networkA, parentId: null, title: 'Families know what readiness means' });
  const secondary = await plan.addNode({ networkId: s.networkA, parentId: primary.id, title: 'Clear, shared readiness messages' });
  const idea = await plan.addNode({ networkId: s.networkA, parentId: secondary.id, title: 'Readiness nights at libraries' });
  const act = await plan.addAction(action(s, { nodeId: idea.id }));
  return { primary, secondary, idea, action: act, planVersion: act.planVersion };
}

describe('driver diagram', () => {
  it('builds the levels left to right and refuses a fourth level', async () => {
    const s = await scene(testDb());
    const { primary, secondary, idea } = await smallPlan(s);
    expect([primary.kind, secondary.kind, idea.kind]).toEqual(['primary', 'secondary', 'change_idea']);
    const error = await failure(callerFor(s.db, s.facilitator).plan.addNode({ networkId: s.networkA, parentId: idea.id, title: 'Too deep' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('Change ideas are the last level: nothing goes under them.');
  });

  it('reorders and moves nodes within their level, and refuses a move that changes level', async () => {
    const s = await scene(testDb());
    const plan = callerFor(s.db, s.facilitator).plan;
    const a = await plan.addNode({ networkId: s.networkA, parentId: null, title: 'A' });
    const b = await plan.addNode({ networkId: s.networkA, parentId: null, title: 'B' });
    const a1 = await plan.addNode({ networkId: s.networkA, parentId: a.id, title: 'A1' });
    await plan.moveNode({ networkId: s.networkA, nodeId: b.id, version: 1, parentId: null, position: 0 });
    await plan.moveNode({ networkId: s.networkA, nodeId: a1.id, version: 1, parentId: b.id, position: 0 });
    const nodes = (await plan.get({ networkId: s.networkA })).nodes;
    const primaries = nodes.filter((n) => n.parentId === null).sort((x, y) => x.position - y.position);
    expect(primaries.map((n) => n.title)).toEqual(['B', 'A']);
    expect(nodes.find((n) => n.id === a1.id)?.parentId).toBe(b.id);

    const error = await failure(plan.moveNode({ networkId: s.networkA, nodeId: a1.id, version: 2, parentId: null, position: 0 }));
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('retires a node without deleting it, and restores it', async () => {
    const s = await scene(testDb());
    const { secondary } = await smallPlan(s);
    const plan = callerFor(s.db, s.facilitator).plan;
    await plan.retireNode({ networkId: s.networkA, nodeId: secondary.id, version: 1, retired: true });
    let node = (await plan.get({ networkId: s.networkA })).nodes.find((n) => n.id === secondary.id)!;
    expect(node.retiredAt).toBeInstanceOf(Date);
    await plan.retireNode({ networkId: s.networkA, nodeId: secondary.id, version: 2, retired: false });
    node = (await plan.get({ networkId: s.networkA })).nodes.find((n) => n.id === secondary.id)!;
    expect(node.retiredAt).toBeNull();
  });

  it('refuses an edit made against an older version, changing nothing', async () => {
    const s = await scene(testDb());
    const { primary } = await smallPlan(s);
    await callerFor(s.db, s.facilitator).plan.renameNode({ networkId: s.networkA, nodeId: primary.id, version: 1, title: 'Fay’s name' });
    const auditBefore = auditRows(s.db).length;
    const error = await failure(callerFor(s.db, s.lead).plan.renameNode({ networkId: s.networkA, nodeId: primary.id, version: 1, title: 'Lee’s name' }));
    expect(error.code).toBe('CONFLICT');
    const node = (await callerFor(s.db, s.lead).plan.get({ networkId: s.networkA })).nodes.find((n) => n.id === primary.id)!;
    expect(node.title).toBe('Fay’s name');
    expect(auditRows(s.db)).toHaveLength(auditBefore);
  });
});

describe('actions', () => {
  it('links actions only to this network’s nodes and members', async () => {
    const s = await scene(testDb());
    const fac = callerFor(s.db, s.facilitator).plan;
    const ownerError = await failure(fac.addAction(action(s, { ownerId: s.outsider.id })));
    expect(ownerError.code).toBe('NOT_FOUND');
    const other = await callerFor(s.db, s.outsider).plan.get({ networkId: s.networkB });
    expect(other.nodes).toEqual([]);
    expect(s.db.select().from(planAction).all()).toEqual([]);
  });

  it('lets the owner report progress with notes over time, but not other members', async () => {
    const s = await scene(testDb());
    const { action: act } = await smallPlan(s);
    const mine = callerFor(s.db, s.member).plan;
    await mine.reportProgress({ networkId: s.networkA, actionId: act.id, version: 1, status: 'in_progress', note: 'Booked the room.' });
    await mine.reportProgress({ networkId: s.networkA, actionId: act.id, version: 2, status: 'in_progress', note: 'Flyers are out.' });
    const notes = await mine.actionNotes({ networkId: s.networkA, actionId: act.id });
    expect(notes.map((n) => [n.body, n.statusFrom, n.statusTo, n.authorName])).toEqual([
      ['Booked the room.', 'not_started', 'in_progress', 'Mo Member'],
      ['Flyers are out.', null, null, 'Mo Member'],
    ]);
    const plan = await mine.get({ networkId: s.networkA });
    expect(plan.actions[0]).toMatchObject({ status: 'in_progress', latestNote: 'Flyers are out.', ownerName: 'Mo Member' });

    // A member who does not own the action cannot change it; a stale version is a conflict.
    await callerFor(s.db, s.facilitator).plan.updateAction({ ...action(s), actionId: act.id, version: 3, ownerId: s.lead.id, nodeId: act.nodeId });
    expect((await failure(mine.reportProgress({ networkId: s.networkA, actionId: act.id, version: 4, status: 'done' }))).code).toBe('FORBIDDEN');
    expect((await failure(callerFor(s.db, s.lead).plan.reportProgress({ networkId: s.networkA, actionId: act.id, version: 1, status: 'done' }))).code).toBe('CONFLICT');
  });

  it('keeps progress from sending an approved plan back to draft, while plan edits do', async () => {
    const s = await scene(testDb());
    const { action: act, planVersion } = await smallPlan(s);
    await callerFor(s.db, s.facilitator).plan.submit({ networkId: s.networkA, planVersion });
    await callerFor(s.db, s.lead).plan.approve({ networkId: s.networkA, planVersion });
    await callerFor(s.db, s.member).plan.reportProgress({ networkId: s.networkA, actionId: act.id, version: 1, status: 'done', note: 'Held it: 40 families came.' });
    let plan = await callerFor(s.db, s.member).plan.get({ networkId: s.networkA });
    expect(plan.state).toBe('approved');
    expect(plan.changesSinceApproval).toEqual([]);

    await callerFor(s.db, s.facilitator).plan.addNode({ networkId: s.networkA, parentId: null, title: 'Children attend quality early learning' });
    plan = await callerFor(s.db, s.member).plan.get({ networkId: s.networkA });
    expect(plan.state).toBe('draft');
    expect(plan.changesSinceApproval).toMatchObject([{ kind: 'node_added', title: 'Children attend quality early learning' }]);
  });
});

describe('action edits and the approved plan', () => {
  it('keeps the plan approved for a status edit, returns it to draft for a new due date, and logs which', async () => {
    const s = await scene(testDb());
    const { action: act, planVersion } = await smallPlan(s);
    await callerFor(s.db, s.facilitator).plan.submit({ networkId: s.networkA, planVersion });
    await callerFor(s.db, s.lead).plan.approve({ networkId: s.networkA, planVersion });
    const fac = callerFor(s.db, s.facilitator).plan;
    const first = await fac.updateAction({ ...action(s, { nodeId: act.nodeId, status: 'in_progress' }), actionId: act.id, version: 1 });
    expect(first.returnedToDraft).toBe(false);
    expect((await fac.get({ networkId: s.networkA })).state).toBe('approved');

    const second = await fac.updateAction({ ...action(s, { nodeId: act.nodeId, status: 'in_progress', dueDate: '2026-11-30' }), actionId: act.id, version: first.version });
    expect(second.returnedToDraft).toBe(true);
    expect((await fac.get({ networkId: s.networkA })).state).toBe('draft');
    const logged = auditRows(s.db).filter((r) => r.action === 'plan.updateAction').map((r) => r.detail);
    expect(logged).toMatchObject([{ changed: [], returnedToDraft: false }, { changed: ['dueDate'], returnedToDraft: true }]);
  });
});

describe('review', () => {
  it('goes submit → request changes with comments → fix → submit → approve, keeping a dated snapshot', async () => {
    const s = await scene(testDb());
    const { idea, planVersion } = await smallPlan(s);
    const fac = callerFor(s.db, s.facilitator).plan;
    const lead = callerFor(s.db, s.lead).plan;
    await fac.submit({ networkId: s.networkA, planVersion, note: 'Ready for the board' });
    expect((await lead.get({ networkId: s.networkA })).state).toBe('in_review');

    await lead.requestChanges({
      networkId: s.networkA,
      planVersion,
      comments: [
        { target: 'plan', targetId: null, body: 'Add the health clinics.' },
        { target: 'node', targetId: idea.id, body: 'Which libraries?' },
      ],
    });
    let plan = await fac.get({ networkId: s.networkA });
    expect(plan.state).toBe('changes_requested');
    expect(plan.lastReview?.comments.map((c) => [c.target, c.targetId, c.body])).toEqual([
      ['plan', null, 'Add the health clinics.'],
      ['node', idea.id, 'Which libraries?'],
    ]);

    const renamed = await fac.renameNode({ networkId: s.networkA, nodeId: idea.id, version: 1, title: 'Readiness nights at the three branch libraries' });
    expect((await fac.get({ networkId: s.networkA })).state).toBe('draft');
    // The lead cannot approve what they have not seen.
    expect((await failure(lead.approve({ networkId: s.networkA, planVersion }))).code).toBe('CONFLICT');
    await fac.submit({ networkId: s.networkA, planVersion: renamed.planVersion });
    const approved = await lead.approve({ networkId: s.networkA, planVersion: renamed.planVersion, note: 'Approved at the March meeting' });

    plan = await fac.get({ networkId: s.networkA });
    expect(plan.state).toBe('approved');
    expect(plan.lastApproval).toMatchObject({ byName: 'Lee Lead', note: 'Approved at the March meeting' });
    const snapshot = await callerFor(s.db, s.member).plan.snapshot({ networkId: s.networkA, snapshotId: approved.reviewId });
    expect(snapshot.snapshot.nodes.map((n) => n.title)).toContain('Readiness nights at the three branch libraries');
    expect(snapshot.at).toBeInstanceOf(Date);

    // Later edits never change the snapshot, and retired nodes stay in it.
    await fac.retireNode({ networkId: s.networkA, nodeId: idea.id, version: 2, retired: true });
    const again = await callerFor(s.db, s.member).plan.snapshot({ networkId: s.networkA, snapshotId: approved.reviewId });
    expect(again.snapshot).toEqual(snapshot.snapshot);
    expect((await fac.snapshots({ networkId: s.networkA })).map((x) => x.id)).toEqual([approved.reviewId]);
    expect(auditRows(s.db).filter((r) => r.action.startsWith('plan.') && /submit|approve|request/i.test(r.action)).map((r) => r.action)).toEqual([
      'plan.submit',
      'plan.requestChanges',
      'plan.submit',
      'plan.approve',
    ]);
  });

  it('refuses review steps out of turn, and comments on items from other networks', async () => {
    const s = await scene(testDb());
    const lead = callerFor(s.db, s.lead).plan;
    expect((await failure(callerFor(s.db, s.facilitator).plan.submit({ networkId: s.networkA, planVersion: 0 }))).message).toMatch(/empty/);
    const { planVersion } = await smallPlan(s);
    expect((await failure(lead.approve({ networkId: s.networkA, planVersion }))).message).toBe(
      'Only a plan submitted for review can be approved or sent back.',
    );
    await callerFor(s.db, s.facilitator).plan.submit({ networkId: s.networkA, planVersion });
    expect((await failure(callerFor(s.db, s.facilitator).plan.submit({ networkId: s.networkA, planVersion }))).message).toBe(
      'The plan is already waiting for review.',
    );
    const foreign = await callerFor(s.db, s.admin).plan.addNode({ networkId: s.networkB, parentId: null, title: 'Elsewhere' });
    const error = await failure(
      lead.requestChanges({ networkId: s.networkA, planVersion, comments: [{ target: 'node', targetId: foreign.id, body: 'x' }] }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect((await lead.get({ networkId: s.networkA })).state).toBe('in_review');
  });

  it('shows the aim from the ratified charter', async () => {
    const s = await scene(testDb());
    expect((await callerFor(s.db, s.member).plan.get({ networkId: s.networkA })).aim).toBeNull();
    const content = { sections: { aim: 'By June 2028, 60% ready.', problem: '', scope: '', commitments: '', roles: '', meetings: '', decisions: '', dataSharing: '', communication: '' }, people: { convener: null, facilitator: null, dataLead: null } };
    await callerFor(s.db, s.facilitator).charter.save({ networkId: s.networkA, baseVersion: 0, content, changeNote: 'Aim' });
    expect((await callerFor(s.db, s.member).plan.get({ networkId: s.networkA })).aim).toEqual({ text: 'By June 2028, 60% ready.', ratified: false });
    await callerFor(s.db, s.lead).charter.ratify({ networkId: s.networkA, version: 1 });
    expect((await callerFor(s.db, s.member).plan.get({ networkId: s.networkA })).aim).toEqual({ text: 'By June 2028, 60% ready.', ratified: true });
  });
});

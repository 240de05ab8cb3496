import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { driverNode, network } from '../../server/db/schema.ts';
import { addMember, makeNetwork, scene, type Scene } from '../helpers/scene.ts';
import { cycleFields } from '../helpers/cycles.ts';
import { auditRows, makeUser, testDb } from '../helpers/db.ts';
import { callerFor, failure, outcome } from '../helpers/trpc.ts';

// Network A (Kindergarten Readiness) has a change idea with cycles; network B (Opportunity Youth)
// is where the outsider is a member. Names of the people who own and log cycles must never leave.

const LEARNING = 'Grandparents came more often than parents to the pickup readings';

async function ideaIn(s: Scene, networkId: number, title: string, description = '') {
  const plan = callerFor(s.db, s.admin).plan;
  const primary = await plan.addNode({ networkId, parentId: null, title: `Primary for ${title}` });
  const secondary = await plan.addNode({ networkId, parentId: primary.id, title: `Secondary for ${title}` });
  const idea = await plan.addNode({ networkId, parentId: secondary.id, title, description });
  return { primary: primary.id, secondary: secondary.id, idea: idea.id };
}

/** A's idea with an adopted cycle (owned by the member, co-owned by the facilitator) and a second, adapted one in the same ramp. */
async function sharedIdea(s: Scene) {
  const a = await ideaIn(s, s.networkA, 'Read-aloud at pickup', 'Ten minutes of reading while families wait');
  const cycle = callerFor(s.db, s.member).cycle;
  const first = await cycle.create({
    networkId: s.networkA,
    clientId: randomUUID(),
    rampId: null,
    ...cycleFields(s.member.id, {
      title: 'Pickup readings at Lincoln',
      changeIdeaId: a.idea,
      coOwnerIds: [s.facilitator.id],
      questions: [{ question: 'Will families stay?', prediction: 'Half will stay', result: 'Most stayed' }],
      learning: LEARNING,
      decision: 'adopt',
    }),
  });
  const next = await cycle.continueRamp({ networkId: s.networkA, cycleId: first.id, clientId: randomUUID() });
  const nextId = (next as { id: number }).id;
  const row = await cycle.get({ networkId: s.networkA, cycleId: nextId });
  await cycle.update({ networkId: s.networkA, cycleId: nextId, version: row.version, ...cycleFields(s.member.id, { title: 'Pickup readings at two schools', changeIdeaId: a.idea, decision: 'adapt' }) });
  return a;
}

const share = (s: Scene, networkId: number, enabled: boolean) => callerFor(s.db, s.admin).library.setSharing({ networkId, enabled });

describe('the learning library', () => {
  it('shows a network’s ideas to other networks only while its lead shares them, and its own members see them as theirs', async () => {
    const s = await scene(testDb());
    await sharedIdea(s);
    const outsider = callerFor(s.db, s.outsider).library;
    expect((await outsider.search({})).items).toEqual([]);

    await callerFor(s.db, s.lead).library.setSharing({ networkId: s.networkA, enabled: true });
    const shared = await outsider.search({});
    expect(shared.total).toBe(1);
    expect(shared.items[0]).toMatchObject({ title: 'Read-aloud at pickup', network: { name: 'Kindergarten Readiness', ours: false, publicSlug: null }, scale: 2, scaleLevel: 'ramped' });
    expect(shared.items[0]!.cycles.map((c) => [c.title, c.decision])).toEqual([
      ['Pickup readings at Lincoln', 'adopt'],
      ['Pickup readings at two schools', 'adapt'],
    ]);
    expect(shared.items[0]!.cycles[0]!.questions).toEqual([{ question: 'Will families stay?', prediction: 'Half will stay', result: 'Most stayed' }]);
    expect((await callerFor(s.db, s.member).library.search({})).items[0]!.network.ours).toBe(true);
    const audit = auditRows(s.db).filter((r) => r.action === 'network.shareLearning');
    expect(audit.map((r) => [r.actorId, r.networkId])).toEqual([[s.lead.id, s.networkA]]);

    await callerFor(s.db, s.lead).library.setSharing({ networkId: s.networkA, enabled: false });
    expect((await outsider.search({})).items).toEqual([]);
    expect((await callerFor(s.db, s.staff).library.search({})).items).toEqual([]);
    expect((await callerFor(s.db, s.member).library.search({})).total).toBe(1);
    expect(auditRows(s.db).some((r) => r.action === 'network.unshareLearning')).toBe(true);
  });

  it('never carries a person’s name, a retired idea, or a network that did not opt in', async () => {
    const s = await scene(testDb());
    const a = await sharedIdea(s);
    await share(s, s.networkA, true);
    s.db.update(network).set({ publicReport: true }).where(eq(network.id, s.networkA)).run();
    const c = makeNetwork(s.db, { name: 'Middle Math', slug: 'middle-math', outcomeArea: 'middle_grade_math' });
    await ideaIn(s, c, 'Private idea of a network that did not opt in');
    const retired = await ideaIn(s, s.networkA, 'Retired idea');
    await callerFor(s.db, s.admin).plan.retireNode({ networkId: s.networkA, nodeId: retired.idea, version: 1, retired: true });

    const result = await callerFor(s.db, s.outsider).library.search({});
    expect(result.items.map((i) => i.title)).toEqual(['Read-aloud at pickup']);
    expect(result.items[0]!.network.publicSlug).toBe('kindergarten-readiness');
    const json = JSON.stringify(result);
    for (const name of ['Mo Member', 'Fay Facilitator', 'Lee Lead', 'Ada Admin', s.member.id, s.facilitator.id, s.member.email]) expect(json).not.toContain(name);
    expect(json).not.toContain('Private idea');
    expect(a.idea).toBe(result.items[0]!.id);
  });

  it('finds an idea by a word of its cycles’ learning or by its own words, and filters by outcome area, decision and scale', async () => {
    const s = await scene(testDb());
    await sharedIdea(s);
    await share(s, s.networkA, true);
    await ideaIn(s, s.networkB, 'Text message nudges', 'Reminders by text before each session');
    const search = callerFor(s.db, s.outsider).library.search;

    expect((await search({ q: 'grandparents' })).items.map((i) => i.title)).toEqual(['Read-aloud at pickup']);
    expect((await search({ q: 'reminders text' })).items.map((i) => i.title)).toEqual(['Text message nudges']);
    expect((await search({ q: 'nothing-like-this' })).total).toBe(0);
    // FTS5's syntax is only words here: no error, and punctuation alone searches for nothing.
    expect((await search({ q: 'pickup OR NEAR(' })).total).toBe(0);
    expect((await search({ q: '"* ()' })).total).toBe(2);

    expect((await search({ outcomeArea: 'employment' })).items.map((i) => i.title)).toEqual(['Text message nudges']);
    expect((await search({ decision: 'adapt' })).items.map((i) => i.title)).toEqual(['Read-aloud at pickup']);
    expect((await search({ decision: 'abandon' })).total).toBe(0);
    expect((await search({ scale: 'tested' })).items.map((i) => i.title)).toEqual(['Read-aloud at pickup']);
    expect((await search({ scale: 'ramped' })).total).toBe(1);
    expect((await search({ scale: 'ramped3' })).total).toBe(0);
  });

  it('pages twenty at a time', async () => {
    const s = await scene(testDb());
    await share(s, s.networkA, true);
    const { secondary } = await ideaIn(s, s.networkA, 'Idea 0');
    for (let i = 1; i < 25; i++) await callerFor(s.db, s.admin).plan.addNode({ networkId: s.networkA, parentId: secondary, title: `Idea ${i}` });
    const search = callerFor(s.db, s.outsider).library.search;
    const first = await search({});
    const second = await search({ page: 2 });
    expect([first.total, first.items.length, second.items.length]).toEqual([25, 20, 5]);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(25);
  });

  it('refuses people who belong to no network; staff and admins may search', async () => {
    const s = await scene(testDb());
    const nobody = await makeUser(s.db, { name: 'No Network' });
    expect(await outcome(callerFor(s.db, nobody).library.search({}))).toBe('FORBIDDEN');
    expect(await outcome(callerFor(s.db, s.staff).library.search({}))).toBe('OK');
    expect(await outcome(callerFor(s.db, s.admin).library.search({}))).toBe('OK');
  });
});

describe('try this in our network', () => {
  async function setUp() {
    const s = await scene(testDb());
    const a = await sharedIdea(s);
    await share(s, s.networkA, true);
    const b = await ideaIn(s, s.networkB, 'An idea of B');
    addMember(s.db, s.networkB, s.facilitator.id, 'facilitator'); // plans in both A and B
    return { s, a, b };
  }

  it('copies the idea under a secondary driver of my plan, crediting its source, audited, the plan version bumped', async () => {
    const { s, a, b } = await setUp();
    const before = (await callerFor(s.db, s.facilitator).plan.get({ networkId: s.networkB })).version;
    const copy = await callerFor(s.db, s.facilitator).library.copy({ networkId: s.networkB, sourceNodeId: a.idea, parentId: b.secondary });
    const row = s.db.select().from(driverNode).where(eq(driverNode.id, copy.id)).get()!;
    expect(row).toMatchObject({ networkId: s.networkB, parentId: b.secondary, kind: 'change_idea', title: 'Read-aloud at pickup', description: 'Ten minutes of reading while families wait', sourceNodeId: a.idea, sourceNetworkName: 'Kindergarten Readiness' });
    const plan = await callerFor(s.db, s.facilitator).plan.get({ networkId: s.networkB });
    expect(plan.version).toBe(before + 1);
    expect(plan.nodes.find((n) => n.id === copy.id)?.sourceNetworkName).toBe('Kindergarten Readiness');
    const audit = auditRows(s.db).at(-1)!;
    expect(audit).toMatchObject({ action: 'plan.addNode', actorId: s.facilitator.id, networkId: s.networkB });
    expect(audit.detail).toMatchObject({ sourceNodeId: a.idea, sourceNetworkName: 'Kindergarten Readiness' });

    // A second copy is allowed; the library tells me where it is already.
    await callerFor(s.db, s.facilitator).library.copy({ networkId: s.networkB, sourceNodeId: a.idea, parentId: b.secondary });
    const entry = (await callerFor(s.db, s.facilitator).library.search({ q: 'pickup' })).items.find((i) => i.id === a.idea)!;
    expect(entry.copiedInto).toEqual([s.networkB, s.networkB]);
  });

  it('copies only into a plan I may edit, under a secondary driver, from an idea the library shows', async () => {
    const { s, a, b } = await setUp();
    const outsider = callerFor(s.db, s.outsider).library; // a member of B, not a plan editor
    expect(await outcome(outsider.copy({ networkId: s.networkB, sourceNodeId: a.idea, parentId: b.secondary }))).toBe('FORBIDDEN');
    expect(await outcome(callerFor(s.db, s.staff).library.copy({ networkId: s.networkB, sourceNodeId: a.idea, parentId: b.secondary }))).toBe('FORBIDDEN');
    const fac = callerFor(s.db, s.facilitator).library;
    expect((await failure(fac.copy({ networkId: s.networkB, sourceNodeId: a.idea, parentId: b.primary }))).code).toBe('BAD_REQUEST');
    expect((await failure(fac.copy({ networkId: s.networkB, sourceNodeId: a.idea, parentId: b.idea }))).code).toBe('BAD_REQUEST');
    expect((await failure(fac.copy({ networkId: s.networkB, sourceNodeId: a.idea, parentId: a.secondary }))).code).toBe('NOT_FOUND');
    expect((await failure(fac.copy({ networkId: s.networkB, sourceNodeId: a.secondary, parentId: b.secondary }))).code).toBe('NOT_FOUND');
    expect((await failure(fac.copy({ networkId: s.networkA, sourceNodeId: a.idea, parentId: a.secondary }))).code).toBe('BAD_REQUEST');
    await share(s, s.networkA, false);
    // The outsider's network B never shared: its facilitator (also in A) may still copy B's idea into A, as its member.
    expect(await outcome(fac.copy({ networkId: s.networkA, sourceNodeId: b.idea, parentId: a.secondary }))).toBe('OK');
    const lonely = await makeUser(s.db, { name: 'Plan Editor of B Only' });
    addMember(s.db, s.networkB, lonely.id, 'facilitator');
    expect((await failure(callerFor(s.db, lonely).library.copy({ networkId: s.networkB, sourceNodeId: a.idea, parentId: b.secondary }))).code).toBe('NOT_FOUND');
    const copies = s.db.select().from(driverNode).where(eq(driverNode.sourceNodeId, a.idea)).all();
    expect(copies).toEqual([]);
  });
});

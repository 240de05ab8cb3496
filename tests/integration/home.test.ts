import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actionPlan, pdsaCycle } from '../../server/db/schema.ts';
import { addDays, NEEDS_YOU_FIRST } from '../../shared/domain/needs-you.ts';
import { localToday } from '../../shared/domain/plan.ts';
import { memberCycle } from '../helpers/cycles.ts';
import { testDb } from '../helpers/db.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { addMember, makeNetwork, scene, type Scene } from '../helpers/scene.ts';
import { callerFor } from '../helpers/trpc.ts';

const today = () => localToday();
const kinds = (items: { kind: string }[]) => items.map((i) => i.kind);

async function planSubmitted(s: Scene) {
  const fac = callerFor(s.db, s.facilitator).plan;
  const node = await fac.addNode({ networkId: s.networkA, parentId: null, title: 'Families know what readiness means' });
  const action = await fac.addAction({
    networkId: s.networkA, title: 'Readiness night at the library', nodeId: node.id, ownerId: s.member.id,
    partnerOrganizationId: null, startDate: null, dueDate: addDays(today(), -2), status: 'in_progress',
  });
  const planVersion = s.db.select().from(actionPlan).where(eq(actionPlan.networkId, s.networkA)).get()!.version;
  await fac.submit({ networkId: s.networkA, planVersion });
  return { action, planVersion };
}

describe('home.network: what needs me', () => {
  it('asks the lead to ratify and review, the facilitator for notes and a report, the member for their own work', async () => {
    const s = await scene(testDb());
    const fac = callerFor(s.db, s.facilitator);
    await fac.charter.save({ networkId: s.networkA, baseVersion: 0, content: (await import('../../shared/domain/charter.ts')).emptyCharter(), changeNote: 'First draft' });
    const { action } = await planSubmitted(s);
    const past = await fac.meeting.create({ networkId: s.networkA, clientId: randomUUID(), title: 'October meeting', date: addDays(today(), -5), attendeeIds: [], guestCount: 0, agenda: '', notes: '' });
    await fac.meeting.create({ networkId: s.networkA, clientId: randomUUID(), title: 'With notes', date: addDays(today(), -3), attendeeIds: [], guestCount: 0, agenda: '', notes: 'We met.' });
    const ended = await fac.report.create({ networkId: s.networkA, title: 'Fall update', from: addDays(today(), -90), to: addDays(today(), -1), timeZone: 'America/Chicago' });
    await fac.report.create({ networkId: s.networkA, title: 'Still open', from: addDays(today(), -10), to: addDays(today(), 20), timeZone: 'America/Chicago' });
    // The member's cycle: planned without predictions; the other's test ended without a study.
    const planning = await memberCycle(s, { title: 'Calendars at pickup' });
    const ended2 = await memberCycle(s, { title: 'Reading bags', ownerId: s.lead.id, endDate: addDays(today(), -4), questions: [{ question: 'Will they read?', prediction: 'Half', result: '' }] });

    const lead = await callerFor(s.db, s.lead).home.network({ networkId: s.networkA });
    expect(kinds(lead.needsYou.items)).toEqual(['charter_ratify', 'plan_review', 'report_due', 'cycle_study', 'meeting_notes']);
    expect(lead.needsYou.items.find((i) => i.kind === 'cycle_study')).toMatchObject({ title: 'Reading bags', since: addDays(today(), -3), link: `/n/kindergarten-readiness/cycles/${ended2}` });

    const facilitator = await fac.home.network({ networkId: s.networkA });
    expect(facilitator.needsYou.items).toEqual([
      { kind: 'report_due', title: 'Fall update', since: today(), link: `/n/kindergarten-readiness/reports/${ended.id}` },
      { kind: 'cycle_study', title: 'Reading bags', since: addDays(today(), -3), link: `/n/kindergarten-readiness/cycles/${ended2}` },
      { kind: 'meeting_notes', title: 'October meeting', since: addDays(today(), -5), link: `/n/kindergarten-readiness/meetings/${past.id}` },
    ]);

    const member = await callerFor(s.db, s.member).home.network({ networkId: s.networkA });
    expect(member.needsYou).toEqual({ total: 2, nextCursor: null, items: [
      { kind: 'action_overdue', title: 'Readiness night at the library', since: addDays(today(), -2), link: `/n/kindergarten-readiness/plan/actions/${action.id}` },
      { kind: 'cycle_predict', title: 'Calendars at pickup', since: today(), link: `/n/kindergarten-readiness/cycles/${planning}` },
    ] });

    // A site administrator who is not a member has nothing of their own here.
    expect((await callerFor(s.db, s.admin).home.network({ networkId: s.networkA })).needsYou).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('counts a co-owned cycle as mine', async () => {
    const s = await scene(testDb());
    await memberCycle(s, { title: 'Shared test', ownerId: s.lead.id, coOwnerIds: [s.facilitator.id] });
    const fac = await callerFor(s.db, s.facilitator).home.network({ networkId: s.networkA });
    expect(fac.needsYou.items.map((i) => [i.kind, i.title])).toEqual([['cycle_predict', 'Shared test']]);
  });
});

describe('home.needsYou: a long list, a page at a time', () => {
  it('brings the first items and the count with the home, and the rest in order after them', async () => {
    const s = await scene(testDb());
    for (let i = 1; i <= 27; i++) await memberCycle(s, { title: `Planned ${i}` });
    const me = callerFor(s.db, s.member);
    const whole = await me.home.needsYou({ networkId: s.networkA, cursor: 0, limit: 100 });
    expect(whole).toMatchObject({ total: 27, nextCursor: null });
    expect(whole.items).toHaveLength(27);

    const home = await me.home.network({ networkId: s.networkA });
    expect(home.needsYou).toEqual({ items: whole.items.slice(0, NEEDS_YOU_FIRST), total: 27, nextCursor: NEEDS_YOU_FIRST });
    const next = await me.home.needsYou({ networkId: s.networkA, cursor: NEEDS_YOU_FIRST, limit: 5 });
    expect(next).toEqual({ items: whole.items.slice(NEEDS_YOU_FIRST, NEEDS_YOU_FIRST + 5), total: 27, nextCursor: NEEDS_YOU_FIRST + 5 });
    const last = await me.home.needsYou({ networkId: s.networkA, cursor: NEEDS_YOU_FIRST + 5, limit: 5 });
    expect(last).toEqual({ items: whole.items.slice(NEEDS_YOU_FIRST + 5), total: 27, nextCursor: null });
    // The switcher's count is the whole list's, not the first page's.
    expect((await me.home.counts()).find((c) => c.networkId === s.networkA)?.count).toBe(27);
    // Past the end: nothing more, and no error.
    expect(await me.home.needsYou({ networkId: s.networkA, cursor: 500, limit: 5 })).toEqual({ items: [], total: 27, nextCursor: null });
  });
});

describe('home.network: the rest of the page', () => {
  it('brings the indicator series (whole population only), the meetings around today and recent learnings', async () => {
    const s = await scene(testDb());
    await withIndicator(s);
    const fac = callerFor(s.db, s.facilitator);
    const ind = await fac.indicator.get({ networkId: s.networkA });
    const groupId = ind!.dimensions[0]!.groups[0]!.id;
    await fac.indicator.saveMeasurements({
      networkId: s.networkA,
      rows: [
        { period: '2025-01', groupId: null, value: null, numerator: 40, denominator: 100, note: 'first' },
        { period: '2025-02', groupId: null, value: null, numerator: 45, denominator: 100, note: '' },
        { period: '2025-02', groupId, value: null, numerator: 5, denominator: 20, note: '' },
      ],
    });
    const soon = await fac.meeting.create({ networkId: s.networkA, clientId: randomUUID(), title: 'Next', date: addDays(today(), 7), attendeeIds: [], guestCount: 0, agenda: '', notes: '' });
    const decided = await memberCycle(s, { title: 'Calendars', learning: `Families used them. ${'More words. '.repeat(40)}`, decision: 'adopt' });
    const old = await memberCycle(s, { title: 'Old one', learning: 'Long ago', decision: 'abandon' });
    s.db.update(pdsaCycle).set({ updatedAt: new Date(Date.now() - 40 * 86_400_000) }).where(eq(pdsaCycle.id, old)).run();
    await memberCycle(s, { title: 'Undecided', learning: 'Not yet' });

    const home = await callerFor(s.db, s.member).home.network({ networkId: s.networkA });
    expect(home.indicator).toMatchObject({ name: 'Children ready for kindergarten', frequency: 'monthly', chartType: 'run' });
    expect(home.indicator!.series).toEqual([
      { period: '2025-01', value: null, numerator: 40, denominator: 100, groupId: null, note: '' },
      { period: '2025-02', value: null, numerator: 45, denominator: 100, groupId: null, note: '' },
    ]);
    expect(home.meetings).toEqual([{ id: soon.id, title: 'Next', date: addDays(today(), 7) }]);
    expect(home.learnings.map((l) => [l.id, l.title, l.decision])).toEqual([[decided, 'Calendars', 'adopt']]);
    expect(home.learnings[0]!.learning.length).toBeLessThanOrEqual(241);
    expect(home.learnings[0]!.learning).toMatch(/^Families used them\. .*…$/);
  });

  it('answers a network without an indicator, meetings or cycles', async () => {
    const s = await scene(testDb());
    expect(await callerFor(s.db, s.member).home.network({ networkId: s.networkA })).toEqual({
      needsYou: { items: [], total: 0, nextCursor: null }, indicator: null, meetings: [], learnings: [], myOrganization: { organization: null },
    });
  });

  it('names the partner organization I represent here, and none for someone who is not a member', async () => {
    const s = await scene(testDb());
    const me = callerFor(s.db, s.member);
    const { organizationId } = await me.member.setMyOrganization({ networkId: s.networkA, organization: { kind: 'new', name: 'Eastside Library', sector: 'community_family' } });
    expect((await me.home.network({ networkId: s.networkA })).myOrganization).toEqual({
      organization: { id: organizationId, name: 'Eastside Library', sector: 'community_family' },
    });
    expect((await callerFor(s.db, s.facilitator).home.network({ networkId: s.networkA })).myOrganization).toEqual({ organization: null });
    expect((await callerFor(s.db, s.admin).home.network({ networkId: s.networkA })).myOrganization).toBeNull();
  });
});

describe('home.bySlug: the network and its home in one request', () => {
  it('answers what network.bySlug and home.network answer, for members, staff and the administrator', async () => {
    const s = await scene(testDb());
    await planSubmitted(s);
    for (const person of [s.lead, s.member, s.staff, s.admin]) {
      const caller = callerFor(s.db, person);
      const both = await caller.home.bySlug({ slug: 'kindergarten-readiness' });
      expect(both.network).toEqual(await caller.network.bySlug({ slug: 'kindergarten-readiness' }));
      expect(both.home).toEqual(await caller.home.network({ networkId: s.networkA }));
    }
  });

  it('answers someone outside the network as for a missing one', async () => {
    const s = await scene(testDb());
    const outsider = callerFor(s.db, s.outsider).home;
    await expect(outsider.bySlug({ slug: 'kindergarten-readiness' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(outsider.bySlug({ slug: 'no-such-network' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('home.counts', () => {
  it('counts what needs me in each of my networks, and nothing of networks I am not in', async () => {
    const s = await scene(testDb());
    const third = makeNetwork(s.db, { name: 'Eighth Grade Math', slug: 'eighth-grade-math' });
    addMember(s.db, third, s.member.id, 'facilitator');
    await memberCycle(s, { title: 'One' });
    await memberCycle(s, { title: 'Two' });
    await callerFor(s.db, s.member).cycle.create({ networkId: third, clientId: randomUUID(), rampId: null, ...(await import('../helpers/cycles.ts')).cycleFields(s.member.id, { title: 'Three' }) });
    expect(await callerFor(s.db, s.member).home.counts()).toEqual(
      expect.arrayContaining([
        { networkId: s.networkA, count: 2 },
        { networkId: third, count: 1 },
      ]),
    );
    expect(await callerFor(s.db, s.member).home.counts()).toHaveLength(2);
    expect(await callerFor(s.db, s.outsider).home.counts()).toEqual([{ networkId: s.networkB, count: 0 }]);
    expect(await callerFor(s.db, s.admin).home.counts()).toEqual([]);
  });
});

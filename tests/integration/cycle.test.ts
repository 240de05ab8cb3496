import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createContextInner } from '../../server/context.ts';
import { pdsaCycle } from '../../server/db/schema.ts';
import { appRouter } from '../../server/router.ts';
import { createCallerFactory } from '../../server/trpc.ts';
import { changeIdea, cycleFields, memberCycle } from '../helpers/cycles.ts';
import { auditRows, makeUser, testDb } from '../helpers/db.ts';
import { addMember, scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

const prediction = { question: 'Will families take the calendar?', prediction: 'Most of 20 families will', result: '' };

describe('creating cycles', () => {
  it('is idempotent: a retried create with the same client id returns the first cycle', async () => {
    const s = await scene(testDb());
    const caller = callerFor(s.db, s.member).cycle;
    const input = { networkId: s.networkA, clientId: randomUUID(), rampId: null, ...cycleFields(s.member.id) };
    const first = await caller.create(input);
    const retry = await caller.create(input);
    expect(first.created).toBe(true);
    expect(retry).toEqual({ id: first.id, created: false });
    expect(s.db.select().from(pdsaCycle).all()).toHaveLength(1);
    expect(auditRows(s.db).filter((r) => r.action === 'cycle.create')).toHaveLength(1);

    const quick = { networkId: s.networkA, clientId: randomUUID(), title: 'Calendars', changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null };
    const q1 = await caller.quickLog(quick);
    const q2 = await caller.quickLog(quick);
    expect(q2).toEqual({ id: q1.id, created: false });
    expect(s.db.select().from(pdsaCycle).all()).toHaveLength(2);
  });

  it('refuses a client id already used in another network, without revealing it', async () => {
    const s = await scene(testDb());
    const clientId = randomUUID();
    await callerFor(s.db, s.outsider).cycle.create({ networkId: s.networkB, clientId, rampId: null, ...cycleFields(s.outsider.id) });
    const error = await failure(callerFor(s.db, s.member).cycle.create({ networkId: s.networkA, clientId, rampId: null, ...cycleFields(s.member.id) }));
    expect(error.code).toBe('CONFLICT');
  });

  it('refuses links outside the network and names the field', async () => {
    const s = await scene(testDb());
    const error = await failure(memberCycle(s, { ownerId: s.outsider.id }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.cause).toMatchObject({ field: 'ownerId' });
    expect(s.db.select().from(pdsaCycle).all()).toHaveLength(0);
  });

  it('quick log: a tried change starts at Do, honestly without predictions before doing', async () => {
    const s = await scene(testDb());
    const idea = await changeIdea(s);
    const { id } = await callerFor(s.db, s.member).cycle.quickLog({
      networkId: s.networkA,
      clientId: randomUUID(),
      title: 'Calendars at pickup',
      changeIdeaId: idea,
      meetingId: null,
      whatWeTried: 'Handed out 20 calendars at pickup',
      whatWeLearned: 'Families asked for Spanish versions',
      decision: 'adapt',
    });
    const cycle = await callerFor(s.db, s.member).cycle.get({ networkId: s.networkA, cycleId: id });
    expect(cycle).toMatchObject({ stage: 'do', quickLog: true, predictedBeforeDo: false, decision: 'adapt', whatHappened: 'Handed out 20 calendars at pickup' });
    expect(cycle.fidelity.find((f) => f.check === 'predicted')?.state).toBe('missing');
    expect(cycle.changeIdea?.title).toBe('Readiness nights at libraries');
  });
});

describe('editing and stages', () => {
  it('members edit their own cycles only; facilitators edit any', async () => {
    const s = await scene(testDb());
    const id = await memberCycle(s);
    const other = await callerFor(s.db, s.lead).cycle.create({ networkId: s.networkA, clientId: randomUUID(), rampId: null, ...cycleFields(s.lead.id) });
    const member = callerFor(s.db, s.member).cycle;
    const denied = await failure(member.update({ networkId: s.networkA, cycleId: other.id, version: 1, ...cycleFields(s.lead.id, { title: 'Mine now' }) }));
    expect(denied.code).toBe('FORBIDDEN');
    await callerFor(s.db, s.facilitator).cycle.update({ networkId: s.networkA, cycleId: id, version: 1, ...cycleFields(s.member.id, { objective: 'Sharper' }) });
    expect((await member.get({ networkId: s.networkA, cycleId: id })).objective).toBe('Sharper');
    expect((await member.get({ networkId: s.networkA, cycleId: other.id })).canEdit).toBe(false);
  });

  it('co-owners may edit; a stale version is a conflict that writes nothing', async () => {
    const s = await scene(testDb());
    const id = await callerFor(s.db, s.lead)
      .cycle.create({ networkId: s.networkA, clientId: randomUUID(), rampId: null, ...cycleFields(s.lead.id, { coOwnerIds: [s.member.id] }) })
      .then((r) => r.id);
    const member = callerFor(s.db, s.member).cycle;
    await member.update({ networkId: s.networkA, cycleId: id, version: 1, ...cycleFields(s.lead.id, { coOwnerIds: [s.member.id], objective: 'First' }) });
    const stale = await failure(member.update({ networkId: s.networkA, cycleId: id, version: 1, ...cycleFields(s.lead.id, { coOwnerIds: [s.member.id], objective: 'Second' }) }));
    expect(stale.code).toBe('CONFLICT');
    expect((await member.get({ networkId: s.networkA, cycleId: id })).objective).toBe('First');
  });

  it('blocks Study without predictions and Done without a decision, and says why', async () => {
    const s = await scene(testDb());
    const id = await memberCycle(s);
    const cycle = callerFor(s.db, s.member).cycle;
    let version = (await cycle.setStage({ networkId: s.networkA, cycleId: id, version: 1, stage: 'do' })).version;
    const blocked = await failure(cycle.setStage({ networkId: s.networkA, cycleId: id, version, stage: 'study' }));
    expect(blocked.code).toBe('BAD_REQUEST');
    expect(blocked.message).toMatch(/prediction/);
    version = (await cycle.update({ networkId: s.networkA, cycleId: id, version, ...cycleFields(s.member.id, { questions: [prediction] }) })).version;
    version = (await cycle.setStage({ networkId: s.networkA, cycleId: id, version, stage: 'study' })).version;
    version = (await cycle.setStage({ networkId: s.networkA, cycleId: id, version, stage: 'act' })).version;
    const undecided = await failure(cycle.setStage({ networkId: s.networkA, cycleId: id, version, stage: 'done' }));
    expect(undecided.message).toMatch(/adopt, adapt or abandon/);
    const fresh = await memberCycle(s, { questions: [prediction] });
    const skip = await failure(cycle.setStage({ networkId: s.networkA, cycleId: fresh, version: 1, stage: 'study' }));
    expect(skip.message).toMatch(/one stage at a time/);
  });

  it('says why, and what helps, in the reader’s language', async () => {
    const s = await scene(testDb());
    const id = await memberCycle(s);
    const cycle = createCallerFactory(appRouter)(createContextInner({ db: s.db, user: s.member, lang: 'es' })).cycle;
    const skip = await failure(cycle.setStage({ networkId: s.networkA, cycleId: id, version: 1, stage: 'study' }));
    expect(skip.message).toBe('Avance una etapa a la vez, para que cada etapa tenga su turno.');
    const got = await cycle.get({ networkId: s.networkA, cycleId: id });
    expect(got.fidelity[0]!.hint).toBe('Escriba lo que espera para cada pregunta antes de probarlo.');
  });

  it('records whether predictions came before doing, once', async () => {
    const s = await scene(testDb());
    const id = await memberCycle(s, { questions: [prediction] });
    const cycle = callerFor(s.db, s.member).cycle;
    let version = (await cycle.setStage({ networkId: s.networkA, cycleId: id, version: 1, stage: 'do' })).version;
    version = (await cycle.setStage({ networkId: s.networkA, cycleId: id, version, stage: 'plan' })).version;
    const got = await cycle.get({ networkId: s.networkA, cycleId: id });
    expect(got.predictedBeforeDo).toBe(true);
    expect(got.fidelity.map((f) => f.state)).toEqual(['met', 'upcoming', 'upcoming', 'upcoming']);
    expect(auditRows(s.db).filter((r) => r.action === 'cycle.setStage').map((r) => r.detail)).toEqual([
      expect.objectContaining({ from: 'plan', to: 'do' }),
      expect.objectContaining({ from: 'do', to: 'plan' }),
    ]);
    void version;
  });
});

describe('ramps', () => {
  it('"start the next cycle" continues the ramp and carries the context forward', async () => {
    const s = await scene(testDb());
    const idea = await changeIdea(s);
    const first = await memberCycle(s, { changeIdeaId: idea, objective: 'Families use the calendar', questions: [{ ...prediction, result: '14 of 20 took one' }], scale: '1 classroom' });
    const cycle = callerFor(s.db, s.member).cycle;
    const clientId = randomUUID();
    const next = await cycle.continueRamp({ networkId: s.networkA, cycleId: first, clientId });
    expect(await cycle.continueRamp({ networkId: s.networkA, cycleId: first, clientId })).toEqual({ id: next.id, created: false });
    const got = await cycle.get({ networkId: s.networkA, cycleId: next.id });
    expect(got).toMatchObject({ rampNumber: 2, changeIdeaId: idea, objective: 'Families use the calendar', scale: '', stage: 'plan' });
    expect(got.questions).toEqual([{ question: prediction.question, prediction: '', result: '' }]);
    expect(got.previous?.id).toBe(first);
    const third = await cycle.continueRamp({ networkId: s.networkA, cycleId: next.id, clientId: randomUUID() });
    const ramp = await cycle.ramp({ networkId: s.networkA, rampId: got.ramp!.id });
    expect(ramp.cycles.map((c) => [c.id, c.rampNumber])).toEqual([
      [first, 1],
      [next.id, 2],
      [third.id, 3],
    ]);
    expect((await cycle.get({ networkId: s.networkA, cycleId: first })).hasNextCycle).toBe(true);
    const ramps = await cycle.ramps({ networkId: s.networkA });
    expect(ramps).toHaveLength(1);
    expect(ramps[0]).toMatchObject({ cycles: 3, changeIdeaTitle: 'Readiness nights at libraries' });
  });

  it('a ramp is named after its first cycle; its owners, facilitators and leads may rename it', async () => {
    const s = await scene(testDb());
    const first = await memberCycle(s, { title: 'Readiness night with three families' });
    await callerFor(s.db, s.member).cycle.continueRamp({ networkId: s.networkA, cycleId: first, clientId: randomUUID() });
    const rampId = (await callerFor(s.db, s.member).cycle.get({ networkId: s.networkA, cycleId: first })).ramp!.id;
    const ramp = (who: typeof s.member) => callerFor(s.db, who).cycle.ramp({ networkId: s.networkA, rampId });
    expect(await ramp(s.member)).toMatchObject({ title: 'Readiness night with three families', canRename: true });

    const other = await makeUser(s.db, { name: 'Ann Other' });
    addMember(s.db, s.networkA, other.id, 'member');
    expect((await ramp(other)).canRename).toBe(false);
    const seenTitle = 'Readiness night with three families';
    const refused = await failure(callerFor(s.db, other).cycle.renameRamp({ networkId: s.networkA, rampId, seenTitle, title: 'Mine' }));
    expect(refused.code).toBe('FORBIDDEN');

    await callerFor(s.db, s.facilitator).cycle.renameRamp({ networkId: s.networkA, rampId, seenTitle, title: 'Readiness nights: storytime to all branches' });
    expect((await ramp(other)).title).toBe('Readiness nights: storytime to all branches');
    const stale = await failure(callerFor(s.db, s.member).cycle.renameRamp({ networkId: s.networkA, rampId, seenTitle, title: 'Library nights' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/storytime to all branches/);
  });
});

describe('finding the learning', () => {
  it('searches every field with stemming and prefixes, ranked, with a marked snippet', async () => {
    const s = await scene(testDb());
    const a = await memberCycle(s, { title: 'Calendars at pickup', learning: 'Families wanted the calendar in Spanish and Vietnamese' });
    await memberCycle(s, { title: 'Book bags', questions: [{ question: 'Do parents read nightly?', prediction: 'Half will', result: 'A third did' }] });
    const list = (q: string) => callerFor(s.db, s.member).cycle.list({ networkId: s.networkA, q });
    const found = await list('vietnam');
    expect(found.items.map((i) => i.id)).toEqual([a]);
    expect(found.items[0]!.snippet).toContain('\u0002Vietnamese\u0003');
    expect((await list('reading')).items.map((i) => i.title)).toEqual(['Book bags']);
    expect((await list('"AND OR NEAR(')).total).toBe(0);
    expect((await list('   ')).total).toBe(2);

    // Edits reach the index in the same transaction; a deleted cycle leaves it.
    await callerFor(s.db, s.member).cycle.update({ networkId: s.networkA, cycleId: a, version: 1, ...cycleFields(s.member.id, { title: 'Calendars at pickup', learning: 'Families wanted Somali' }) });
    expect((await list('vietnamese')).total).toBe(0);
    expect((await list('somali')).total).toBe(1);
    await callerFor(s.db, s.member).cycle.delete({ networkId: s.networkA, cycleId: a, version: 2 });
    expect((await list('somali')).total).toBe(0);
  });

  it('filters by stage, decision, change idea, owner (or co-owner), meeting and date', async () => {
    const s = await scene(testDb());
    const idea = await changeIdea(s);
    const meeting = await callerFor(s.db, s.facilitator).meeting.create({ networkId: s.networkA, clientId: randomUUID(), title: 'October network meeting', date: '2026-10-14', attendeeIds: [s.member.id], guestCount: 3, agenda: '', notes: '' });
    const a = await memberCycle(s, { changeIdeaId: idea, decision: 'adopt', startDate: '2026-09-01', meetingId: meeting.id });
    const b = await callerFor(s.db, s.lead).cycle.create({ networkId: s.networkA, clientId: randomUUID(), rampId: null, ...cycleFields(s.lead.id, { coOwnerIds: [s.member.id], startDate: '2026-10-20' }) });
    const c = await callerFor(s.db, s.lead).cycle.create({ networkId: s.networkA, clientId: randomUUID(), rampId: null, ...cycleFields(s.lead.id, { startDate: '2026-11-02', decision: 'abandon' }) });
    const ids = async (filters: Record<string, unknown>) =>
      (await callerFor(s.db, s.member).cycle.list({ networkId: s.networkA, ...filters })).items.map((i) => i.id).sort();
    expect(await ids({})).toEqual([a, b.id, c.id].sort());
    expect(await ids({ decision: 'adopt' })).toEqual([a]);
    // The same filters with other values: each call binds its own (the queries are built once a shape).
    expect(await ids({ decision: 'abandon' })).toEqual([c.id]);
    expect(await ids({ decision: 'none' })).toEqual([b.id]);
    expect(await ids({ changeIdeaId: idea })).toEqual([a]);
    expect(await ids({ ownerId: s.member.id })).toEqual([a, b.id].sort());
    expect(await ids({ meetingId: meeting.id })).toEqual([a]);
    expect(await ids({ from: '2026-10-01', to: '2026-10-31' })).toEqual([b.id]);
    expect(await ids({ stage: 'plan' })).toEqual([a, b.id, c.id].sort());
    const page = await callerFor(s.db, s.member).cycle.list({ networkId: s.networkA, limit: 2 });
    expect(page.items.map((i) => i.id)).toEqual([c.id, b.id]);
    expect(page.total).toBe(3);
    const quick = await callerFor(s.db, s.member).cycle.quickLog({ networkId: s.networkA, clientId: randomUUID(), title: 'Calendars', changeIdeaId: null, meetingId: null, whatWeTried: 'Tried it', whatWeLearned: '', decision: null });
    expect(await ids({ toComplete: true })).toEqual([quick.id]);
  });

  it('never shows another network’s cycles', async () => {
    const s = await scene(testDb());
    await callerFor(s.db, s.outsider).cycle.create({ networkId: s.networkB, clientId: randomUUID(), rampId: null, ...cycleFields(s.outsider.id, { title: 'Secret apprenticeship pilot' }) });
    const a = await memberCycle(s);
    expect((await callerFor(s.db, s.member).cycle.list({ networkId: s.networkA, q: 'apprenticeship' })).total).toBe(0);
    const error = await failure(callerFor(s.db, s.outsider).cycle.get({ networkId: s.networkB, cycleId: a }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('summarizes decisions and method fidelity, and counts cycles per change idea', async () => {
    const s = await scene(testDb());
    const idea = await changeIdea(s);
    await memberCycle(s, { changeIdeaId: idea, decision: 'adopt' });
    await memberCycle(s, { changeIdeaId: idea, decision: 'adapt' });
    await memberCycle(s);
    const cycle = callerFor(s.db, s.member).cycle;
    const overview = await cycle.overview({ networkId: s.networkA });
    expect(overview).toMatchObject({ total: 3, byDecision: { adopt: 1, adapt: 1, abandon: 0 }, byStage: { plan: 3 } });
    expect(overview.fidelity.decided).toEqual({ met: 2, due: 2 });
    expect(await cycle.byChangeIdea({ networkId: s.networkA })).toEqual([{ changeIdeaId: idea, cycles: 2, active: 2, adopt: 1, adapt: 1, abandon: 0 }]);
  });
});

describe('meetings', () => {
  it('keeps attendees from the network and guests as a count; cycles logged at it stay when it goes', async () => {
    const s = await scene(testDb());
    const meetings = callerFor(s.db, s.facilitator).meeting;
    const base = { networkId: s.networkA, title: 'November network meeting', date: '2026-11-12', guestCount: 4, agenda: '1. Cycles\n2. Data', notes: '' };
    const outsider = await failure(meetings.create({ ...base, clientId: randomUUID(), attendeeIds: [s.outsider.id] }));
    expect(outsider.cause).toMatchObject({ field: 'attendeeIds' });
    const { id } = await meetings.create({ ...base, clientId: randomUUID(), attendeeIds: [s.member.id, s.lead.id] });
    const cycle = await memberCycle(s, { meetingId: id });
    const got = await callerFor(s.db, s.member).meeting.get({ networkId: s.networkA, meetingId: id });
    expect(got.attendees.map((a) => a.name)).toEqual(['Lee Lead', 'Mo Member']);
    expect(got.cycles.map((c) => c.id)).toEqual([cycle]);
    expect(await callerFor(s.db, s.member).meeting.list({ networkId: s.networkA })).toEqual([
      { id, title: base.title, date: base.date, guestCount: 4, attendeeCount: 2, cycleCount: 1 },
    ]);

    // Someone who came and has since left the network stays on the record when it is edited.
    await callerFor(s.db, s.lead).member.remove({ networkId: s.networkA, userId: s.member.id });
    await meetings.update({ ...base, meetingId: id, version: 1, attendeeIds: [s.member.id, s.lead.id], notes: 'Minutes added' });
    expect((await meetings.get({ networkId: s.networkA, meetingId: id })).attendees.map((a) => a.name)).toEqual(['Lee Lead', 'Mo Member']);
    await meetings.delete({ networkId: s.networkA, meetingId: id, version: 2 });
    expect(s.db.select().from(pdsaCycle).where(eq(pdsaCycle.id, cycle)).get()?.meetingId).toBeNull();
  });
});

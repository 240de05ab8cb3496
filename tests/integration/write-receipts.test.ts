import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionNote, pdsaCycle, writeReceipt } from '../../server/db/schema.ts';
import { OUTBOX_PROCEDURES, outboxEntrySchema, type OutboxEntry } from '../../shared/domain/outbox.ts';
import { cycleFields, memberCycle } from '../helpers/cycles.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { callerFor, failure, type Caller } from '../helpers/trpc.ts';

async function memberAction(s: Scene) {
  const act = await callerFor(s.db, s.facilitator).plan.addAction({
    networkId: s.networkA,
    title: 'Readiness night at the library',
    nodeId: null,
    ownerId: s.member.id,
    partnerOrganizationId: null,
    startDate: '2026-09-01',
    dueDate: '2026-10-15',
    status: 'not_started',
  });
  return act.id;
}

describe('write receipts: a queued update sent twice lands once', () => {
  it('answers a replayed cycle update with its first answer, and writes once', async () => {
    const s = await scene(testDb());
    const cycleId = await memberCycle(s);
    const mine = callerFor(s.db, s.member).cycle;
    const input = { networkId: s.networkA, cycleId, version: 1, writeId: randomUUID(), ...cycleFields(s.member.id, { objective: 'More families know' }) };
    const first = await mine.update(input);
    const replay = await mine.update(input);
    expect(replay).toEqual(first);
    expect(s.db.select().from(pdsaCycle).get()).toMatchObject({ version: 2, objective: 'More families know' });
    expect(auditRows(s.db).filter((r) => r.action === 'cycle.update')).toHaveLength(1);
  });

  it('answers a replayed progress note with its first answer, and keeps one note', async () => {
    const s = await scene(testDb());
    const actionId = await memberAction(s);
    const input = { networkId: s.networkA, actionId, version: 1, writeId: randomUUID(), status: 'in_progress' as const, note: 'Booked the room.' };
    const mine = callerFor(s.db, s.member).plan;
    expect(await mine.reportProgress(input)).toEqual(await mine.reportProgress(input));
    expect(s.db.select().from(actionNote).all()).toHaveLength(1);
  });

  it("does not give someone else's write id the first answer: theirs is a new write, checked as any", async () => {
    const s = await scene(testDb());
    const cycleId = await memberCycle(s);
    const writeId = randomUUID();
    await callerFor(s.db, s.member).cycle.update({ networkId: s.networkA, cycleId, version: 1, writeId, ...cycleFields(s.member.id, { objective: 'Mine' }) });
    const error = await failure(callerFor(s.db, s.lead).cycle.update({ networkId: s.networkA, cycleId, version: 1, writeId, ...cycleFields(s.member.id, { objective: 'Theirs' }) }));
    expect(error.code).toBe('CONFLICT');
    expect(s.db.select().from(pdsaCycle).get()?.objective).toBe('Mine');
  });

  it('still refuses a genuinely stale write, and keeps no receipt for it', async () => {
    const s = await scene(testDb());
    const cycleId = await memberCycle(s);
    await callerFor(s.db, s.lead).cycle.update({ networkId: s.networkA, cycleId, version: 1, ...cycleFields(s.member.id, { objective: 'Lead first' }) });
    const writeId = randomUUID();
    const stale = { networkId: s.networkA, cycleId, version: 1, writeId, ...cycleFields(s.member.id, { objective: 'Offline edit' }) };
    expect((await failure(callerFor(s.db, s.member).cycle.update(stale))).code).toBe('CONFLICT');
    expect((await failure(callerFor(s.db, s.member).cycle.update(stale))).code).toBe('CONFLICT');
    expect(s.db.select().from(writeReceipt).all()).toHaveLength(0);
    // Resolved: the same write, on the newest version, goes through.
    expect(await callerFor(s.db, s.member).cycle.update({ ...stale, version: 2 })).toEqual({ version: 3 });
  });

  it('refuses a write id reused for a different write', async () => {
    const s = await scene(testDb());
    const cycleId = await memberCycle(s);
    const actionId = await memberAction(s);
    const writeId = randomUUID();
    await callerFor(s.db, s.member).cycle.update({ networkId: s.networkA, cycleId, version: 1, writeId, ...cycleFields(s.member.id) });
    const error = await failure(callerFor(s.db, s.member).plan.reportProgress({ networkId: s.networkA, actionId, version: 1, writeId, status: 'done' }));
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('forgets receipts older than 30 days when the person writes again', async () => {
    const s = await scene(testDb());
    const cycleId = await memberCycle(s);
    s.db.insert(writeReceipt).values({ userId: s.member.id, writeId: randomUUID(), procedure: 'cycle.update', result: { version: 9 }, createdAt: new Date(Date.now() - 31 * 86_400_000) }).run();
    await callerFor(s.db, s.member).cycle.update({ networkId: s.networkA, cycleId, version: 1, writeId: randomUUID(), ...cycleFields(s.member.id) });
    expect(s.db.select().from(writeReceipt).all()).toHaveLength(1);
  });
});

type Fixture = { entries: unknown[] };

/** The fixture's placeholders, filled with this scene's records. */
function filled(value: unknown, ids: Record<string, unknown>): unknown {
  if (typeof value === 'string' && /^<\w+>$/.test(value)) return ids[value.slice(1, -1)];
  if (Array.isArray(value)) return value.map((v) => filled(v, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v, ids)]));
  return value;
}

describe('outbox compatibility: what phones queued with the first outbox still goes through', () => {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/outbox-v1.json', import.meta.url), 'utf8')) as Fixture;

  it('has one recorded entry for every queued write', () => {
    const procedures = fixture.entries.map((e) => outboxEntrySchema.parse(filled(e, { member: 'm', facilitator: 'f', network: 1, cycle: 1, action: 1, meeting: 1 })).procedure);
    expect(procedures.sort()).toEqual([...OUTBOX_PROCEDURES].sort());
  });

  it('replays each recorded entry through the current router, twice, landing once', async () => {
    const s = await scene(testDb());
    const meeting = await callerFor(s.db, s.facilitator).meeting.create({ networkId: s.networkA, clientId: randomUUID(), title: 'Library night', date: '2026-12-07', attendeeIds: [], guestCount: 0 });
    const ids = { member: s.member.id, facilitator: s.facilitator.id, network: s.networkA, cycle: await memberCycle(s), action: await memberAction(s), meeting: meeting.id };
    // Each entry as its own person's device sends it.
    const callers = new Map([s.member, s.facilitator].map((u) => [u.id, callerFor(s.db, u)]));
    const send = (entry: OutboxEntry) => {
      const [namespace, name] = entry.procedure.split('.') as [keyof Caller, string];
      return (callers.get(entry.userId)![namespace] as unknown as Record<string, (i: unknown) => Promise<unknown>>)[name]!(entry.input);
    };
    for (const raw of fixture.entries) {
      const entry = outboxEntrySchema.parse(filled(raw, ids));
      // A repeated create says it found the first record (created: false); the rest is the same.
      const answer = async () => ({ ...(await send(entry) as object), created: undefined });
      expect(await answer(), entry.procedure).toEqual(await answer());
    }
    expect(s.db.select().from(pdsaCycle).all()).toHaveLength(2);
    expect(s.db.select().from(actionNote).all()).toHaveLength(1);
    const landed = await callerFor(s.db, s.facilitator).meeting.get({ networkId: s.networkA, meetingId: meeting.id });
    expect(landed.attendeeIds).toEqual([s.member.id]);
    expect(landed.guests.map((g) => g.name)).toEqual(['Rosa Delgado']);
    expect(landed.decisions.map((d) => d.text)).toEqual(['Run the calendar at two more schools in January.']);
    expect([landed.notes, landed.version]).toEqual(['Twelve families came; the clinic will host in February.', 2]);
  });
});

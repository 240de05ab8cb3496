import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actionPlan, auditLog } from '../../server/db/schema.ts';
import { emptyCharter } from '../../shared/domain/charter.ts';
import { addDays } from '../../shared/domain/needs-you.ts';
import { localToday } from '../../shared/domain/plan.ts';
import { cycleFields, memberCycle } from '../helpers/cycles.ts';
import { testDb } from '../helpers/db.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { publishedReport } from '../helpers/reports.ts';
import { makeNetwork, scene, type Scene } from '../helpers/scene.ts';
import { callerFor, outcome } from '../helpers/trpc.ts';

const today = localToday();

/** Network A with something in every column; B quiet for ten days with only an old cycle; C closed and empty. */
async function movement(s: Scene) {
  const fac = callerFor(s.db, s.facilitator);
  const lead = callerFor(s.db, s.lead);
  const ind = await withIndicator(s);
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
  await fac.indicator.saveMeasurements({ networkId: s.networkA, rows: months.map((period, i) => ({ period, groupId: null, value: null, numerator: 40 + i, denominator: 100, note: '' })) });

  await fac.charter.save({ networkId: s.networkA, baseVersion: 0, content: emptyCharter(), changeNote: 'First draft' });
  await lead.charter.ratify({ networkId: s.networkA, version: 1, note: '' });

  const node = await fac.plan.addNode({ networkId: s.networkA, parentId: null, title: 'Families know what readiness means' });
  const action = { networkId: s.networkA, nodeId: node.id, ownerId: s.member.id, partnerOrganizationId: null, startDate: null };
  await fac.plan.addAction({ ...action, title: 'Readiness night', dueDate: addDays(today, -1), status: 'in_progress' });
  await fac.plan.addAction({ ...action, title: 'Flyers, done late', dueDate: addDays(today, -9), status: 'done' });
  await fac.plan.addAction({ ...action, title: 'Book bags', dueDate: addDays(today, 30), status: 'not_started' });
  const planVersion = s.db.select().from(actionPlan).where(eq(actionPlan.networkId, s.networkA)).get()!.version;
  await fac.plan.submit({ networkId: s.networkA, planVersion });

  await memberCycle(s, { title: 'Calendars at pickup', startDate: today, questions: [{ question: 'Will families take one?', prediction: 'Most will', result: '' }] });
  await memberCycle(s, { title: 'Reading bags', startDate: today });

  await publishedReport(s);

  // Three meetings of two guests each, then three of a member and five guests; one still to come.
  for (let i = 0; i < 7; i++) {
    const date = i === 6 ? addDays(today, 7) : addDays(today, -70 + i * 10);
    const later = i >= 3;
    await fac.meeting.create({ networkId: s.networkA, clientId: randomUUID(), title: `Meeting ${i + 1}`, date, attendeeIds: later ? [s.member.id] : [], guestCount: i === 6 ? 50 : later ? 5 : 2, agenda: '', notes: '' });
  }

  await callerFor(s.db, s.outsider).cycle.create({ networkId: s.networkB, clientId: randomUUID(), rampId: null, ...cycleFields(s.outsider.id, { startDate: addDays(today, -200) }) });
  s.db.update(auditLog).set({ at: new Date(Date.now() - 10 * 86_400_000 - 60_000) }).where(eq(auditLog.networkId, s.networkB)).run();

  const closed = makeNetwork(s.db, { name: 'Adult Learners', slug: 'adult-learners', outcomeArea: 'employment', status: 'closed' });
  return { ind, closed };
}

describe('dashboard.networks: the backbone view across networks', () => {
  it('gives each network its stage, outcome, cycles, plan, charter, report, attendance and quiet days', async () => {
    const s = await scene(testDb());
    const { closed } = await movement(s);
    const { networks, quarter } = await callerFor(s.db, s.staff).dashboard.networks();
    expect(networks.map((n) => n.name)).toEqual(['Adult Learners', 'Kindergarten Readiness', 'Opportunity Youth']);
    expect(quarter.from <= today && today <= quarter.to).toBe(true);
    const [c, a, b] = networks;

    expect(a!.status).toBe('active');
    // The sentence the indicator page (and the driver diagram's signals) say, from the same rows.
    const signals = await callerFor(s.db, s.member).indicator.signals({ networkId: s.networkA });
    expect(a!.outcome).toMatchObject({ name: 'Children ready for kindergarten', sentence: signals[0]!.sentence, verdict: signals[0]!.verdict });
    expect(a!.outcome!.values).toEqual([40, 41, 42, 43, 44, 45]);
    expect(a!.outcome!.ends).toEqual({ first: { label: 'Jan 2026', shown: '40%' }, last: { label: 'Jun 2026', shown: '45%' } });

    const overview = await callerFor(s.db, s.member).cycle.overview({ networkId: s.networkA });
    expect(a!.cycles).toEqual(overview.fidelity);
    expect(a!.cycles.cycles).toBe(2);
    expect(a!.plan).toEqual({ state: 'in_review', overdue: 1 });
    expect(a!.charter).toEqual({ kind: 'ratified', version: 1 });
    expect(a!.report?.title).toBe('Board update, fall 2026');
    expect(a!.report?.publishedAt).toBeInstanceOf(Date);
    expect(a!.attendance).toEqual({ recent: 6, before: 2, trend: 'rising' });
    expect(a!.daysSinceActivity).toBe(0);

    // An old cycle is not this quarter's; ten quiet days are ten.
    expect(b!.cycles.cycles).toBe(0);
    expect(b!.daysSinceActivity).toBe(10);
    expect(b!.outcome).toBeNull();

    expect(c).toMatchObject({
      id: closed,
      status: 'closed',
      outcome: null,
      plan: { state: 'draft', overdue: 0 },
      charter: { kind: 'empty' },
      report: null,
      attendance: { recent: null, before: null, trend: null },
      lastActivityAt: null,
      daysSinceActivity: null,
    });
  });

  it('counts the guests added by name at a meeting in its attendance, once each', async () => {
    const s = await scene(testDb());
    const fac = callerFor(s.db, s.facilitator).meeting;
    for (let i = 0; i < 6; i++) {
      const { id: meetingId } = await fac.create({ networkId: s.networkA, clientId: randomUUID(), title: `Meeting ${i + 1}`, date: addDays(today, -60 + i * 10), attendeeIds: [], guestCount: i < 3 ? 2 : 1, agenda: '', notes: '' });
      // The latest three: one member, three guests by name (one added twice by a retry) and one counted.
      if (i < 3) continue;
      await callerFor(s.db, s.member).meeting.checkIn({ networkId: s.networkA, meetingId });
      const retried = randomUUID();
      for (const [clientId, name] of [[retried, 'Rosa'], [retried, 'Rosa'], [randomUUID(), 'Ben'], [randomUUID(), 'Ana']]) await fac.addGuest({ networkId: s.networkA, meetingId, clientId: clientId!, name: name! });
    }
    const { networks } = await callerFor(s.db, s.staff).dashboard.networks();
    expect(networks.find((n) => n.id === s.networkA)!.attendance).toEqual({ recent: 5, before: 2, trend: 'rising' });
    const report = (await callerFor(s.db, s.facilitator).meeting.list({ networkId: s.networkA }))[0]!;
    expect(report).toMatchObject({ attendeeCount: 1, guestCount: 4 });
  });

  it('words the outcome in the reader’s language', async () => {
    const s = await scene(testDb());
    await movement(s);
    const en = (await callerFor(s.db, s.admin).dashboard.networks()).networks[1]!.outcome!.sentence;
    const es = (await callerFor(s.db, s.admin, 'es').dashboard.networks()).networks[1]!.outcome!.sentence;
    expect(es).not.toBe(en);
  });

  it('is for site admins and partnership staff only', async () => {
    const s = await scene(testDb());
    expect(await outcome(callerFor(s.db, s.admin).dashboard.networks())).toBe('OK');
    expect(await outcome(callerFor(s.db, s.staff).dashboard.networks())).toBe('OK');
    for (const who of [s.lead, s.facilitator, s.member, s.outsider]) expect(await outcome(callerFor(s.db, who).dashboard.networks())).toBe('FORBIDDEN');
    expect(await outcome(callerFor(s.db, null).dashboard.networks())).toBe('UNAUTHORIZED');
  });

  it('answers with no rows when there are no networks', async () => {
    const db = testDb();
    const s = await scene(db);
    db.run('delete from network');
    expect((await callerFor(db, s.admin).dashboard.networks()).networks).toEqual([]);
  });
});

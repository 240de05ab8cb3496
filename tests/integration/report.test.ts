import { randomUUID } from 'node:crypto';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { report, reportVersion } from '../../server/db/schema.ts';
import { REPORT_SECTIONS } from '../../shared/report/content.ts';
import type { AppRouter } from '../../server/router.ts';
import { cycleFields } from '../helpers/cycles.ts';
import { testDb } from '../helpers/db.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { cycleIn, day, period, recentMonths, reportOnPeriod, saveOf, wholeRow } from '../helpers/report-data.ts';
import { draftSave, FALL, publishedReport, withReport } from '../helpers/reports.ts';
import { addMember, scene, type Scene } from '../helpers/scene.ts';
import { callerFor, clientFor, failure, outcome } from '../helpers/trpc.ts';

const LEARNING = 'Families asked for the calendar in Spanish';

/** A cycle, six months of the indicator, an overdue action and a meeting, all in network A. */
async function networkData(s: Scene) {
  await withIndicator(s);
  const fac = callerFor(s.db, s.facilitator);
  const months = recentMonths(6);
  await fac.indicator.saveMeasurements({ networkId: s.networkA, rows: months.map((m, i) => wholeRow(m, 40 + 2 * i, 100)) });
  const cycleId = await cycleIn(s, s.member, { title: 'Calendars at pickup', startDate: day(-10), learning: LEARNING });
  const action = await fac.plan.addAction({
    networkId: s.networkA,
    title: 'Print readiness calendars',
    nodeId: null,
    ownerId: s.member.id,
    partnerOrganizationId: null,
    startDate: null,
    dueDate: day(-3),
    status: 'in_progress',
  });
  const meeting = await fac.meeting.create({
    networkId: s.networkA,
    clientId: randomUUID(),
    title: 'Network meeting',
    date: day(-5),
    attendeeIds: [s.member.id, s.lead.id],
    guestCount: 3,
    agenda: '',
    notes: '',
  });
  return { cycleId, actionId: action.id, meetingId: meeting.id, months };
}

describe('report drafts', () => {
  it('shows a document assembled from the network’s data', async () => {
    const s = await scene(testDb());
    const { cycleId, months } = await networkData(s);
    const ref = await reportOnPeriod(s);
    const draft = await callerFor(s.db, s.facilitator).report.draft(ref);
    expect(draft).toMatchObject({ version: 1, status: 'draft', publications: [] });
    const c = draft.document.content;
    expect(c.networkName).toBe('Kindergarten Readiness');
    expect(c.period).toEqual({ from: draft.draft.from, to: draft.draft.to, timeZone: 'America/Chicago' });
    expect(c.cycles.total).toBe(1);
    expect(c.cycles.byStage.plan).toBe(1);
    expect(c.cycles.byDecision.undecided).toBe(1);
    expect(c.cycles.learnings).toEqual([expect.objectContaining({ id: cycleId, learning: LEARNING, ownerName: 'Mo Member', date: day(-10) })]);
    expect(c.plan.actions).toEqual([expect.objectContaining({ title: 'Print readiness calendars', status: 'in_progress', overdue: true, ownerName: 'Mo Member' })]);
    expect(c.plan.counts).toMatchObject({ inProgress: 1, overdue: 1 });
    expect(c.meetings).toMatchObject({ held: 1, attendance: 5, averageAttendance: 5, people: 2 });
    expect(c.indicator?.latest).toMatchObject({ period: months.at(-1), value: 50 });
    expect(c.indicator?.chart.points).toHaveLength(6);
    expect(c.indicator?.chart.inPeriod?.end).toBe(5);
    expect(draft.document.publication).toBeNull();
  });

  it('counts a guest added by name at the meeting in its attendance, not among the members', async () => {
    const s = await scene(testDb());
    const { meetingId } = await networkData(s);
    await callerFor(s.db, s.facilitator).meeting.addGuest({ networkId: s.networkA, meetingId, clientId: randomUUID(), name: 'Rosa Díaz' });
    const draft = await callerFor(s.db, s.facilitator).report.draft(await reportOnPeriod(s));
    expect(draft.document.content.meetings).toMatchObject({ held: 1, attendance: 6, averageAttendance: 6, people: 2 });
  });

  it('a save from a stale version is a conflict and changes nothing', async () => {
    const s = await scene(testDb());
    const ref = await reportOnPeriod(s);
    const reports = callerFor(s.db, s.facilitator).report;
    expect(await reports.save(saveOf(ref, 1, { narrative: { highlights: 'First', challenges: '', asks: '' } }))).toEqual({ version: 2 });
    const stale = await failure(reports.save(saveOf(ref, 1, { title: 'Other', narrative: { highlights: 'Second', challenges: '', asks: '' } })));
    expect(stale.code).toBe('CONFLICT');
    const draft = await reports.draft(ref);
    expect(draft.version).toBe(2);
    expect(draft.draft.title).toBe('Board update');
    expect(draft.draft.narrative.highlights).toBe('First');
  });

  it('keeps featured cycle ids; a cycle that leaves the period drops out of the document', async () => {
    const s = await scene(testDb());
    const first = await cycleIn(s, s.member, { title: 'Calendars', startDate: day(-10), learning: 'First learning' });
    const second = await cycleIn(s, s.member, { title: 'Texts', startDate: day(-8), learning: 'Second learning' });
    const ref = await reportOnPeriod(s);
    const reports = callerFor(s.db, s.facilitator).report;
    await reports.save(saveOf(ref, 1, { featuredCycleIds: [second, first] }));
    expect((await reports.draft(ref)).document.featured.map((f) => f.id)).toEqual([second, first]);

    await callerFor(s.db, s.member).cycle.update({
      networkId: s.networkA,
      cycleId: first,
      version: 1,
      ...cycleFields(s.member.id, { title: 'Calendars', startDate: day(-60), endDate: day(-50), learning: 'First learning' }),
    });
    const draft = await reports.draft(ref);
    expect(draft.draft.featuredCycleIds).toEqual([second, first]);
    expect(draft.document.featured.map((f) => f.id)).toEqual([second]);
  });
});

describe('publishing', () => {
  it('freezes the document: later changes to the data do not reach it', async () => {
    const s = await scene(testDb());
    const { cycleId, actionId, meetingId, months } = await networkData(s);
    const ref = await reportOnPeriod(s);
    const fac = callerFor(s.db, s.facilitator);
    await fac.report.save(saveOf(ref, 1, { featuredCycleIds: [cycleId], narrative: { highlights: 'Calendars went home', challenges: '', asks: '' } }));
    expect(await fac.report.publish({ ...ref, version: 2, note: '' })).toEqual({ number: 1, language: 'en' });

    const published = await callerFor(s.db, s.member).report.published(ref);
    expect(published.number).toBe(1);
    expect(published.document.publication).toMatchObject({ version: 1, publishedBy: 'Fay Facilitator', note: '' });
    expect(published.document.featured.map((f) => f.learning)).toEqual([LEARNING]);
    const before = structuredClone(published.document);
    expect((await fac.report.draft(ref)).status).toBe('published');

    // Everything the document was assembled from changes.
    await callerFor(s.db, s.member).cycle.update({ networkId: s.networkA, cycleId, version: 1, ...cycleFields(s.member.id, { title: 'Calendars at pickup', startDate: day(-10), learning: 'Rewritten later' }) });
    await fac.indicator.saveMeasurements({ networkId: s.networkA, rows: [wholeRow(months.at(-1)!, 99, 100), wholeRow(months.at(-2)!, 98, 100)] });
    await callerFor(s.db, s.member).plan.reportProgress({ networkId: s.networkA, actionId, version: 1, status: 'done', note: 'Printed' });
    await fac.meeting.delete({ networkId: s.networkA, meetingId, version: 1 });
    await callerFor(s.db, s.lead).network.update({ networkId: s.networkA, version: 1, name: 'Ready for K', outcomeArea: 'kindergarten_readiness', status: 'active' });

    expect((await callerFor(s.db, s.member).report.published(ref)).document).toEqual(before);
    expect((await fac.report.published({ ...ref, number: 1 })).document).toEqual(before);

    const draft = (await fac.report.draft(ref)).document;
    expect(draft.content.networkName).toBe('Ready for K');
    expect(draft.featured.map((f) => f.learning)).toEqual(['Rewritten later']);
    expect(draft.content.meetings.held).toBe(0);
    expect(draft.content.plan.actions[0]).toMatchObject({ status: 'done', doneInPeriod: true, overdue: false });
    expect(draft.content.indicator?.latest?.value).toBe(99);
    expect(draft).not.toEqual(before);
  });

  it('refuses to publish the same draft twice; a correction needs a note and adds a version', async () => {
    const s = await scene(testDb());
    const ref = await reportOnPeriod(s);
    const reports = callerFor(s.db, s.facilitator).report;
    await reports.publish({ ...ref, version: 1, note: '' });
    const v1 = (await reports.published(ref)).document;

    const again = await failure(reports.publish({ ...ref, version: 1, note: 'Nothing changed' }));
    expect(again.code).toBe('BAD_REQUEST');

    await reports.save(saveOf(ref, 1, { narrative: { highlights: 'Fixed a typo', challenges: '', asks: '' } }));
    expect((await reports.draft(ref)).status).toBe('correcting');
    const noNote = await failure(reports.publish({ ...ref, version: 2, note: '  ' }));
    expect(noNote.code).toBe('BAD_REQUEST');
    expect(noNote.cause).toMatchObject({ field: 'note' });
    // The form sees it on the note field.
    const shaped = await clientFor(s.db, s.facilitator).report.publish.mutate({ ...ref, version: 2, note: '' }).catch((e: unknown) => e);
    expect(shaped).toBeInstanceOf(TRPCClientError);
    expect((shaped as TRPCClientError<AppRouter>).data?.fieldErrors?.note?.[0]).toMatch(/correction/);
    const stale = await failure(reports.publish({ ...ref, version: 1, note: 'Old draft' }));
    expect(stale.code).toBe('CONFLICT');
    expect(s.db.select().from(reportVersion).all()).toHaveLength(1);

    expect(await reports.publish({ ...ref, version: 2, note: 'Fixed a typo in the highlights' })).toEqual({ number: 2, language: 'en' });
    const latest = await callerFor(s.db, s.member).report.published(ref);
    expect(latest.number).toBe(2);
    expect(latest.document.narrative.highlights).toBe('Fixed a typo');
    expect(latest.document.publication).toMatchObject({ version: 2, note: 'Fixed a typo in the highlights' });
    expect(latest.versions.map((v) => v.number)).toEqual([2, 1]);
    const first = await callerFor(s.db, s.member).report.published({ ...ref, number: 1 });
    expect(first.document).toEqual(v1);
    expect(await outcome(callerFor(s.db, s.member).report.published({ ...ref, number: 3 }))).toBe('NOT_FOUND');
  });

  it('deletes a draft, never a published report', async () => {
    const s = await scene(testDb());
    const reports = callerFor(s.db, s.facilitator).report;
    const published = await publishedReport(s);
    const refused = await failure(reports.delete(published));
    expect(refused.code).toBe('BAD_REQUEST');
    const draft = await withReport(s, 'Scratch');
    expect(await reports.delete(draft)).toEqual({ deleted: true });
    expect(s.db.select({ id: report.id }).from(report).all()).toEqual([{ id: published.reportId }]);
    expect(await outcome(reports.draft(draft))).toBe('NOT_FOUND');
  });
});

describe('who sees which report', () => {
  it('members list published reports only; facilitators see drafts too', async () => {
    const s = await scene(testDb());
    const published = await publishedReport(s);
    await withReport(s, 'Winter draft');
    const forMember = await callerFor(s.db, s.member).report.list({ networkId: s.networkA });
    expect(forMember.map((r) => [r.id, r.status, r.latestVersion])).toEqual([[published.reportId, 'published', 1]]);
    const forFacilitator = await callerFor(s.db, s.facilitator).report.list({ networkId: s.networkA });
    expect(forFacilitator.map((r) => r.title).sort()).toEqual(['Board update, fall 2026', 'Winter draft']);
    expect(await outcome(callerFor(s.db, s.member).report.draft(published))).toBe('FORBIDDEN');

    // A correction being written is the facilitators' business until it is published.
    await callerFor(s.db, s.facilitator).report.save({ ...draftSave(published, 1, 'New words'), title: 'Corrected title, not yet published' });
    const stillPublished = await callerFor(s.db, s.member).report.list({ networkId: s.networkA });
    expect(stillPublished.map((r) => [r.title, r.from, r.to])).toEqual([['Board update, fall 2026', FALL.from, FALL.to]]);
    const composing = await callerFor(s.db, s.facilitator).report.list({ networkId: s.networkA });
    expect(composing.find((r) => r.id === published.reportId)).toMatchObject({ title: 'Corrected title, not yet published', status: 'correcting', latestVersion: 1 });
  });

  it('a report of another network is not found', async () => {
    const s = await scene(testDb());
    addMember(s.db, s.networkB, s.facilitator.id, 'facilitator');
    const inA = await publishedReport(s);
    const inB = await callerFor(s.db, s.facilitator).report.create({ networkId: s.networkB, title: 'Youth update', ...period() });
    const reports = callerFor(s.db, s.facilitator).report;
    const crossed = { networkId: s.networkB, reportId: inA.reportId };
    expect(await outcome(reports.published(crossed))).toBe('NOT_FOUND');
    expect(await outcome(reports.draft(crossed))).toBe('NOT_FOUND');
    expect(await outcome(reports.save(saveOf(crossed, 1)))).toBe('NOT_FOUND');
    expect(await outcome(reports.publish({ ...crossed, version: 1, note: 'x' }))).toBe('NOT_FOUND');
    expect(await outcome(reports.delete({ networkId: s.networkA, reportId: inB.id }))).toBe('NOT_FOUND');
    expect(await outcome(callerFor(s.db, s.outsider).report.published(crossed))).toBe('NOT_FOUND');
    expect(await outcome(callerFor(s.db, s.outsider).report.published(inA))).toBe('NOT_FOUND');
  });
});

describe('hidden sections', () => {
  it('are absent, numbers and all, from the published report members read and from the public page’s', async () => {
    const s = await scene(testDb());
    await networkData(s);
    const ref = await reportOnPeriod(s);
    const fac = callerFor(s.db, s.facilitator);
    await fac.report.save({ ...saveOf(ref, 1), hidden: ['indicator', 'cycles', 'meetings'] });
    await fac.report.publish({ ...ref, version: 2, note: '' });
    await callerFor(s.db, s.lead).network.setPublicPage({ networkId: s.networkA, enabled: true });

    const signedIn = (await callerFor(s.db, s.member).report.published(ref)).document;
    const open = (await callerFor(s.db, null).public.report({ slug: 'kindergarten-readiness', reportId: ref.reportId })).document;
    for (const doc of [signedIn, open]) {
      expect(doc.hidden).toEqual(['indicator', 'cycles', 'meetings']);
      expect(Object.keys(doc.content).filter((k) => (REPORT_SECTIONS as readonly string[]).includes(k)).sort()).toEqual(['charter', 'plan']);
      // Meetings held, attendance, people, cycle counts: none of them anywhere in the answer.
      for (const key of ['held', 'attendance', 'averageAttendance', 'people', 'byStage', 'byDecision', 'rampsAdvanced', 'learnings', 'equity']) expect(JSON.stringify(doc)).not.toContain(`"${key}"`);
      expect(doc.content.plan!.actions.map((a) => a.title)).toEqual(['Print readiness calendars']);
    }
    // The draft keeps them, so the facilitator can show a section again.
    const draft = (await fac.report.draft(ref)).document;
    expect(draft.content.meetings).toMatchObject({ held: 1, attendance: 5, people: 2 });
    expect(draft.content.cycles.total).toBe(1);
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyCharter } from '../../shared/domain/charter.ts';
import { changeIdea } from '../helpers/cycles.ts';
import { makeUser, testDb } from '../helpers/db.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { cycleIn, day, recentMonths, reportOnPeriod, saveOf, wholeRow } from '../helpers/report-data.ts';
import { publicNetworkA, publishedReport, withReport } from '../helpers/reports.ts';
import { addMember, scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

const AIM = 'By June 2028, 60% of entering kindergartners in Eastside are assessed as ready.';
const FEATURED = 'Calendars in Spanish doubled uptake at pickup';
const ADOPTED = 'Readiness nights at libraries';
const TITLE = 'Community update, autumn';

describe('the public page', () => {
  it('is not found until the network opts in, with the same answer as a missing address', async () => {
    const s = await scene(testDb());
    const anonymous = callerFor(s.db, null).public;
    const closed = await failure(anonymous.page({ slug: 'kindergarten-readiness' }));
    const missing = await failure(anonymous.page({ slug: 'no-such-network' }));
    expect(closed.code).toBe('NOT_FOUND');
    expect(missing.code).toBe('NOT_FOUND');
    expect(closed.message).toBe(missing.message);
    const ref = await publishedReport(s);
    expect((await failure(anonymous.report({ slug: 'kindergarten-readiness', reportId: ref.reportId }))).message).toBe(missing.message);

    const { slug } = await publicNetworkA(s);
    const page = await anonymous.page({ slug });
    expect(page).toMatchObject({ name: 'Kindergarten Readiness', slug, aim: null, indicator: null, adoptedChanges: [] });
    expect(page.reports.map((r) => [r.id, r.title, r.version])).toEqual([[ref.reportId, 'Board update, fall 2026', 1]]);
    // Another network's report through this page's address is not found either.
    const other = await failure(anonymous.report({ slug: 'opportunity-youth', reportId: ref.reportId }));
    expect(other.code).toBe('NOT_FOUND');
    // A draft is not public.
    const draft = await withReport(s, 'Winter draft');
    expect((await failure(anonymous.report({ slug, reportId: draft.reportId }))).code).toBe('NOT_FOUND');
    expect((await anonymous.page({ slug })).reports.map((r) => r.id)).toEqual([ref.reportId]);
  });

  it('leaks no names, private notes, unpublished words or small-group values', async () => {
    const s = await scene(testDb());
    const db = s.db;
    const cycleOwner = await makeUser(db, { name: 'Zebulon Quartermaine' });
    const actionOwner = await makeUser(db, { name: 'Philippa Vandersloot' });
    const attendee = await makeUser(db, { name: 'Octavia Brightwater' });
    const publisher = await makeUser(db, { name: 'Ignatius Pemberton-Rook' });
    addMember(db, s.networkA, cycleOwner.id, 'member');
    addMember(db, s.networkA, actionOwner.id, 'member');
    addMember(db, s.networkA, attendee.id, 'member');
    addMember(db, s.networkA, publisher.id, 'facilitator');
    const people = [cycleOwner, actionOwner, attendee, publisher];

    // The ratified aim.
    const lead = callerFor(db, s.lead);
    await lead.charter.save({ networkId: s.networkA, baseVersion: 0, content: { ...emptyCharter(), sections: { ...emptyCharter().sections, aim: AIM } }, changeNote: 'First draft' });
    await lead.charter.ratify({ networkId: s.networkA, version: 1 });

    // The indicator, with a group far below the threshold of 500 children.
    const ind = await withIndicator(s, { minGroupSize: 500 });
    const [black, latino, white] = ind.dimensions[0]!.groups;
    const months = recentMonths(4);
    await callerFor(db, s.facilitator).indicator.saveMeasurements({
      networkId: s.networkA,
      rows: [
        ...months.map((m, i) => wholeRow(m, 4000 + 100 * i, 9000)),
        ...months.flatMap((m) => [wholeRow(m, 3000, 6000, black!.id), wholeRow(m, 4000, 6000, white!.id)]),
        wholeRow(months.at(-1)!, 463, 487, latino!.id), // 95.07 %, about 487 children
      ],
    });

    // Cycles with private notes, one learning featured and one not.
    const idea = await changeIdea(s, ADOPTED);
    const featured = await cycleIn(s, cycleOwner, {
      title: 'Calendars at pickup',
      changeIdeaId: idea,
      startDate: day(-12),
      observations: 'Observed that Mrs Quibblewick wept at pickup',
      surprises: 'Surprise: the classroom gerbil escaped',
      learning: FEATURED,
      decision: 'adopt',
    });
    await cycleIn(s, cycleOwner, { title: 'Robocalls', startDate: day(-6), learning: 'Unfeatured: the principal resisted loudly' });

    // An action with a progress note, and a meeting with notes.
    const fac = callerFor(db, s.facilitator);
    const action = await fac.plan.addAction({ networkId: s.networkA, title: 'Print readiness calendars', nodeId: null, ownerId: actionOwner.id, partnerOrganizationId: null, startDate: null, dueDate: day(10), status: 'not_started' });
    await callerFor(db, actionOwner).plan.reportProgress({ networkId: s.networkA, actionId: action.id, version: 1, status: 'in_progress', note: 'Private: the print shop owes us money' });
    await fac.meeting.create({ networkId: s.networkA, clientId: randomUUID(), title: 'October meeting', date: day(-4), attendeeIds: [attendee.id, actionOwner.id], guestCount: 2, agenda: '', notes: 'Notes: discussed the Hollowbrook budget shortfall' });

    // Published by a facilitator with a distinctive name; then the draft moves on, unpublished.
    const reports = callerFor(db, publisher).report;
    const ref = await reportOnPeriod(s, TITLE);
    await reports.save(saveOf(ref, 1, { title: TITLE, featuredCycleIds: [featured], narrative: { highlights: 'Calendars reached many families', challenges: '', asks: '' } }));
    await reports.publish({ ...ref, version: 2, note: '' });
    await reports.save(saveOf(ref, 2, { title: 'Unpublished Xylophone title', featuredCycleIds: [featured], narrative: { highlights: 'Draft-only Marmalade words', challenges: '', asks: '' } }));

    const { slug } = await publicNetworkA(s);
    const anonymous = callerFor(db, null).public;
    const page = await anonymous.page({ slug });
    const shown = await anonymous.report({ slug, reportId: ref.reportId });
    const json = JSON.stringify(page) + JSON.stringify(shown);

    const secrets = [
      ...people.flatMap((p) => [p.name, p.id, p.email]),
      'Mo Member',
      'Quibblewick',
      'gerbil',
      'Unfeatured',
      'print shop',
      'Hollowbrook',
      'Xylophone',
      'Marmalade',
      // The small group's numbers, in every form they could take.
      ':463',
      ':487',
      '463/487',
      '95.07',
      '95.1',
    ];
    for (const secret of secrets) expect(json, secret).not.toContain(secret);

    expect(page.aim).toBe(AIM);
    expect(page.indicator?.sentence).toBeTruthy();
    // The indicator's own chart: every point, and no report's period marked on it.
    expect(page.indicator?.chart.points.length).toBeGreaterThan(0);
    expect(page.indicator?.chart.inPeriod).toBeNull();
    expect(json).toContain(page.indicator!.sentence);
    // Latino's month, and Black's that month so Latino's cannot be worked out from the whole.
    expect(page.indicator?.equity[0]).toMatchObject({ suppressedCount: 2, protectingCount: 1 });
    expect(page.reports.map((r) => r.title)).toEqual([TITLE]);
    expect(page.adoptedChanges.map((c) => c.title)).toEqual([ADOPTED]);
    expect(shown.number).toBe(1);
    expect(shown.document.title).toBe(TITLE);
    expect(shown.document.featured.map((f) => f.learning)).toEqual([FEATURED]);
    expect(shown.document.narrative.highlights).toBe('Calendars reached many families');
    expect(shown.document.content.plan!.actions.map((a) => a.title)).toEqual(['Print readiness calendars']);
  });

  it('withholds a group hidden only so a small one cannot be worked out, on the page and in its reports', async () => {
    const s = await scene(testDb());
    const ind = await withIndicator(s);
    const [black, latino, white] = ind.dimensions[0]!.groups;
    const months = recentMonths(3);
    // Each month: 3 of 7 Black children (too few to show), 23 of 31 Latino (74.19 %), 61 of 97 White; the whole adds them up.
    await callerFor(s.db, s.facilitator).indicator.saveMeasurements({
      networkId: s.networkA,
      rows: months.flatMap((m) => [wholeRow(m, 87, 135), wholeRow(m, 3, 7, black!.id), wholeRow(m, 23, 31, latino!.id), wholeRow(m, 61, 97, white!.id)]),
    });
    const ref = await reportOnPeriod(s, TITLE);
    await callerFor(s.db, s.facilitator).report.publish({ ...ref, version: 1, note: '' });
    const { slug } = await publicNetworkA(s);
    const anonymous = callerFor(s.db, null).public;
    const page = await anonymous.page({ slug });
    const shown = await anonymous.report({ slug, reportId: ref.reportId });
    const member = await callerFor(s.db, s.member).report.published(ref);

    for (const equity of [page.indicator!.equity[0]!, shown.document.content.indicator!.equity[0]!, member.document.content.indicator!.equity[0]!]) {
      // Only White is left each month: there is no gap to show, and nothing of the Latino group.
      expect(equity).toMatchObject({ latestGap: null, suppressedCount: 6, protectingCount: 3 });
    }
    const json = JSON.stringify([page, shown, member]);
    for (const secret of ['74.19', '74.2', 'Latino']) expect(json, secret).not.toContain(secret);
  });

  it('says why a gap narrowed, and never calls it improvement when the group doing best got worse', async () => {
    const s = await scene(testDb());
    const ind = await withIndicator(s);
    const [, latino, white] = ind.dimensions[0]!.groups;
    const months = recentMonths(20);
    // Latino holds near 38 % while White falls from 61 % to 52 % after ten months; a point of wobble each.
    const wobble = (i: number) => [0, 1, -1][i % 3]!;
    await callerFor(s.db, s.facilitator).indicator.saveMeasurements({
      networkId: s.networkA,
      rows: months.flatMap((m, i) => {
        const l = 38 + wobble(i);
        const w = (i < 10 ? 61 : 52) + wobble(i);
        return [wholeRow(m, l + w, 200), wholeRow(m, l, 100, latino!.id), wholeRow(m, w, 100, white!.id)];
      }),
    });
    const ref = await reportOnPeriod(s, TITLE);
    await callerFor(s.db, s.facilitator).report.publish({ ...ref, version: 1, note: '' });
    const { slug } = await publicNetworkA(s);
    const page = await callerFor(s.db, null).public.page({ slug });
    const shown = await callerFor(s.db, null).public.report({ slug, reportId: ref.reportId });

    for (const equity of [page.indicator!.equity[0]!, shown.document.content.indicator!.equity[0]!]) {
      expect(equity).toMatchObject({
        verdict: 'concern',
        reading: 'best_slipped',
        why: {
          improvement: false,
          headline: 'The gap is narrowing, but not the way we want',
          sentence: 'The gap closed because the group doing best got worse: White went from 61% to 52%, while Latino, the group furthest behind, held near 38%.',
        },
      });
      expect(equity.why?.method).toMatch(/^To say why, each group’s median over .* was compared with its median over /);
    }
  });

  it('shows the latest correction, and the first version on request', async () => {
    const s = await scene(testDb());
    const ref = await publishedReport(s);
    const reports = callerFor(s.db, s.facilitator).report;
    await reports.save(saveOf(ref, 1, { title: 'Board update, corrected', narrative: { highlights: 'Corrected numbers', challenges: '', asks: '' } }));
    await reports.publish({ ...ref, version: 2, note: 'Corrected the attendance figure' });
    const { slug } = await publicNetworkA(s);
    const anonymous = callerFor(s.db, null).public;

    const latest = await anonymous.report({ slug, reportId: ref.reportId });
    expect(latest.number).toBe(2);
    expect(latest.document.title).toBe('Board update, corrected');
    expect(latest.document.publication).toMatchObject({ version: 2, note: 'Corrected the attendance figure', publishedBy: null });
    expect(latest.versions.map((v) => [v.number, v.note])).toEqual([
      [2, 'Corrected the attendance figure'],
      [1, ''],
    ]);
    const first = await anonymous.report({ slug, reportId: ref.reportId, number: 1 });
    expect(first.number).toBe(1);
    expect(first.document.title).toBe('Board update, fall 2026');
    expect(first.document.narrative.highlights).toBe('');
    expect((await failure(anonymous.report({ slug, reportId: ref.reportId, number: 3 }))).code).toBe('NOT_FOUND');

    const page = await anonymous.page({ slug });
    expect(page.reports.map((r) => [r.title, r.version])).toEqual([['Board update, corrected', 2]]);
  });
});

import { describe, expect, it } from 'vitest';
import { paths } from '../../client/app/paths.ts';
import { addDays, daysBetween, needsYou, needsYouPage, needsYouPath, type CycleFacts, type NeedsYouFacts } from '../../shared/domain/needs-you.ts';

const TODAY = '2026-11-20';

function facts(over: Partial<NeedsYouFacts> = {}): NeedsYouFacts {
  return {
    today: TODAY,
    slug: 'k-ready',
    role: 'member',
    userId: 'u1',
    charter: { latestVersion: 0, latestSavedOn: null, reviews: [] },
    plan: { version: 0, reviews: [] },
    unpublishedReports: [],
    cycles: [],
    pastMeetings: [],
    myActions: [],
    ...over,
  };
}

function cycle(over: Partial<CycleFacts> = {}): CycleFacts {
  return {
    id: 1,
    title: 'Take-home calendars',
    stage: 'plan',
    endDate: null,
    loggedOn: '2026-11-01',
    changedOn: '2026-11-02',
    questions: [{ prediction: 'Half will use them', result: '' }],
    learning: '',
    decision: null,
    mine: true,
    ...over,
  };
}

const kinds = (f: NeedsYouFacts) => needsYou(f).map((i) => i.kind);

describe('days', () => {
  it('adds and counts calendar days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-17', TODAY)).toBe(3);
    expect(daysBetween(TODAY, '2026-11-17')).toBe(-3);
  });
});

describe('leads', () => {
  const charter = { latestVersion: 2, latestSavedOn: '2026-11-10', reviews: [{ version: 1, decision: 'ratified' as const }] };
  it('are asked to ratify the newest charter version until they review it', () => {
    expect(needsYou(facts({ role: 'lead', charter }))).toEqual([{ kind: 'charter_ratify', title: '', since: '2026-11-10', link: '/n/k-ready/charter' }]);
    expect(kinds(facts({ role: 'lead', charter: { ...charter, reviews: [...charter.reviews, { version: 2, decision: 'returned' }] } }))).toEqual([]);
    expect(kinds(facts({ role: 'lead', charter: { ...charter, reviews: [...charter.reviews, { version: 2, decision: 'ratified' }] } }))).toEqual([]);
  });
  it('are the only ones asked to ratify or review', () => {
    const plan = { version: 4, reviews: [{ kind: 'submitted' as const, planVersion: 4, on: '2026-11-12' }] };
    expect(kinds(facts({ role: 'facilitator', charter, plan }))).toEqual([]);
    expect(kinds(facts({ role: 'lead', plan }))).toEqual(['plan_review']);
  });
  it('see nothing for a plan changed since it was submitted (it is a draft again)', () => {
    expect(kinds(facts({ role: 'lead', plan: { version: 5, reviews: [{ kind: 'submitted', planVersion: 4, on: '2026-11-12' }] } }))).toEqual([]);
  });
});

describe('facilitators', () => {
  it('are told of changes a lead requested, with the day it was asked', () => {
    const plan = { version: 4, reviews: [{ kind: 'changes_requested' as const, planVersion: 4, on: '2026-11-15' }] };
    expect(needsYou(facts({ role: 'facilitator', plan }))).toEqual([{ kind: 'plan_changes', title: '', since: '2026-11-15', link: '/n/k-ready/plan/review' }]);
    expect(kinds(facts({ role: 'lead', plan }))).toEqual(['plan_changes']);
    expect(kinds(facts({ role: 'member', plan }))).toEqual([]);
  });
  it('owe a report once its period has ended, counted from the day after', () => {
    const reports = [
      { id: 7, title: 'Fall update', periodTo: '2026-10-31' },
      { id: 8, title: 'Winter update', periodTo: TODAY },
    ];
    expect(needsYou(facts({ role: 'facilitator', unpublishedReports: reports }))).toEqual([
      { kind: 'report_due', title: 'Fall update', since: '2026-11-01', link: '/n/k-ready/reports/7' },
    ]);
    expect(kinds(facts({ role: 'member', unpublishedReports: reports }))).toEqual([]);
  });
  it('are reminded of recent past meetings without notes only', () => {
    const pastMeetings = [
      { id: 1, title: 'October', date: '2026-10-14', hasNotes: false },
      { id: 2, title: 'November', date: '2026-11-11', hasNotes: true },
      { id: 3, title: 'Spring', date: '2026-04-01', hasNotes: false },
      { id: 4, title: 'Today', date: TODAY, hasNotes: false },
    ];
    expect(needsYou(facts({ role: 'facilitator', pastMeetings })).map((i) => i.title)).toEqual(['October']);
    expect(kinds(facts({ pastMeetings }))).toEqual([]);
  });
  it('see every cycle whose test ended without a study, not only their own', () => {
    const others = cycle({ mine: false, stage: 'do', endDate: '2026-11-18' });
    expect(needsYou(facts({ role: 'facilitator', cycles: [others] }))).toEqual([
      { kind: 'cycle_study', title: 'Take-home calendars', since: '2026-11-19', link: '/n/k-ready/cycles/1' },
    ]);
    expect(kinds(facts({ role: 'member', cycles: [others] }))).toEqual([]);
  });
});

describe('my cycles, by what they need next', () => {
  it('predictions while planning', () => {
    expect(kinds(facts({ cycles: [cycle({ questions: [] })] }))).toEqual(['cycle_predict']);
    expect(kinds(facts({ cycles: [cycle({ questions: [{ prediction: ' ', result: '' }] })] }))).toEqual(['cycle_predict']);
    expect(kinds(facts({ cycles: [cycle()] }))).toEqual([]);
  });
  it('a study after the test has ended, not on its last day', () => {
    expect(kinds(facts({ cycles: [cycle({ stage: 'do', endDate: TODAY })] }))).toEqual([]);
    expect(kinds(facts({ cycles: [cycle({ stage: 'do', endDate: '2026-11-19' })] }))).toEqual(['cycle_study']);
    // Written results count as a study begun.
    expect(kinds(facts({ cycles: [cycle({ stage: 'do', endDate: '2026-11-19', questions: [{ prediction: 'p', result: 'r' }] })] }))).toEqual([]);
  });
  it('a decision once the study is written, dated from its last change', () => {
    expect(needsYou(facts({ cycles: [cycle({ stage: 'act', endDate: '2026-11-01', learning: 'Families used them', changedOn: '2026-11-05' })] }))).toEqual([
      { kind: 'cycle_decide', title: 'Take-home calendars', since: '2026-11-05', link: '/n/k-ready/cycles/1' },
    ]);
    expect(kinds(facts({ cycles: [cycle({ stage: 'act', learning: 'x', decision: 'adopt' })] }))).toEqual([]);
    expect(kinds(facts({ cycles: [cycle({ stage: 'done', endDate: '2026-01-01' })] }))).toEqual([]);
  });
});

describe('my actions', () => {
  const action = (id: number, dueDate: string, status: 'in_progress' | 'done' | 'dropped' = 'in_progress') => ({ id, title: `Action ${id}`, dueDate, status });
  it('overdue and due within 14 days, closed ones never', () => {
    const items = needsYou(facts({ myActions: [action(1, '2026-11-19'), action(2, '2026-12-04'), action(3, '2026-12-05'), action(4, '2026-11-01', 'done'), action(5, '2026-11-01', 'dropped')] }));
    expect(items.map((i) => [i.kind, i.title])).toEqual([
      ['action_overdue', 'Action 1'],
      ['action_due', 'Action 2'],
    ]);
    expect(items[0]!.link).toBe('/n/k-ready/plan/actions/1');
  });
});

describe('order', () => {
  it('is by urgency, then the oldest first', () => {
    const items = needsYou(
      facts({
        role: 'lead',
        charter: { latestVersion: 1, latestSavedOn: '2026-11-01', reviews: [] },
        plan: { version: 2, reviews: [{ kind: 'submitted', planVersion: 2, on: '2026-10-01' }] },
        cycles: [cycle({ id: 2, questions: [], loggedOn: '2026-09-01' }), cycle({ id: 3, stage: 'do', endDate: '2026-11-10' })],
        myActions: [{ id: 9, title: 'Late', dueDate: '2026-11-19', status: 'blocked' }, { id: 10, title: 'Soon', dueDate: '2026-11-21', status: 'not_started' }],
      }),
    );
    expect(items.map((i) => i.kind)).toEqual(['action_overdue', 'plan_review', 'charter_ratify', 'cycle_study', 'cycle_predict', 'action_due']);
  });
  it('leaves out a site administrator who is not a member', () => {
    expect(kinds(facts({ role: null, myActions: [{ id: 1, title: 'x', dueDate: '2026-11-01', status: 'blocked' }] }))).toEqual([]);
  });
});

describe('links', () => {
  it('are the addresses the client routes', () => {
    const slug = 'k-ready';
    expect(needsYouPath.charter(slug)).toBe(paths.charter.href({ slug }));
    expect(needsYouPath.planReview(slug)).toBe(paths.planReview.href({ slug }));
    expect(needsYouPath.report(slug, 3)).toBe(paths.report.href({ slug, reportId: 3 }));
    expect(needsYouPath.cycle(slug, 3)).toBe(paths.cycle.href({ slug, cycleId: 3 }));
    expect(needsYouPath.meeting(slug, 3)).toBe(paths.meeting.href({ slug, meetingId: 3 }));
    expect(needsYouPath.action(slug, 3)).toBe(paths.action.href({ slug, actionId: 3 }));
  });
});

describe('needsYouPage', () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ kind: 'cycle_predict' as const, title: `C${i}`, since: TODAY, link: `/n/k-ready/cycles/${i + 1}` }));
  it('gives part of the list, the whole count, and where the next part starts', () => {
    expect(needsYouPage(items, 0, 3)).toEqual({ items: items.slice(0, 3), total: 7, nextCursor: 3 });
    expect(needsYouPage(items, 3, 4)).toEqual({ items: items.slice(3), total: 7, nextCursor: null });
    expect(needsYouPage(items, 9, 4)).toEqual({ items: [], total: 7, nextCursor: null });
    expect(needsYouPage([], 0, 20)).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('puts the older of two records of a kind, from the same day, first (id 9 before id 10)', () => {
    const cycles = [cycle({ id: 10, title: 'Later', questions: [] }), cycle({ id: 9, title: 'Earlier', questions: [] })];
    expect(needsYou(facts({ cycles })).map((i) => i.title)).toEqual(['Earlier', 'Later']);
  });
});

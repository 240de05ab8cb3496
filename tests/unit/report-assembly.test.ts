import { wordsFor } from '../../server/i18n.ts';
import { describe, expect, it } from 'vitest';
import { translateMessage } from '../../shared/i18n/message.ts';
import { asOfDate, assembleReport, charterSummary, cyclesSummary, indicatorStatus, meetingsSummary, planProgress, ranInPeriod } from '../../shared/report/assemble.ts';
import type { ReportPeriod } from '../../shared/report/content.ts';
import { buildDocument, narrativeBlocks, publicDocument } from '../../shared/report/document.ts';
import { mergeDraft } from '../../shared/report/draft.ts';
import { onTrackSentence } from '../../shared/report/on-track-words.ts';
import type { ReportSource, SourceAction, SourceCycle, SourceIndicator } from '../../shared/report/source.ts';
import { localDate } from '../../shared/report/zone.ts';
import { reportCreateSchema, reportSaveSchema, type ReportDraftFields } from '../../shared/schemas/report.ts';

const en = wordsFor('en');

// Every expected number below is worked out by hand from the fixtures, not read back from the code.

const FALL: ReportPeriod = { from: '2026-09-01', to: '2026-11-30', timeZone: 'America/Chicago' };
/** Well after the period: its facts are read at its last day. */
const LATER = Date.parse('2027-01-15T18:00:00Z');
/** Mid-period: "today" is 15 October in Chicago. */
const MID = Date.parse('2026-10-15T17:00:00Z');
const at = (iso: string) => Date.parse(iso);

function cycle(id: number, extra: Partial<SourceCycle> = {}): SourceCycle {
  return { id, title: `Cycle ${id}`, stage: 'plan', decision: null, changeIdea: null, startDate: null, endDate: null, loggedOn: '2026-09-10', learning: '', ownerName: null, ramp: null, ...extra };
}

function action(id: number, extra: Partial<SourceAction> = {}): SourceAction {
  return { id, title: `Action ${id}`, status: 'not_started', dueDate: null, ownerName: null, partnerName: null, createdAt: at('2026-08-01T15:00:00Z'), changes: [], ...extra };
}

const EN = wordsFor('en');
const EMPTY: ReportSource = { networkName: 'Kindergarten Readiness', indicator: null, measurements: [], contributing: [], cycles: [], actions: [], charter: { versions: [], reviews: [] }, meetings: [] };

describe('asOfDate', () => {
  it('is the last day of an ended period, or today (in the report’s zone) while it runs', () => {
    expect(asOfDate(FALL, LATER)).toBe('2026-11-30');
    expect(asOfDate(FALL, MID)).toBe('2026-10-15');
    // 03:00 UTC on 1 December is still the evening of 30 November in Chicago.
    expect(asOfDate(FALL, at('2026-12-01T03:00:00Z'))).toBe('2026-11-30');
    expect(asOfDate(FALL, at('2026-11-30T03:00:00Z'))).toBe('2026-11-29');
  });
});

describe('cycles', () => {
  const asOf = '2026-11-30';
  it('ran in the period when the dates overlap it, at the boundaries too', () => {
    expect(ranInPeriod(cycle(1, { startDate: '2026-11-30' }), FALL, asOf)).toBe(true); // starts on `to`
    expect(ranInPeriod(cycle(1, { startDate: '2026-08-01', endDate: '2026-09-01', stage: 'done' }), FALL, asOf)).toBe(true); // ends on `from`
    expect(ranInPeriod(cycle(1, { startDate: '2026-08-01', endDate: '2026-08-31', stage: 'done' }), FALL, asOf)).toBe(false); // ends the day before
    expect(ranInPeriod(cycle(1, { startDate: '2026-06-01', stage: 'do' }), FALL, asOf)).toBe(true); // still open
    expect(ranInPeriod(cycle(1, { startDate: '2026-08-20', stage: 'done' }), FALL, asOf)).toBe(false); // done, no end: lasted its start day
    expect(ranInPeriod(cycle(1, { startDate: '2026-09-20', stage: 'done' }), FALL, asOf)).toBe(true);
    expect(ranInPeriod(cycle(1, { startDate: '2026-12-01' }), FALL, asOf)).toBe(false); // after the period
    expect(ranInPeriod(cycle(1, { startDate: null, loggedOn: '2026-12-01' }), FALL, asOf)).toBe(false); // logged after it
    expect(ranInPeriod(cycle(1, { startDate: null, loggedOn: '2026-11-30' }), FALL, asOf)).toBe(true);
  });

  it('counts by stage and decision, undecided included, and lists learnings newest first', () => {
    const cycles = [
      cycle(1, { stage: 'done', decision: 'adopt', startDate: '2026-09-05', endDate: '2026-09-20', learning: 'Families want Spanish calendars' }),
      cycle(2, { stage: 'done', decision: 'adapt', startDate: '2026-10-01', learning: '   \n ' }),
      cycle(3, { stage: 'act', startDate: '2026-10-10', learning: ' Texts beat flyers ' }),
      cycle(4, { stage: 'done', decision: 'abandon', startDate: '2026-11-30', learning: 'Robocalls annoy parents' }),
      cycle(5, { stage: 'plan', startDate: '2026-12-01', learning: 'Not yet' }),
      cycle(6, { stage: 'study', startDate: '2026-08-01', endDate: '2026-08-31', learning: 'Before the period' }),
      cycle(7, { stage: 'do', startDate: '2026-06-01' }),
      cycle(8, { stage: 'do', startDate: '2026-10-10', learning: 'Same day, later id' }),
    ];
    const s = cyclesSummary(cycles, FALL, asOf);
    expect(s.total).toBe(6);
    expect(s.byStage).toEqual({ plan: 0, do: 2, study: 0, act: 1, done: 3 });
    expect(s.byDecision).toEqual({ adopt: 1, adapt: 1, abandon: 1, undecided: 3 });
    expect(s.learnings.map((l) => l.id)).toEqual([4, 8, 3, 1]);
    expect(s.learnings.find((l) => l.id === 3)?.learning).toBe('Texts beat flyers');
    expect(s.rampsAdvanced).toEqual([]);
  });

  it('a ramp advanced only when a cycle numbered above 1 began in the period', () => {
    const calendars = { id: 1, title: 'Calendars at pickup' };
    const texts = { id: 2, title: 'Text reminders' };
    const nights = { id: 3, title: 'Readiness nights' };
    const s = cyclesSummary(
      [
        cycle(1, { startDate: '2026-08-01', endDate: '2026-09-10', stage: 'done', ramp: { ...calendars, number: 1 } }),
        cycle(2, { startDate: '2026-09-15', stage: 'do', ramp: { ...calendars, number: 2 } }),
        cycle(3, { startDate: '2026-08-15', stage: 'do', ramp: { ...texts, number: 2 } }), // began before the period
        cycle(4, { startDate: '2026-10-01', stage: 'do', ramp: { ...nights, number: 1 } }), // a first cycle is no advance
      ],
      FALL,
      asOf,
    );
    expect(s.rampsAdvanced).toEqual([{ id: 1, title: 'Calendars at pickup', cyclesInPeriod: 2, fromNumber: 1, toNumber: 2 }]);
  });
});

describe('action plan progress', () => {
  // Chicago is UTC-5 until 1 November, UTC-6 after.
  const actions = [
    action(1, {
      title: 'Print calendars',
      status: 'done',
      dueDate: '2026-11-15',
      changes: [
        { at: at('2026-10-05T15:00:00Z'), from: 'not_started', to: 'in_progress' },
        { at: at('2026-12-10T15:00:00Z'), from: 'in_progress', to: 'done' }, // after the end: ignored
      ],
    }),
    // No change by the end: the later change's `from` tells the status then.
    action(2, { title: 'Train librarians', status: 'in_progress', changes: [{ at: at('2026-12-05T15:00:00Z'), from: 'blocked', to: 'in_progress' }] }),
    // 23:30 on 30 November in Chicago is 05:30 on 1 December in UTC.
    action(3, { title: 'Family night', status: 'done', dueDate: '2026-11-20', changes: [{ at: at('2026-12-01T05:30:00Z'), from: 'in_progress', to: 'done' }] }),
    action(4, { title: 'Survey families', createdAt: at('2026-12-02T15:00:00Z') }),
    action(5, { title: 'Old idea', status: 'dropped' }),
    action(6, { title: 'Next term', dueDate: '2026-12-15' }),
    action(7, { title: 'Done before', status: 'done', changes: [{ at: at('2026-08-15T15:00:00Z'), from: 'in_progress', to: 'done' }] }),
  ];

  it('reads each status at the end of the period, overdue and blocked first', () => {
    const p = planProgress(actions, FALL, '2026-11-30');
    expect(p.actions.map((a) => [a.id, a.status, a.overdue, a.doneInPeriod])).toEqual([
      [1, 'in_progress', true, false],
      [2, 'blocked', false, false],
      [6, 'not_started', false, false],
      [3, 'done', false, true],
      [7, 'done', false, false],
      [5, 'dropped', false, false],
    ]);
    expect(p.counts).toEqual({ done: 2, inProgress: 1, notStarted: 1, blocked: 1, overdue: 1, dropped: 1 });
  });

  it('counts days in the report’s time zone: the same instant in UTC is after the period', () => {
    const utc = planProgress(actions, { ...FALL, timeZone: 'UTC' }, '2026-11-30');
    const familyNight = utc.actions.find((a) => a.id === 3)!;
    expect(familyNight).toMatchObject({ status: 'in_progress', doneInPeriod: false, overdue: true });
    expect(utc.counts.done).toBe(1);

    // 00:30 on 1 September in Tokyo is 15:30 on 31 August in UTC.
    const september = { from: '2026-09-01', to: '2026-09-30', timeZone: 'Asia/Tokyo' };
    const early = [action(9, { status: 'done', changes: [{ at: at('2026-08-31T15:30:00Z'), from: 'in_progress', to: 'done' }] })];
    expect(planProgress(early, september, '2026-09-30').actions[0]!.doneInPeriod).toBe(true);
    expect(planProgress(early, { ...september, timeZone: 'UTC' }, '2026-09-30').actions[0]!.doneInPeriod).toBe(false);
  });

  it('is overdue as of today while the period runs', () => {
    const running = [
      action(1, { dueDate: '2026-10-10', status: 'in_progress' }),
      action(2, { dueDate: '2026-10-20', status: 'in_progress' }),
      action(3, { dueDate: '2026-10-14', status: 'not_started', createdAt: at('2026-10-16T15:00:00Z') }), // created after today
    ];
    const content = assembleReport({ ...EMPTY, actions: running }, FALL, MID, EN);
    expect(content.plan.actions.map((a) => [a.id, a.overdue])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(content.plan.counts.overdue).toBe(1);
  });
});

describe('charter', () => {
  const asOf = '2026-11-30';
  const versions = [
    { number: 1, at: at('2026-07-01T15:00:00Z') },
    { number: 2, at: at('2026-10-01T15:00:00Z') },
    { number: 3, at: at('2026-12-05T15:00:00Z') },
  ];
  it('ratified within the period', () => {
    const reviews = [
      { version: 1, decision: 'ratified' as const, at: at('2026-07-10T15:00:00Z') },
      { version: 2, decision: 'ratified' as const, at: at('2026-10-15T15:00:00Z') },
    ];
    expect(charterSummary({ versions, reviews }, FALL, asOf)).toEqual({ ratified: { version: 2, on: '2026-10-15' }, ratifiedInPeriod: true, pendingVersion: null });
  });
  it('ratified before the period, a newer version pending', () => {
    const reviews = [{ version: 1, decision: 'ratified' as const, at: at('2026-07-10T15:00:00Z') }];
    expect(charterSummary({ versions, reviews }, FALL, asOf)).toEqual({ ratified: { version: 1, on: '2026-07-10' }, ratifiedInPeriod: false, pendingVersion: 2 });
  });
  it('a ratification after the period does not count', () => {
    const reviews = [
      { version: 1, decision: 'ratified' as const, at: at('2026-07-10T15:00:00Z') },
      { version: 2, decision: 'ratified' as const, at: at('2026-12-06T15:00:00Z') },
    ];
    expect(charterSummary({ versions, reviews }, FALL, asOf)).toEqual({ ratified: { version: 1, on: '2026-07-10' }, ratifiedInPeriod: false, pendingVersion: 2 });
  });
  it('a returned newest version is not pending', () => {
    const reviews = [{ version: 2, decision: 'returned' as const, at: at('2026-10-15T15:00:00Z') }];
    expect(charterSummary({ versions, reviews }, FALL, asOf)).toEqual({ ratified: null, ratifiedInPeriod: false, pendingVersion: null });
  });
});

describe('meetings', () => {
  it('counts meetings held by today, their attendance and the different people', () => {
    const meetings = [
      { id: 1, date: '2026-09-10', title: 'September', attendeeIds: ['a', 'b'], guestCount: 2, namedGuests: 0 },
      // Two guests named at the door count in the attendance (not among the different members).
      { id: 2, date: '2026-10-01', title: 'October', attendeeIds: ['b', 'c'], guestCount: 0, namedGuests: 2 },
      { id: 3, date: '2026-10-20', title: 'Planned', attendeeIds: ['a', 'd'], guestCount: 5, namedGuests: 0 }, // after today
      { id: 4, date: '2026-08-31', title: 'August', attendeeIds: ['e'], guestCount: 1, namedGuests: 0 }, // before the period
    ];
    expect(meetingsSummary(meetings, FALL, '2026-10-15')).toEqual({
      held: 2,
      attendance: 8,
      averageAttendance: 4,
      people: 3,
      meetings: [
        { id: 1, date: '2026-09-10', title: 'September', attendance: 4 },
        { id: 2, date: '2026-10-01', title: 'October', attendance: 4 },
      ],
    });
  });
});

describe('an empty period', () => {
  it('has every count at 0, no averages and no indicator', () => {
    const c = assembleReport(EMPTY, FALL, LATER, EN);
    expect(c).toEqual({
      networkName: 'Kindergarten Readiness',
      language: 'en',
      period: FALL,
      assembledAt: LATER,
      indicator: null,
      contributing: [],
      cycles: { total: 0, byStage: { plan: 0, do: 0, study: 0, act: 0, done: 0 }, byDecision: { adopt: 0, adapt: 0, abandon: 0, undecided: 0 }, rampsAdvanced: [], learnings: [] },
      plan: { counts: { done: 0, inProgress: 0, notStarted: 0, blocked: 0, overdue: 0, dropped: 0 }, actions: [] },
      charter: { ratified: null, ratifiedInPeriod: false, pendingVersion: null },
      meetings: { held: 0, attendance: 0, averageAttendance: null, people: 0, meetings: [] },
    });
  });
});

describe('the language of the content', () => {
  it('is the one its sentences were assembled in, so every view of it is drawn in that language', () => {
    expect(assembleReport(EMPTY, FALL, LATER, wordsFor('es')).language).toBe('es');
  });
});

describe('indicator status', () => {
  const ind: SourceIndicator = {
    name: 'Children ready for kindergarten',
    definition: 'Share assessed as ready',
    dataSource: 'District assessment',
    isProportion: true,
    unit: 'percent',
    ratePer: null,
    frequency: 'monthly',
    polarity: 'higher_is_better',
    baselinePeriod: '2024-01',
    baselineValue: 41,
    targetValue: 60,
    targetDate: '2028-06-30',
    minGroupSize: 10,
    ruleSet: 'anhoej',
    chartType: 'run',
    baselineThrough: null,
    phases: [],
    dimensions: [{ id: 1, name: 'Race and ethnicity', groups: [{ id: 1, name: 'Black' }, { id: 2, name: 'White' }, { id: 3, name: 'Latino' }] }],
  };
  const m = (period: string, numerator: number, denominator: number, groupId: number | null = null) => ({ period, groupId, value: null, numerator, denominator, note: '' });
  const measurements = [
    m('2026-06', 40, 100),
    m('2026-07', 42, 100),
    m('2026-08', 44, 100),
    m('2026-09', 46, 100),
    m('2026-10', 48, 100),
    m('2026-11', 50, 100),
    m('2026-12', 90, 100), // began after the period's end
    ...['2026-09', '2026-10', '2026-11'].flatMap((p) => [m(p, 30, 60, 1), m(p, 40, 60, 2)]),
    m('2026-11', 7, 9, 3), // 77.78 % of 9 children: below the threshold of 10
  ];

  it('uses the periods that began by the end: latest, baseline, target, the points inside', () => {
    const s = indicatorStatus(ind, measurements, FALL, en);
    expect(s.latest).toEqual({ period: '2026-11', label: 'Nov 2026', value: 50 });
    expect(s.baseline).toEqual({ period: '2024-01', label: 'Jan 2024', value: 41 });
    expect(s.target).toEqual({ value: 60, date: '2028-06-30' });
    expect(s.chart.labels).toEqual(['Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026', 'Nov 2026']);
    expect(s.chart.points).toHaveLength(6);
    expect(s.chart.inPeriod).toEqual({ start: 3, end: 5 });
    expect(s.changeSinceBaseline).toBeCloseTo(9);
  });

  it('withholds a small group, and the next-smallest so it cannot be worked out: counted, their values nowhere', () => {
    const s = indicatorStatus(ind, measurements, FALL, en);
    const equity = s.equity[0]!;
    // November: Latino (9 children) and Black (60, the smaller of the two tied groups, listed first).
    expect(equity).toMatchObject({ suppressedCount: 2, protectingCount: 1 });
    // With only White left in November, the latest gap is October's.
    expect(equity.latestGap?.label).toBe('Oct 2026');
    expect(equity.latestGap?.high.group).toBe('White');
    expect(equity.latestGap?.low.group).toBe('Black');
    expect(equity.latestGap?.gap).toBeCloseTo(100 / 6);
    const json = JSON.stringify(s);
    expect(json).not.toContain('77.7');
    expect(json).not.toContain('Latino');
  });

  it('marks no period on the indicator’s own chart (no report’s first day), with every point up to the day', () => {
    const s = indicatorStatus(ind, measurements, { to: '2026-11-30' }, en);
    expect(s.chart.points).toHaveLength(6);
    expect(s.chart.inPeriod).toBeNull();
  });

  it('keeps the statistics behind the verdict, after the plain sentence, for "How this was decided"', () => {
    const s = indicatorStatus(ind, measurements, FALL, en);
    expect(s.decided?.length).toBeGreaterThan(0);
    expect(s.decided!.join(' ')).toMatch(/Anhøj rules|IHI run chart rules/);
    expect(s.sentence).not.toMatch(/Anhøj|IHI/);
  });

  it('counts the measurements the on-track answer rests on, so "too early" can say why', () => {
    expect(indicatorStatus(ind, measurements, FALL, en).onTrackPoints).toBe(6);
    // A year creeping up half a point a month while jumping ten points either way: plenty of measurements, no steady rate.
    const noisy = Array.from({ length: 12 }, (_, i) => m(`2025-${String(i + 1).padStart(2, '0')}`, 80 + i + (i % 2 ? -20 : 20), 200));
    const s = indicatorStatus(ind, noisy, { to: '2025-12-31' }, en);
    expect(s.onTrack).toBeNull();
    expect(s.onTrackPoints).toBe(12);
    expect(onTrackSentence(s, en)).toMatch(/go up and down too much/);
    expect(onTrackSentence(indicatorStatus(ind, noisy.slice(0, 4), { to: '2025-12-31' }, en), en)).toMatch(/at least 6 measurements .* there are 4 so far\.$/);
  });

  it('has no points in a period before the data', () => {
    const s = indicatorStatus(ind, measurements, { from: '2025-01-01', to: '2025-03-31', timeZone: 'America/Chicago' }, en);
    expect(s.latest).toBeNull();
    expect(s.chart.points).toEqual([]);
    expect(s.chart.inPeriod).toBeNull();
    expect(s.equity[0]!.suppressedCount).toBe(0);
  });
});

describe('the public document', () => {
  const content = assembleReport(
    {
      ...EMPTY,
      cycles: [
        cycle(1, { startDate: '2026-09-05', learning: 'Featured learning', ownerName: 'Zelda Owner', ramp: { id: 1, title: 'Calendars', number: 2 } }),
        cycle(2, { startDate: '2026-09-06', learning: 'Private learning', ownerName: 'Zelda Owner' }),
      ],
      actions: [action(1, { title: 'Print calendars', ownerName: 'Pat Owner' })],
      meetings: [{ id: 1, date: '2026-09-10', title: 'September', attendeeIds: ['u1'], guestCount: 0, namedGuests: 0 }],
    },
    FALL,
    LATER,
    EN,
  );
  const choices = { title: 'Board update', narrative: { highlights: '', challenges: '', asks: '' }, featuredCycleIds: [1], hidden: [] };
  const publication = { version: 1, publishedAt: LATER, publishedBy: 'Fay Facilitator', note: '' };

  it('drops names, unfeatured learnings and the meeting list', () => {
    const doc = publicDocument(buildDocument(content, choices, publication));
    const json = JSON.stringify(doc);
    for (const secret of ['Zelda', 'Pat Owner', 'Fay', 'Private learning', 'September', 'u1']) expect(json, secret).not.toContain(secret);
    expect(doc.featured.map((f) => f.learning)).toEqual(['Featured learning']);
    expect(doc.content.plan!.actions.map((a) => a.title)).toEqual(['Print calendars']);
    expect(doc.content.meetings!.held).toBe(1);
  });

  it('carries nothing of a hidden section, not even its counts', () => {
    const doc = publicDocument(buildDocument(content, { ...choices, hidden: ['cycles', 'plan'] }, publication));
    const json = JSON.stringify(doc);
    for (const secret of ['Featured learning', 'Print calendars', 'Calendars']) expect(json, secret).not.toContain(secret);
    expect(doc.content).not.toHaveProperty('cycles');
    expect(doc.content).not.toHaveProperty('plan');
    expect(doc.content.charter).toBeDefined();
    expect(doc.hidden).toEqual(['cycles', 'plan']);
  });
});

describe('narrative blocks', () => {
  it('reads paragraphs and bullets, with any line ending', () => {
    expect(narrativeBlocks('First line\nsecond line\n\n- one\n* two\nAfter')).toEqual([
      { kind: 'paragraph', text: 'First line second line' },
      { kind: 'item', text: 'one' },
      { kind: 'item', text: 'two' },
      { kind: 'paragraph', text: 'After' },
    ]);
    expect(narrativeBlocks('a\r\nb\r\n\r\n- c\r\nd')).toEqual([
      { kind: 'paragraph', text: 'a b' },
      { kind: 'item', text: 'c' },
      { kind: 'paragraph', text: 'd' },
    ]);
    expect(narrativeBlocks('  \n\n ')).toEqual([]);
    expect(narrativeBlocks('-5 degrees at pickup')).toEqual([{ kind: 'paragraph', text: '-5 degrees at pickup' }]);
  });
});

describe('mergeDraft', () => {
  const base: ReportDraftFields = {
    title: 'Board update',
    ...FALL,
    narrative: { highlights: 'H', challenges: 'C', asks: 'A' },
    featuredCycleIds: [1, 2],
    hidden: ['meetings'],
  };
  it('merges disjoint edits', () => {
    const mine = { ...base, narrative: { ...base.narrative, highlights: 'Mine' } };
    const theirs = { ...base, title: 'Theirs', hidden: [] };
    expect(mergeDraft(base, mine, theirs)).toEqual({ merged: { ...theirs, narrative: { ...base.narrative, highlights: 'Mine' } }, conflicts: [] });
  });
  it('reports a part both changed differently, keeping theirs until resolved', () => {
    const mine = { ...base, narrative: { ...base.narrative, asks: 'Mine' }, featuredCycleIds: [2, 1] };
    const theirs = { ...base, narrative: { ...base.narrative, asks: 'Theirs' } };
    const r = mergeDraft(base, mine, theirs);
    expect(r.conflicts).toEqual(['asks']);
    expect(r.merged.narrative.asks).toBe('Theirs');
    expect(r.merged.featuredCycleIds).toEqual([2, 1]);
  });
  it('agreeing edits are no conflict', () => {
    const mine = { ...base, title: 'Same', to: '2026-12-31' };
    const theirs = { ...base, title: 'Same', to: '2026-12-31' };
    expect(mergeDraft(base, mine, theirs)).toEqual({ merged: theirs, conflicts: [] });
  });
});

describe('localDate', () => {
  it('follows daylight saving changes', () => {
    const tz = 'America/Chicago';
    // Spring forward on 8 March 2026: midnight moves from 06:00 UTC to 05:00 UTC.
    expect(localDate(at('2026-03-08T05:59:00Z'), tz)).toBe('2026-03-07');
    expect(localDate(at('2026-03-08T06:00:00Z'), tz)).toBe('2026-03-08');
    expect(localDate(at('2026-03-09T04:59:00Z'), tz)).toBe('2026-03-08');
    expect(localDate(at('2026-03-09T05:00:00Z'), tz)).toBe('2026-03-09');
    // Fall back on 1 November 2026.
    expect(localDate(at('2026-11-02T05:59:00Z'), tz)).toBe('2026-11-01');
    expect(localDate(at('2026-11-02T06:00:00Z'), tz)).toBe('2026-11-02');
    expect(localDate(at('2026-11-02T06:00:00Z'), 'UTC')).toBe('2026-11-02');
    expect(localDate(at('2026-11-01T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-02');
  });
});

describe('report schemas', () => {
  const valid = { networkId: 1, title: 'Board update', ...FALL };
  const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => [i.path.join('.'), translateMessage(wordsFor('en').t, i.message)]));

  it('accepts a valid period', () => {
    expect(reportCreateSchema.safeParse(valid).success).toBe(true);
    expect(reportCreateSchema.safeParse({ ...valid, from: '2026-09-01', to: '2026-09-01' }).success).toBe(true);
  });
  it('names the field that is wrong', () => {
    expect(issues(reportCreateSchema.safeParse({ ...valid, to: '2026-08-31' }))).toEqual([['to', 'The period ends before it starts']]);
    expect(issues(reportCreateSchema.safeParse({ ...valid, timeZone: 'Mars/Olympus_Mons' }))).toEqual([['timeZone', 'Choose a time zone such as America/Chicago']]);
    const save = { ...valid, reportId: 1, version: 1, narrative: { highlights: '', challenges: '', asks: '' }, featuredCycleIds: [], hidden: [] };
    expect(issues(reportSaveSchema.safeParse({ ...save, to: '2026-08-01' }))).toEqual([['to', 'The period ends before it starts']]);
    expect(issues(reportSaveSchema.safeParse({ ...save, featuredCycleIds: [3, 3] }))).toEqual([['featuredCycleIds', 'A learning is featured twice']]);
  });
  it('allows five years, not a day more', () => {
    expect(reportCreateSchema.safeParse({ ...valid, from: '2021-01-01', to: '2025-12-31' }).success).toBe(true);
    expect(reportCreateSchema.safeParse({ ...valid, from: '2020-03-01', to: '2025-02-28' }).success).toBe(true);
    expect(issues(reportCreateSchema.safeParse({ ...valid, from: '2021-01-01', to: '2026-01-01' }))).toEqual([['to', 'Keep the period under five years']]);
    expect(issues(reportCreateSchema.safeParse({ ...valid, from: '2020-01-01', to: '2025-01-03' }))).toEqual([['to', 'Keep the period under five years']]);
    expect(issues(reportCreateSchema.safeParse({ ...valid, from: '2016-01-01', to: '2026-01-01' }))).toEqual([['to', 'Keep the period under five years']]);
  });
});

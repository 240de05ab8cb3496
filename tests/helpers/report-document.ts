import type { ReportAction, ReportChart, ReportCycle, ReportDocument } from '../../shared/report/content.ts';
import type { ActionStatus } from '../../shared/schemas/plan.ts';

// A realistic progress report for the exports: Kindergarten Readiness, fall 2026, with a chart
// that shifted after a new phase, two equity dimensions, featured learnings, a plan with overdue
// and blocked actions, and meetings.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const SIGNAL_SENTENCE = 'Improvement: 12 points in a row above the centre line from Dec 2024 to Nov 2026 (a shift).';
export const NARRATIVE_SENTENCE = 'Family literacy nights at four elementary schools reached 312 families this fall.';

/** 40 months, Aug 2023 to Nov 2026: a p chart, a second phase from Aug 2025 with a shift and one point beyond the upper limit. */
export function sampleChart(): ReportChart {
  const labels: string[] = [];
  const points: ReportChart['points'] = [];
  for (let i = 0; i < 40; i++) {
    const m = (7 + i) % 12;
    const y = 2023 + Math.floor((7 + i) / 12);
    labels.push(`${MONTHS[m]} ${y}`);
    const part = i >= 24 ? 1 : 0;
    const cl = part === 0 ? 42 : 49;
    const wobble = [1.5, -2, 0.8, -1.1, 2.3, -0.4, 1.2, -1.8][i % 8]!;
    const value = i === 31 ? 58.5 : part === 1 ? cl + Math.abs(wobble) + 0.3 : i >= 16 ? 45 + wobble / 2 : cl + wobble;
    points.push({ y: Math.round(value * 10) / 10, cl, ucl: cl + 7.5 - (i % 3) * 0.2, lcl: cl - 7.5 + (i % 3) * 0.2, sigmaSignal: i === 31, part });
  }
  return {
    type: 'p',
    ruleSet: 'anhoej',
    points,
    labels,
    signalRanges: [{ start: 24, end: 39 }],
    target: 60,
    baselineEnd: 11,
    phaseStarts: [{ index: 24, label: 'Family literacy nights begin' }],
    inPeriod: { start: 37, end: 39 },
  };
}

const OWNERS = ['Maya Robinson', 'Luis Ortega', 'Grace Kim', 'Tomás Álvarez', 'Aisha Bello', null];
const PARTNERS = ['Eastside Library', 'Northgate Elementary', 'Family Resource Center', 'United Way', null];

function action(i: number): ReportAction {
  const statuses: ActionStatus[] = ['in_progress', 'not_started', 'done', 'blocked', 'in_progress', 'done', 'dropped'];
  const status = statuses[i % statuses.length]!;
  const month = 1 + (i % 12);
  const dueDate = i % 9 === 8 ? null : `2026-${String(month).padStart(2, '0')}-15`;
  const overdue = dueDate !== null && (status === 'in_progress' || status === 'not_started') && i % 4 === 0;
  return {
    id: i + 1,
    title: `Action ${i + 1}: ${['Train kindergarten teachers on the entry assessment', 'Share reading kits at pediatric visits', 'Run a summer bridge program at two sites', 'Translate enrollment forms into Spanish and Somali', 'Map pre-K seats by neighborhood'][i % 5]}`,
    status,
    dueDate,
    overdue,
    ownerName: OWNERS[i % OWNERS.length]!,
    partnerName: PARTNERS[i % PARTNERS.length]!,
    doneInPeriod: status === 'done' && i % 2 === 0,
  };
}

function learning(i: number): ReportCycle {
  return {
    id: 100 + i,
    title: `Cycle ${i + 1}: ${['Text reminders before literacy nights', 'Bilingual storytime at the library', 'Home visit reading kits', 'Pediatrician book handout'][i % 4]}`,
    stage: (['done', 'act', 'study'] as const)[i % 3]!,
    decision: (['adopt', 'adapt', null, 'abandon'] as const)[i % 4]!,
    changeIdea: i % 2 === 0 ? 'Engage families in early literacy' : null,
    date: `2026-${String(9 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    learning: `Attendance rose when reminders came from the child's teacher rather than the district (cycle ${i + 1}).\n\n- Families preferred evenings after 6 pm\n- Spanish-language sessions filled first`,
    ownerName: OWNERS[i % OWNERS.length]!,
  };
}

export function sampleReportDocument(overrides: Partial<ReportDocument> = {}): ReportDocument {
  const learnings = Array.from({ length: 6 }, (_, i) => learning(i));
  const actions = Array.from({ length: 30 }, (_, i) => action(i)).sort((a, b) => Number(b.overdue || b.status === 'blocked') - Number(a.overdue || a.status === 'blocked'));
  const count = (s: ActionStatus) => actions.filter((a) => a.status === s).length;
  return {
    title: 'Fall 2026 progress report',
    content: {
      networkName: 'Kindergarten Readiness Network',
      period: { from: '2026-09-01', to: '2026-11-30', timeZone: 'America/Chicago' },
      assembledAt: Date.UTC(2026, 11, 2, 15),
      indicator: {
        name: 'Children ready for kindergarten',
        definition: 'Share of entering kindergartners assessed as ready in all five domains.',
        unit: 'percent',
        ratePer: null,
        polarity: 'higher_is_better',
        frequency: 'monthly',
        dataSource: 'District kindergarten entry assessment',
        verdict: 'improvement',
        sentence: SIGNAL_SENTENCE,
        latest: { period: '2026-11', label: 'Nov 2026', value: 51.1 },
        baseline: { period: '2024-07', label: 'Jul 2024', value: 41 },
        target: { value: 60, date: '2028-06-30' },
        changeSinceBaseline: 10.1,
        distanceToTarget: 8.9,
        onTrack: true,
        chart: sampleChart(),
        equity: [
          {
            dimension: 'Race and ethnicity',
            latestGap: { label: 'Nov 2026', high: { group: 'White', value: 58 }, low: { group: 'Black', value: 44 }, gap: 14 },
            verdict: 'improvement',
            sentence: 'The gap between the highest and lowest group narrowed: 8 points in a row below the centre line.',
            suppressedCount: 2,
          },
          {
            dimension: 'Family income',
            latestGap: { label: 'Nov 2026', high: { group: 'Above 200% FPL', value: 57 }, low: { group: 'Below 100% FPL', value: 43 }, gap: 14 },
            verdict: null,
            sentence: null,
            suppressedCount: 0,
          },
        ],
      },
      cycles: {
        total: 14,
        byStage: { plan: 2, do: 3, study: 2, act: 1, done: 6 },
        byDecision: { adopt: 4, adapt: 2, abandon: 1, undecided: 7 },
        rampsAdvanced: [
          { id: 1, title: 'Literacy night reminders', cyclesInPeriod: 2, fromNumber: 2, toNumber: 3 },
          { id: 2, title: 'Reading kits at clinics', cyclesInPeriod: 1, fromNumber: 2, toNumber: 2 },
        ],
        learnings,
      },
      plan: {
        counts: {
          done: count('done'),
          inProgress: count('in_progress'),
          notStarted: count('not_started'),
          blocked: count('blocked'),
          overdue: actions.filter((a) => a.overdue).length,
          dropped: count('dropped'),
        },
        actions,
      },
      charter: { ratified: { version: 3, on: '2026-03-12' }, ratifiedInPeriod: false, pendingVersion: 4 },
      meetings: {
        held: 3,
        attendance: 49,
        averageAttendance: 49 / 3,
        people: 21,
        meetings: [
          { id: 1, date: '2026-09-10', title: 'September network meeting', attendance: 18 },
          { id: 2, date: '2026-10-08', title: 'October network meeting', attendance: 15 },
          { id: 3, date: '2026-11-12', title: 'November network meeting', attendance: 16 },
        ],
      },
    },
    narrative: {
      highlights: `${NARRATIVE_SENTENCE} Teachers said the take-home kits were used.\n\n- Readiness reached 51% in November, the highest on record\n- Two new partners joined: Eastside Library and Northgate Elementary`,
      challenges: 'Assessment data for October arrived three weeks late.\n\nTwo sites lost their family liaison.',
      asks: '- Share volunteers for the winter literacy nights\n- Help us recruit a Somali-speaking family liaison',
    },
    featured: [learnings[0]!, learnings[2]!, learnings[3]!],
    hidden: [],
    publication: { version: 2, publishedAt: Date.UTC(2026, 11, 5, 18), publishedBy: 'Maya Robinson', note: 'For the December board meeting' },
    ...overrides,
  };
}

/** Thousands of learnings and actions: a report big enough that rendering it takes a while. */
export function largeReportDocument(): ReportDocument {
  const base = sampleReportDocument();
  const learnings = Array.from({ length: 1500 }, (_, i) => learning(i));
  const actions = Array.from({ length: 4000 }, (_, i) => action(i));
  return {
    ...base,
    featured: learnings,
    content: {
      ...base.content,
      cycles: { ...base.content.cycles, learnings },
      plan: { ...base.content.plan, actions },
    },
  };
}

// Opportunity Youth beside its outcome. Enrollments through the re-engagement center have been
// higher since its evening GED classes began in spring 2024, and the Tuesday drop-in adds its first
// in 2026. How many are still enrolled six months later has not moved, which is why the network
// now tests bus passes. The network has no action plan yet, so its measures track no change idea:
// the cycles that test its ideas name them instead.
import type { MeasureRow, MeasureStory, NetworkMeasures } from './measures.ts';
import { quarters, ready, sequence } from './indicators.ts';

const ENROLLMENT_NOTES: Record<string, string> = {
  '2024-Q2': 'Evening GED classes at the re-engagement center, from April.',
  '2026-Q3': 'The first enrollments from the Tuesday drop-in at Grace Community Church.',
};

export function reengagementData(): MeasureRow[] {
  const random = sequence(20220101);
  return quarters('2022-Q1', '2026-Q3').map((period) => {
    const usual = period < '2024-Q2' ? 86 : 108;
    const mean = usual + (period === '2026-Q3' ? 12 : 0) + (period.endsWith('Q3') ? 6 : 0);
    return { period, value: Math.max(0, Math.round(mean + Math.sqrt(mean) * random.normal())), note: ENROLLMENT_NOTES[period] ?? '' };
  });
}

/** Of those who enrolled two quarters before, how many are still enrolled or working. */
export function stillEnrolledData(): MeasureRow[] {
  const random = sequence(20220701);
  const enrolled = reengagementData();
  return enrolled.slice(2).map((row, i) => {
    const cohort = enrolled[i]!.value!;
    return { period: row.period, numerator: ready(random, cohort, 0.58), denominator: cohort, note: '' };
  });
}

/** Intakes at the drop-in, by month since it opened on June 9. */
export const DROP_IN: MeasureRow[] = [
  { period: '2026-06', value: 6, note: 'The first four Tuesdays; two young people came the first week.' },
  { period: '2026-07', value: 8 },
  { period: '2026-08', value: 9 },
  { period: '2026-09', value: 7, note: 'School started; fewer came in the first two weeks.' },
  { period: '2026-10', value: 11 },
];

const MEASURES: MeasureStory[] = [
  {
    kind: 'contributing',
    isPublic: true,
    definition: {
      name: 'Young people enrolled through the re-engagement center',
      definition:
        'Young people 16 to 24 who enrolled in a GED class, a diploma program or job training through the Metro Workforce Board’s re-engagement center in the quarter, from the center’s intake records.',
      isProportion: false,
      unit: 'count',
      ratePer: null,
      polarity: 'higher_is_better',
      dataSource: 'Metro Workforce Board, re-engagement center intake records',
      frequency: 'quarterly',
      baselinePeriod: '2025-Q4',
      targetValue: 150,
      targetDate: '2028-12-31',
    },
    usualThrough: '2024-Q1',
    rows: reengagementData(),
    nodes: [],
    cycles: ['oy-outreach-1', 'oy-outreach-2', 'oy-outreach-3', 'oy-info-session'],
  },
  {
    kind: 'contributing',
    definition: {
      name: 'Young people still enrolled six months after re-engaging',
      definition:
        'Of the young people who enrolled through the re-engagement center two quarters earlier, the share still enrolled in their program, or working, six months on, from the center’s follow-up calls and state wage records.',
      isProportion: true,
      numeratorLabel: 'Still enrolled or working six months on',
      denominatorLabel: 'Young people who enrolled two quarters earlier',
      unit: 'percent',
      ratePer: null,
      polarity: 'higher_is_better',
      dataSource: 'Metro Workforce Board, six-month follow-up of re-engagement center enrollments',
      frequency: 'quarterly',
      baselinePeriod: '2025-Q4',
      targetValue: 70,
      targetDate: '2028-12-31',
    },
    usualThrough: '2025-Q4',
    rows: stillEnrolledData(),
    nodes: [],
    cycles: ['oy-bus-passes'],
  },
  {
    kind: 'process',
    definition: {
      name: 'Intakes at the Tuesday drop-in',
      definition: 'Young people who completed an intake with the career coach at the Tuesday drop-in at Grace Community Church, by month.',
      isProportion: false,
      unit: 'count',
      ratePer: null,
      polarity: 'higher_is_better',
      dataSource: 'Metro Workforce Board career coach, drop-in sign-in and intake forms',
      frequency: 'monthly',
      baselinePeriod: null,
      targetValue: null,
      targetDate: null,
    },
    usualThrough: null,
    rows: DROP_IN,
    nodes: [],
    cycles: ['oy-outreach-3', 'oy-childcare'],
  },
];

export const OPPORTUNITY_YOUTH_MEASURES: NetworkMeasures = { editor: 'marcus', dataEntry: 'marcus', measures: MEASURES };

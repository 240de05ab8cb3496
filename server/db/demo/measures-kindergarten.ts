// Kindergarten Readiness beside its outcome. Pre-K enrollment rises from March 2026, when the
// reminders with the income limits and then the April fair got families through applications. The
// county's developmental screening rate has not moved: the clinic's checklist is not a screen, and
// the ASQ-3 test that began in September is not in the state's data yet. Families at library
// readiness nights are counted once a school year. The text tips are a process measure, and the
// clinic watches whether the checklist makes 4-year visits run late (a balancing measure).
import type { MeasureRow, MeasureStory, NetworkMeasures } from './measures.ts';
import { months, quarters, ready, sequence } from './indicators.ts';

/** The year a month's school year starts in: it starts in August. */
const schoolYearOf = (month: string) => Number(month.slice(0, 4)) - (Number(month.slice(5, 7)) < 8 ? 1 : 0);

/** The state's estimate of the district's children of pre-K age, updated each August. */
const PRE_K_AGE: Record<number, number> = { 2024: 7080, 2025: 7140, 2026: 7010 };

/** How far the enrollment push had reached: the income-limit reminders in March, the fair on April 12, subsidy help from May. */
const ENROLLMENT_REACH: Record<string, number> = { '2026-03': 0.3, '2026-04': 0.6, '2026-05': 0.85 };

const ENROLLMENT_NOTES: Record<string, string> = {
  '2025-08': 'New school year: the state’s estimate of children of pre-K age is updated each August.',
  '2026-01': 'Deadline reminder texts to 20 Parent Council families.',
  '2026-03': 'Reminders with the income limits to 150 families.',
  '2026-04': 'Spring enrollment fair on April 12: 96 applications started, 71 submitted on the day.',
  '2026-06': 'Subsidy help at the monthly parent cafés at Grace Community Church, June to August.',
};

export function enrollmentData(): MeasureRow[] {
  const random = sequence(20250101);
  return months('2025-01', '2026-10').map((period) => {
    const reach = period >= '2026-06' ? 1 : (ENROLLMENT_REACH[period] ?? 0);
    const children = PRE_K_AGE[schoolYearOf(period)]!;
    return { period, numerator: ready(random, children, 0.566 + 0.034 * reach), denominator: children, note: ENROLLMENT_NOTES[period] ?? '' };
  });
}

export function screeningData(): MeasureRow[] {
  const random = sequence(20210401);
  return quarters('2021-Q1', '2026-Q2').map((period) => {
    const visits = Math.round((period < '2021-Q3' ? 700 : 790) + 30 * random.normal());
    const note =
      period === '2021-Q1'
        ? 'Fewer visits than usual: families were still putting off checkups after the pandemic.'
        : period === '2026-Q1'
          ? 'The paper readiness checklist at Riverside is not a developmental screen and is not counted here.'
          : '';
    return { period, numerator: ready(random, visits, 0.372), denominator: visits, note };
  });
}

/** Families at readiness events, school year by school year (the year 2026–27 is counted when it ends). */
export const NIGHTS: MeasureRow[] = [
  { period: '2021-22', value: 24 },
  { period: '2022-23', value: 31 },
  { period: '2023-24', value: 27 },
  { period: '2024-25', value: 33 },
  { period: '2025-26', value: 264, note: 'Readiness nights: 3 families in December, 11 in January, 38 in February and 212 at six nights at the three branches in April and May.' },
];

/** Families sent a tip each month, from ten in the first test to everyone who signed up. */
export const TEXT_TIPS: MeasureRow[] = [
  { period: '2026-02', value: 10, note: 'First test: ten families from the FRC parenting class.' },
  { period: '2026-03', value: 60, note: 'Evening tips in English and Spanish to 60 families.' },
  { period: '2026-04', value: 342, note: 'One tip every Sunday to every family who signed up; the branch nights and the fair add sign-ups.' },
  { period: '2026-05', value: 497 },
  { period: '2026-06', value: 630 },
  { period: '2026-07', value: 611, note: 'Summer: a few families opted out while traveling.' },
  { period: '2026-08', value: 626 },
  { period: '2026-09', value: 671, note: 'Sign-ups from the clinic waiting room and the Eastside storytimes.' },
  { period: '2026-10', value: 713 },
];

export function lateVisitData(): MeasureRow[] {
  const random = sequence(20250115);
  return months('2025-01', '2026-10').map((period) => {
    const visits = Math.round(140 + Math.sqrt(140) * random.normal());
    // Two forms at check-in from September 14 added a few minutes to each visit.
    const extra = period === '2026-09' ? 0.015 : period >= '2026-10' ? 0.03 : 0;
    const note = period === '2026-04' ? 'The readiness checklist at check-in for every 4-year visit, from April 6.' : period === '2026-09' ? 'The ASQ-3 and the checklist together at check-in, from September 14.' : '';
    return { period, numerator: ready(random, visits, 0.17 + extra), denominator: visits, note };
  });
}

const CHECKLIST = 'Readiness checklist in the 4-year well-child visit';
const CHECKLIST_CYCLES = ['k-checklist-1', 'k-checklist-2', 'k-checklist-3', 'k-checklist-4', 'k-asq-online'];

const MEASURES: MeasureStory[] = [
  {
    kind: 'contributing',
    isPublic: true,
    definition: {
      name: 'Four-year-olds enrolled in pre-K',
      definition:
        'The share of the district’s children of pre-K age who hold a seat in district pre-K, Head Start or a state-funded community pre-K (enrolled, or accepted for a seat that opens this school year), from the combined roster at the end of each month. The children of pre-K age are the state’s estimate from birth records, updated each August.',
      isProportion: true,
      numeratorLabel: 'Children of pre-K age with a pre-K seat',
      denominatorLabel: 'Children of pre-K age in the district',
      unit: 'percent',
      ratePer: null,
      polarity: 'higher_is_better',
      dataSource: 'Eastside Unified School District and Eastside Head Start, combined pre-K roster, shared monthly since January 2025',
      frequency: 'monthly',
      baselinePeriod: '2026-02',
      targetValue: 65,
      targetDate: '2028-06-30',
    },
    usualThrough: '2026-02',
    rows: enrollmentData(),
    nodes: ['Families can find and afford a pre-K seat', 'Pre-K enrollment fair each spring', 'Help with pre-K subsidy applications'],
    cycles: ['k-enroll-1', 'k-enroll-2', 'k-enroll-3', 'k-subsidy-1', 'k-subsidy-2', 'k-subsidy-3', 'k-subsidy-4'],
  },
  {
    kind: 'contributing',
    definition: {
      name: 'Well-child visits with a developmental screen',
      definition:
        'The share of 4-year well-child visits by children on Medicaid in the county with a standardized developmental screening (such as the ASQ-3) billed at the visit. The state reports each quarter about three months after it ends.',
      isProportion: true,
      numeratorLabel: '4-year well-child visits with a developmental screen billed',
      denominatorLabel: '4-year well-child visits by children on Medicaid',
      unit: 'percent',
      ratePer: null,
      polarity: 'higher_is_better',
      dataSource: 'State Medicaid agency, quarterly well-child visit report for the county',
      frequency: 'quarterly',
      baselinePeriod: '2025-Q4',
      targetValue: 50,
      targetDate: '2028-06-30',
    },
    usualThrough: '2025-Q4',
    rows: screeningData(),
    nodes: ['Pediatricians talk about readiness at well-child visits', CHECKLIST],
    cycles: ['k-checklist-4', 'k-asq-online'],
  },
  {
    kind: 'contributing',
    definition: {
      name: 'Families attending library readiness nights',
      definition:
        'Families who came to a kindergarten readiness event at a branch library during the school year (August to July), from the sign-in sheets, counted when the year ends. Until 2024–25 the library’s only such event was the spring “Kindergarten Countdown” morning at Northgate; from December 2025, the network’s readiness nights.',
      isProportion: false,
      unit: 'count',
      ratePer: null,
      polarity: 'higher_is_better',
      dataSource: 'Northgate Public Library, readiness night sign-in sheets',
      frequency: 'school_year',
      baselinePeriod: '2024-25',
      targetValue: 500,
      targetDate: '2027-07-31',
    },
    usualThrough: '2024-25',
    rows: NIGHTS,
    nodes: ['Clear, shared readiness messages in every family’s language', 'Readiness nights at branch libraries'],
    cycles: ['k-nights-1', 'k-nights-2', 'k-nights-3', 'k-nights-4', 'k-nights-5'],
  },
  {
    kind: 'process',
    definition: {
      name: 'Families reached by the text-message tips',
      definition: 'Families on the readiness text-tip list who were sent at least one tip in the month, from the Family Resource Center’s texting account.',
      isProportion: false,
      unit: 'count',
      ratePer: null,
      polarity: 'higher_is_better',
      dataSource: 'Family Resource Center of the Valley, texting account reports',
      frequency: 'monthly',
      baselinePeriod: null,
      targetValue: null,
      targetDate: null,
    },
    usualThrough: null,
    rows: TEXT_TIPS,
    nodes: ['Text-message tips for parents of four-year-olds'],
    cycles: ['k-texts-1', 'k-texts-2', 'k-texts-3', 'k-texts-4', 'k-tips-poster'],
  },
  {
    kind: 'balancing',
    definition: {
      name: '4-year visits that ran past their time slot',
      definition:
        'The share of 4-year well-child visits at Riverside Community Health Clinic that ended more than 10 minutes after their scheduled slot. It tells the network whether the readiness checklist slows the clinic down.',
      isProportion: true,
      numeratorLabel: '4-year visits that ended more than 10 minutes late',
      denominatorLabel: '4-year well-child visits at Riverside',
      unit: 'percent',
      ratePer: null,
      polarity: 'lower_is_better',
      dataSource: 'Riverside Community Health Clinic, scheduling system, pulled monthly by the clinic manager',
      frequency: 'monthly',
      baselinePeriod: '2026-01',
      targetValue: null,
      targetDate: null,
    },
    usualThrough: '2026-01',
    rows: lateVisitData(),
    nodes: [CHECKLIST],
    cycles: CHECKLIST_CYCLES,
  },
];

export const KINDERGARTEN_MEASURES: NetworkMeasures = { editor: 'james', dataEntry: 'maria', measures: MEASURES };

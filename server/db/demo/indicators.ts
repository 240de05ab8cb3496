// The demo's indicators and their measurements, written through the same services the indicator
// screens call. The numbers are generated, not real, but they behave like real data: binomial
// noise from a fixed pseudo-random sequence (the same every load), subgroups that add up to the
// whole, a group that some months is too small to show, and a change that starts when the
// network's tests did (the first readiness night and backpack flyers, December 2025).
import type { SessionUser } from '../../context.ts';
import { wordsFor } from '../../i18n.ts';
import { dimensionsOf, saveChartSettings, saveIndicator } from '../../services/indicator.ts';
import { saveMeasurements } from '../../services/measurements.ts';
import { chartSettingsInput, indicatorSaveInput, measurementsSaveInput, type MeasurementRow } from '../../../shared/schemas/indicator.ts';
import type { Db } from '../client.ts';
import { accessFor } from './access.ts';

/** A fixed pseudo-random sequence (mulberry32): deterministic noise, the same on every load. */
export function sequence(seed: number) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

export type Random = ReturnType<typeof sequence>;

/** How many of `n` children are ready when each is with probability `p`: binomial, by its normal approximation. */
export function ready(random: Random, n: number, p: number): number {
  const x = Math.round(n * p + random.normal() * Math.sqrt(n * p * (1 - p)));
  return Math.min(n, Math.max(0, x));
}

export function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key === to) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

// --- Kindergarten readiness ---------------------------------------------------------------------

export const READINESS_FIRST = '2022-01';
export const READINESS_LAST = '2026-10';
/**
 * The network's starting point: September 2023, the first cohort of the school year before the
 * network formed. Its measurement is the baseline (42.5%), the number the charter's aim starts from.
 */
export const READINESS_BASELINE = '2023-09';
/** The chart's usual level is worked out from the two years before the changes (not the baseline). */
export const READINESS_USUAL_THROUGH = '2023-12';
/** The first month of the network's changes: backpack flyers and the first readiness night. */
export const READINESS_CHANGE = '2025-12';

/** From this month the enrollment form lets families choose more than one race. */
const MULTIRACIAL_FORM = '2022-08';

const RACE = ['Black', 'Latino', 'White', 'Asian', 'Two or more races'] as const;
const INCOME = ['Low income', 'Higher income'] as const;
type Race = (typeof RACE)[number];
type Income = (typeof INCOME)[number];

/** Each group's share of the children assessed. "Two or more races" is set month by month below. */
const RACE_SHARE: Record<Exclude<Race, 'Two or more races'>, number> = { Black: 0.22, Latino: 0.39, White: 0.29, Asian: 0.1 };
/** The share of each group's children from low-income families. */
const LOW_INCOME: Record<Race, number> = { Black: 0.74, Latino: 0.68, White: 0.32, Asian: 0.42, 'Two or more races': 0.55 };
/** Readiness relative to the whole, in percentage points, before the change and once it is in place: the change lifts the lowest most. */
const RACE_OFFSET: Record<Race, [number, number]> = { Black: [-10, -3], Latino: [-3, -1], White: [9, 3], Asian: [4, 2], 'Two or more races': [0, 0] };
const INCOME_OFFSET: Record<Income, [number, number]> = { 'Low income': [-5, -2], 'Higher income': [5, 2] };

const READINESS_NOTES: Record<string, string> = {
  '2022-08': 'Assessment window moved to August: the district now assesses in the first weeks of school. New enrollment form: families can choose more than one race.',
  '2023-03': 'Spring cohort smaller than usual: two elementary schools were closed for repairs.',
  '2024-09': 'New version of the entry assessment; the district checked that scores compare with the old one.',
  '2025-12': 'First readiness night at Northgate and readiness flyers in Head Start backpacks.',
  '2026-04': 'Readiness nights at all three branch libraries; weekly text tips to every family who signed up.',
};

/** How far the change has reached in a month: 0 before it, growing to 1 once it is in place at scale (from April 2026). */
function changeReach(month: string): number {
  if (month < READINESS_CHANGE) return 0;
  return Math.min(1, 0.4 + 0.15 * (months(READINESS_CHANGE, month).length - 1));
}

type Count = { ready: number; assessed: number };
export type ReadinessMonth = { period: string; whole: Count; race: Record<Race, Count>; income: Record<Income, Count>; note: string };

/**
 * The monthly readiness data, January 2022 to October 2026. Each child counts once in each
 * dimension: the data is drawn by race and income together, so both dimensions add up to the whole.
 */
export function readinessData(): ReadinessMonth[] {
  const random = sequence(20260101);
  return months(READINESS_FIRST, READINESS_LAST).map((period, i) => {
    const reach = changeReach(period);
    const between = ([before, after]: [number, number]) => (before * (1 - reach) + after * reach) / 100;
    // Around 42% before the change, about 49% once it is in place; a slight seasonal swing.
    const p = (42 + 7.5 * reach + 0.8 * Math.sin((i / 12) * 2 * Math.PI)) / 100;
    const assessed = Math.round(600 + 40 * random.normal());
    // Until the enrollment form let families choose more than one race (August 2022), few children
    // were counted as "Two or more races": fewer than ten a month, so their numbers are withheld.
    const small = period < MULTIRACIAL_FORM ? 4 + Math.floor(random.uniform() * 6) : 30 + Math.floor(random.uniform() * 13);
    const rest = assessed - small;
    const sizes: Record<Race, number> = { Black: Math.round(rest * RACE_SHARE.Black), Latino: 0, White: Math.round(rest * RACE_SHARE.White), Asian: Math.round(rest * RACE_SHARE.Asian), 'Two or more races': small };
    sizes.Latino = rest - sizes.Black - sizes.White - sizes.Asian;
    const cells = RACE.flatMap((race) => {
      const low = Math.round(sizes[race] * LOW_INCOME[race]);
      return INCOME.map((income) => ({ race, income, n: income === 'Low income' ? low : sizes[race] - low, offset: between(RACE_OFFSET[race]) + between(INCOME_OFFSET[income]) }));
    });
    // Offsets shifted together so that the groups average to the whole population's rate.
    const mean = cells.reduce((s, c) => s + c.n * c.offset, 0) / assessed;
    const counted = cells.map((c) => ({ ...c, ready: ready(random, c.n, Math.min(0.98, Math.max(0.02, p + c.offset - mean))) }));
    const total = (keep: (c: (typeof counted)[number]) => boolean): Count => {
      const these = counted.filter(keep);
      return { ready: these.reduce((s, c) => s + c.ready, 0), assessed: these.reduce((s, c) => s + c.n, 0) };
    };
    return {
      period,
      whole: total(() => true),
      race: Object.fromEntries(RACE.map((r) => [r, total((c) => c.race === r)])) as Record<Race, Count>,
      income: Object.fromEntries(INCOME.map((g) => [g, total((c) => c.income === g)])) as Record<Income, Count>,
      note: READINESS_NOTES[period] ?? '',
    };
  });
}

// --- Opportunity youth --------------------------------------------------------------------------

export const OPPORTUNITY_FIRST = '2021-Q1';
export const OPPORTUNITY_LAST = '2026-Q3';

export function quarters(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, q] = [Number(from.slice(0, 4)), Number(from.slice(6))];
  for (;;) {
    const key = `${y}-Q${q}`;
    out.push(key);
    if (key === to) return out;
    q += 1;
    if (q > 4) [y, q] = [y + 1, 1];
  }
}

/** Young people 16–24 in the county and how many are neither in school nor working: slowly falling, 14% to about 12%. */
export function opportunityData(): { period: string; disconnected: number; youth: number; note: string }[] {
  const random = sequence(20210101);
  const all = quarters(OPPORTUNITY_FIRST, OPPORTUNITY_LAST);
  return all.map((period, i) => {
    const youth = Math.round(24_300 + 25 * i + 120 * random.normal());
    const p = (14.2 - (2.1 * i) / (all.length - 1) + (period.endsWith('Q3') ? 0.4 : 0)) / 100;
    const disconnected = Math.round(youth * p + 45 * random.normal());
    const note = period === '2021-Q1' ? 'Pandemic closures still affect enrollment and jobs.' : period === '2024-Q3' ? 'Summer: seasonal jobs end and school has not started.' : '';
    return { period, disconnected, youth, note };
  });
}

// --- Loading ------------------------------------------------------------------------------------

/** A period's measurement as the indicator shows it: the demo's baselines are typed from the data, as a network would. */
const percentIn = (rows: readonly { period: string; part: number; whole: number }[], period: string) => {
  const row = rows.find((r) => r.period === period)!;
  return (100 * row.part) / row.whole;
};

function loadReadiness(db: Db, networkId: number, lead: SessionUser, facilitator: SessionUser) {
  const data = readinessData();
  const { id, version } = saveIndicator(
    db,
    facilitator,
    accessFor(db, facilitator, networkId),
    indicatorSaveInput.parse({
      networkId,
      version: 0,
      name: 'Children ready for kindergarten',
      definition:
        'The share of children assessed as ready on the district’s kindergarten entry assessment: ready in all five domains (language, literacy, math, social-emotional, physical). The district assesses children in rolling monthly cohorts as they enroll, so each month is the cohort assessed that month.',
      isProportion: true,
      numeratorLabel: 'Children assessed as ready',
      denominatorLabel: 'Children assessed',
      unit: 'percent',
      ratePer: null,
      polarity: 'higher_is_better',
      dataSource: 'Eastside Unified School District, kindergarten entry assessment records, shared monthly by the district’s assessment office',
      frequency: 'monthly',
      baselinePeriod: READINESS_BASELINE,
      baselineValue: percentIn(data.map((d) => ({ period: d.period, part: d.whole.ready, whole: d.whole.assessed })), READINESS_BASELINE),
      targetValue: 60,
      targetDate: '2028-06-30',
      minGroupSize: 10,
      dimensions: [
        { id: null, name: 'Race and ethnicity', groups: RACE.map((name) => ({ id: null, name })) },
        { id: null, name: 'Family income', groups: INCOME.map((name) => ({ id: null, name })) },
      ],
    }),
    wordsFor('en'),
  );
  // A usual level frozen on the years before the change and no phase: a phase would restart the
  // analysis at the change and hide the shift against those years, the evidence the network wants.
  saveChartSettings(db, facilitator, accessFor(db, facilitator, networkId), chartSettingsInput.parse({ networkId, version, chartType: 'run', ruleSet: 'anhoej', baselineThrough: READINESS_USUAL_THROUGH, phases: [] }));

  const groupIds = new Map(dimensionsOf(db, id).flatMap((d) => d.groups.map((g) => [g.name, g.id] as const)));
  const rows: MeasurementRow[] = data.flatMap((d) => [
    { period: d.period, groupId: null, value: null, numerator: d.whole.ready, denominator: d.whole.assessed, note: d.note },
    ...[...RACE.map((g) => [g, d.race[g]] as const), ...INCOME.map((g) => [g, d.income[g]] as const)].map(([g, c]) => ({
      period: d.period,
      groupId: groupIds.get(g)!,
      value: null,
      numerator: c.ready,
      denominator: c.assessed,
      note: '',
    })),
  ]);
  saveMeasurements(db, lead, accessFor(db, lead, networkId), measurementsSaveInput.parse({ networkId, rows }));
}

function loadOpportunityYouth(db: Db, networkId: number, lead: SessionUser) {
  const data = opportunityData();
  const { version } = saveIndicator(
    db,
    lead,
    accessFor(db, lead, networkId),
    indicatorSaveInput.parse({
      networkId,
      version: 0,
      name: 'Young people neither in school nor working',
      definition:
        'The share of the county’s 16- to 24-year-olds who are neither enrolled in school or training nor employed, estimated each quarter from state enrollment and wage records matched by the workforce board.',
      isProportion: true,
      numeratorLabel: 'Young people 16–24 neither in school nor working',
      denominatorLabel: 'Young people 16–24 in the county',
      unit: 'percent',
      ratePer: null,
      polarity: 'lower_is_better',
      dataSource: 'Metro Workforce Board, quarterly match of state enrollment and unemployment-insurance wage records',
      frequency: 'quarterly',
      baselinePeriod: '2022-Q4',
      baselineValue: percentIn(data.map((d) => ({ period: d.period, part: d.disconnected, whole: d.youth })), '2022-Q4'),
      targetValue: 10,
      targetDate: '2028-12-31',
      minGroupSize: 10,
      dimensions: [],
    }),
    wordsFor('en'),
  );
  saveChartSettings(db, lead, accessFor(db, lead, networkId), chartSettingsInput.parse({ networkId, version, chartType: 'run', ruleSet: 'anhoej', baselineThrough: '2022-Q4', phases: [] }));
  const rows = data.map((d) => ({ period: d.period, groupId: null, value: null, numerator: d.disconnected, denominator: d.youth, note: d.note }));
  saveMeasurements(db, lead, accessFor(db, lead, networkId), measurementsSaveInput.parse({ networkId, rows }));
}

export function loadDemoIndicators(db: Db, networks: { k: number; oy: number }, person: (login: string) => SessionUser) {
  loadReadiness(db, networks.k, person('maria'), person('james'));
  loadOpportunityYouth(db, networks.oy, person('marcus'));
}

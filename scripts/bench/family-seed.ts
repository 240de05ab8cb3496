// The busiest network's family of measures, for the family view's figures (issue 19): beside its
// outcome, five contributing indicators, each with the outcome's two dimensions (six groups) and a
// value every month for the whole population and every group. They differ as a partnership's do: a
// percent, a rate, a count and a score, run and control charts, one with a frozen baseline, so the
// family view analyses every kind of series it can meet. Written through the app's services.
import { wordsFor } from '../../server/i18n.ts';
import type { SessionUser } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { accessFor } from '../../server/db/demo/access.ts';
import { dimensionsOf, outcomeOf, saveChartSettings, saveIndicator } from '../../server/services/indicator.ts';
import { saveMeasurements } from '../../server/services/measurements.ts';
import type { ChartType } from '../../shared/qi/chart-types.ts';
import type { IndicatorSaveInput } from '../../shared/schemas/indicator.ts';
import { readinessIndicator } from '../../tests/helpers/indicator.ts';
import { random } from './words.ts';

/** The outcome and five contributing indicators: what the family view is measured on. */
export const FAMILY_SIZE = 6;

type Spec = { definition: Partial<IndicatorSaveInput>; chart: ChartType; freeze: boolean; level: number; trend: number };

const proportion = (name: string, numeratorLabel: string, denominatorLabel: string): Partial<IndicatorSaveInput> => ({ kind: 'contributing', name, numeratorLabel, denominatorLabel });
const amount = (name: string, unit: 'count' | 'score'): Partial<IndicatorSaveInput> => ({ kind: 'contributing', name, unit, isProportion: false, numeratorLabel: '', denominatorLabel: '' });

const SPECS: Spec[] = [
  { definition: proportion('Four-year-olds enrolled in pre-K', 'Enrolled', 'Four-year-olds'), chart: 'p', freeze: true, level: 0.55, trend: 0.001 },
  { definition: proportion('Children with a well-child visit this year', 'With a visit', 'Children under five'), chart: 'run', freeze: false, level: 0.7, trend: 0.0005 },
  {
    definition: { ...proportion('Pre-K children chronically absent', 'Absent 10% of days or more', 'Enrolled children'), polarity: 'lower_is_better', targetValue: 12 },
    chart: 'p',
    freeze: false,
    level: 0.22,
    trend: -0.0006,
  },
  { definition: { ...proportion('Library cards per 1,000 children', 'Cards issued', 'Children under five'), unit: 'rate', ratePer: 1000, targetValue: 400 }, chart: 'u', freeze: true, level: 0.3, trend: 0.0008 },
  { definition: { ...amount('Families at play-and-learn groups', 'count'), targetValue: 400 }, chart: 'c', freeze: false, level: 300, trend: 0.8 },
];

/**
 * Adds the five contributing indicators to a network whose outcome has `dimensions` as the bench's
 * outcome does, with `months` of data each. Returns how many measurements it wrote.
 */
export function seedFamily(db: Db, networkId: number, facilitator: SessionUser, months: readonly string[]): number {
  const r = random(20261206); // its own sequence: the rest of the partnership stays as it was
  const w = wordsFor('en');
  const access = accessFor(db, facilitator, networkId);
  const dimensions = dimensionsOf(db, outcomeOf(db, networkId)!.id);
  let written = 0;
  for (const spec of SPECS) {
    const { id } = saveIndicator(
      db,
      facilitator,
      access,
      readinessIndicator(networkId, {
        // As the outcome's: typed before the data came, then read from the measurement itself.
        baselinePeriod: months[11] ?? null,
        baselineValue: Math.round((spec.level + 11 * spec.trend) * (spec.definition.unit === 'rate' ? 1000 : spec.definition.isProportion === false ? 1 : 100)),
        targetValue: 70,
        targetDate: '2029-06-30',
        ...spec.definition,
        dimensions: dimensions.map((d) => ({ id: null, name: d.name, groups: d.groups.map((g) => ({ id: null, name: g.name })) })),
      }),
      w,
    );
    saveChartSettings(db, facilitator, access, { indicatorId: id, version: 1, chartType: spec.chart, ruleSet: 'anhoej', baselineThrough: spec.freeze ? (months[23] ?? null) : null, phases: [] });
    const groups = dimensionsOf(db, id).flatMap((d) => d.groups.map((g) => g.id));
    const counted = spec.definition.isProportion !== false;
    const rows = months.flatMap((period, i) =>
      [null, ...groups].map((groupId) => {
        const level = spec.level + i * spec.trend;
        if (!counted) {
          const share = groupId === null ? 1 : 1 / 4;
          return { period, groupId, value: Math.max(0, Math.round(level * share * (1 + (r.next() - 0.5) * 0.2))), numerator: null, denominator: null, note: '' };
        }
        const denominator = groupId === null ? r.int(500, 700) : r.int(8, 300);
        const numerator = Math.max(0, Math.min(denominator, Math.round(denominator * (level + (r.next() - 0.5) * 0.1))));
        return { period, groupId, value: null, numerator, denominator, note: '' };
      }),
    );
    saveMeasurements(db, facilitator, access, { indicatorId: id, rows });
    written += rows.length;
  }
  return written;
}

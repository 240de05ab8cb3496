import { z } from 'zod';
import { FREQUENCIES, isPeriod, type Frequency } from '../domain/period.ts';
import { CHART_TYPES } from '../qi/chart-types.ts';
import { POLARITIES, RULE_SETS } from '../qi/verdict.ts';
import { idSchema, isoDateSchema } from './common.ts';
import { formatCount } from '../format/words.ts';

export const UNITS = ['percent', 'rate', 'count', 'score'] as const;
export type Unit = (typeof UNITS)[number];

export const UNIT_LABELS: Record<Unit, string> = {
  percent: 'Percent',
  rate: 'Rate per number of people',
  count: 'Count',
  score: 'Score',
};

export const POLARITY_LABELS = { higher_is_better: 'Higher is better', lower_is_better: 'Lower is better' } as const;

const text = (max: number, what: string) => z.string().trim().max(max, `Keep ${what} under ${formatCount(max)} characters`);
const groupName = z.string().trim().min(1, 'Name the group').max(100, 'Keep the group name under 100 characters');

export const dimensionSchema = z.object({
  /** null for a dimension added in this save. */
  id: idSchema.nullable(),
  name: z.string().trim().min(1, 'Name the dimension, e.g. “Race and ethnicity”').max(100, 'Keep the name under 100 characters'),
  groups: z
    .array(z.object({ id: idSchema.nullable(), name: groupName }))
    .min(2, 'A dimension needs at least two groups to compare')
    .max(30, 'At most 30 groups'),
});
export type DimensionInput = z.infer<typeof dimensionSchema>;

const finite = (message: string) => z.number({ message }).refine(Number.isFinite, message);

export const indicatorFields = {
  name: z.string().trim().min(1, 'Name the indicator').max(200, 'Keep the name under 200 characters'),
  definition: text(2000, 'the definition').default(''),
  /** A proportion has a numerator and a denominator; its value is computed from them. */
  isProportion: z.boolean(),
  numeratorLabel: text(300, 'the numerator').default(''),
  denominatorLabel: text(300, 'the denominator').default(''),
  unit: z.enum(UNITS, { message: 'Choose a unit' }),
  /** For a rate: per how many people (e.g. 1,000). */
  ratePer: z.number().int('Enter a whole number').min(1, 'Enter at least 1').max(1_000_000).nullable(),
  polarity: z.enum(POLARITIES, { message: 'Say whether higher or lower is better' }),
  dataSource: text(500, 'the data source').default(''),
  frequency: z.enum(FREQUENCIES, { message: 'Choose how often it is measured' }),
  /** The period the network measures its progress from (see shared/indicator/baseline.ts). */
  baselinePeriod: z.string().trim().max(20).nullable(),
  /** Only for a baseline period that is not measured: a measured one's value is its measurement. */
  baselineValue: finite('Enter the baseline as a number').nullable(),
  targetValue: finite('Enter the target as a number').nullable(),
  targetDate: isoDateSchema.nullable(),
  /** Groups smaller than this are never shown, in any view or export. */
  minGroupSize: z.number().int('Enter a whole number').min(1, 'At least 1').max(10_000, 'At most 10,000'),
  dimensions: z.array(dimensionSchema).max(6, 'At most 6 dimensions'),
};

type Definition = {
  isProportion: boolean;
  numeratorLabel: string;
  denominatorLabel: string;
  unit: Unit;
  ratePer: number | null;
  frequency: Frequency;
  baselinePeriod: string | null;
  baselineValue: number | null;
  targetValue: number | null;
  targetDate: string | null;
  dimensions: DimensionInput[];
};

/** The rules that tie fields together, each reported on the field a person would fix. */
function checkDefinition(d: Definition, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (d.isProportion && !d.numeratorLabel) issue('numeratorLabel', 'Say what is counted, e.g. “children assessed as ready”');
  if (d.isProportion && !d.denominatorLabel) issue('denominatorLabel', 'Say out of whom, e.g. “children assessed”');
  if (d.unit === 'rate' && d.ratePer === null) issue('ratePer', 'Say per how many people, e.g. 1,000');
  if (d.baselinePeriod && !isPeriod(d.baselinePeriod, d.frequency)) issue('baselinePeriod', 'Enter a period like the others, e.g. ' + example(d.frequency));
  // A baseline period alone is fine when it is measured: the server checks that against the data.
  if (!d.baselinePeriod && d.baselineValue !== null) issue('baselinePeriod', 'Say which period the baseline value is from');
  if ((d.targetValue === null) !== (d.targetDate === null)) issue(d.targetValue === null ? 'targetValue' : 'targetDate', 'Give the target’s value and its date, or neither');
  const names = d.dimensions.map((x) => x.name.toLowerCase());
  d.dimensions.forEach((dim, i) => {
    if (names.indexOf(dim.name.toLowerCase()) !== i) ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'name'], message: 'Two dimensions have this name' });
    const groups = dim.groups.map((g) => g.name.toLowerCase());
    dim.groups.forEach((g, j) => {
      if (groups.indexOf(g.name.toLowerCase()) !== j) ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'groups', j, 'name'], message: 'Two groups have this name' });
    });
  });
}

const example = (f: Frequency) => ({ monthly: '2025-03', quarterly: '2025-Q1', school_year: '2024-25', annual: '2025' })[f];

export const indicatorSaveInput = z
  .object({
    networkId: idSchema,
    /** The version the editor started from; 0 when the network has no indicator yet. */
    version: z.number().int().min(0),
    ...indicatorFields,
  })
  .superRefine(checkDefinition);
export type IndicatorSaveInput = z.infer<typeof indicatorSaveInput>;

export const chartSettingsInput = z.object({
  networkId: idSchema,
  version: z.number().int().min(1),
  chartType: z.enum(CHART_TYPES, { message: 'Choose a chart' }),
  ruleSet: z.enum(RULE_SETS, { message: 'Choose the rules' }),
  /** The last period the usual level (centre line) and limits are worked out from; not the indicator's baseline. */
  baselineThrough: z.string().trim().max(20).nullable(),
  /** Where a new phase starts, e.g. after a change was put in place; each is analysed on its own. */
  phases: z
    .array(z.object({ start: z.string().trim().min(1).max(20), label: z.string().trim().max(120, 'Keep the label under 120 characters').default('') }))
    .max(20, 'At most 20 phases'),
});

const measurementNumber = (what: string) => z.number({ message: `Enter the ${what} as a number` }).refine(Number.isFinite, `Enter the ${what} as a number`);

export const measurementRowSchema = z.object({
  period: z.string().trim().min(1, 'Enter the period').max(20),
  /** null: the whole population. */
  groupId: idSchema.nullable(),
  value: measurementNumber('value').nullable(),
  numerator: measurementNumber('numerator').min(0, 'A count cannot be negative').nullable(),
  denominator: measurementNumber('denominator').positive('The denominator must be more than 0').nullable(),
  note: text(500, 'the note').default(''),
  /**
   * When the person's form was opened: the saved row's updatedAt (ms), or null for none. A row
   * changed since then is a conflict, not an overwrite. Left out, the row simply replaces.
   */
  seenUpdatedAt: z.number().int().nullable().optional(),
});
export type MeasurementRow = z.infer<typeof measurementRowSchema>;

export const measurementsSaveInput = z.object({
  networkId: idSchema,
  rows: z.array(measurementRowSchema).min(1, 'Nothing to save').max(5_000, 'Save at most 5,000 rows at once: import a file for more'),
});

export const measurementDeleteInput = z.object({ networkId: idSchema, period: z.string().trim().min(1).max(20), groupId: idSchema.nullable() });

/** The largest CSV file the import takes. 50,000 rows of measurements fit well within it. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

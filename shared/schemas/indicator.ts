import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { FREQUENCIES, isPeriod, PERIOD_EXAMPLES, type Frequency } from '../domain/period.ts';
import { CHART_TYPES } from '../qi/chart-types.ts';
import { POLARITIES, RULE_SETS } from '../qi/verdict.ts';
import { idSchema, isoDateSchema } from './common.ts';

export const UNITS = ['percent', 'rate', 'count', 'score'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * What a measure is to the network: its one community-level `outcome` ("the needle"), a
 * `contributing` indicator that moves sooner and that partners can act on, a `process` measure of
 * whether a change idea is carried out, or a `balancing` measure of what might get worse.
 */
export const MEASURE_KINDS = ['outcome', 'contributing', 'process', 'balancing'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

const text = (max: number) => z.string().trim().max(max, message('validation:common.keepItUnder', { max }));
const groupName = z.string().trim().min(1, message('validation:indicator.nameTheGroup')).max(100, message('validation:indicator.keepTheGroupNameUnder'));

export const dimensionSchema = z.object({
  /** null for a dimension added in this save. */
  id: idSchema.nullable(),
  name: z.string().trim().min(1, message('validation:indicator.nameTheDimensionEG')).max(100, message('validation:indicator.keepTheNameUnder100')),
  groups: z
    .array(z.object({ id: idSchema.nullable(), name: groupName }))
    .min(2, message('validation:indicator.aDimensionNeedsAtLeast'))
    .max(30, message('validation:indicator.atMost30Groups')),
});
export type DimensionInput = z.infer<typeof dimensionSchema>;

const finite = (message: string) => z.number({ message }).refine(Number.isFinite, message);

export const indicatorFields = {
  name: z.string().trim().min(1, message('validation:indicator.nameTheIndicator')).max(200, message('validation:indicator.keepTheNameUnder200')),
  definition: text(2000).default(''),
  /** A proportion has a numerator and a denominator; its value is computed from them. */
  isProportion: z.boolean(),
  numeratorLabel: text(300).default(''),
  denominatorLabel: text(300).default(''),
  unit: z.enum(UNITS, { message: message('validation:indicator.chooseAUnit') }),
  /** For a rate: per how many people (e.g. 1,000). */
  ratePer: z.number().int(message('validation:indicator.enterAWholeNumber')).min(1, message('validation:indicator.enterAtLeast1')).max(1_000_000).nullable(),
  polarity: z.enum(POLARITIES, { message: message('validation:indicator.sayWhetherHigherOrLower') }),
  dataSource: text(500).default(''),
  frequency: z.enum(FREQUENCIES, { message: message('validation:indicator.chooseHowOftenItIs') }),
  /** The period the network measures its progress from (see shared/indicator/baseline.ts). */
  baselinePeriod: z.string().trim().max(20).nullable(),
  /** Only for a baseline period that is not measured: a measured one's value is its measurement. */
  baselineValue: finite(message('validation:indicator.enterTheBaselineAsA')).nullable(),
  targetValue: finite(message('validation:indicator.enterTheTargetAsA')).nullable(),
  targetDate: isoDateSchema.nullable(),
  /** Groups smaller than this are never shown, in any view or export. */
  minGroupSize: z.number().int(message('validation:indicator.enterAWholeNumber')).min(1, message('validation:indicator.atLeast1')).max(10_000, message('validation:indicator.atMost10000')),
  dimensions: z.array(dimensionSchema).max(6, message('validation:indicator.atMost6Dimensions')),
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
  const issue = (path: string, text: string) => ctx.addIssue({ code: 'custom', path: [path], message: text });
  if (d.isProportion && !d.numeratorLabel) issue('numeratorLabel', message('validation:indicator.sayWhatIsCountedE'));
  if (d.isProportion && !d.denominatorLabel) issue('denominatorLabel', message('validation:indicator.sayOutOfWhomE'));
  if (d.unit === 'rate' && d.ratePer === null) issue('ratePer', message('validation:indicator.sayPerHowManyPeople'));
  if (d.baselinePeriod && !isPeriod(d.baselinePeriod, d.frequency)) issue('baselinePeriod', message('validation:indicator.periodLikeOthers', { example: PERIOD_EXAMPLES[d.frequency] }));
  // A baseline period alone is fine when it is measured: the server checks that against the data.
  if (!d.baselinePeriod && d.baselineValue !== null) issue('baselinePeriod', message('validation:indicator.sayWhichPeriodTheBaseline'));
  if ((d.targetValue === null) !== (d.targetDate === null)) issue(d.targetValue === null ? 'targetValue' : 'targetDate', message('validation:indicator.giveTheTargetSValue'));
  const names = d.dimensions.map((x) => x.name.toLowerCase());
  d.dimensions.forEach((dim, i) => {
    if (names.indexOf(dim.name.toLowerCase()) !== i) ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'name'], message: message('validation:indicator.twoDimensionsHaveThisName') });
    const groups = dim.groups.map((g) => g.name.toLowerCase());
    dim.groups.forEach((g, j) => {
      if (groups.indexOf(g.name.toLowerCase()) !== j) ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'groups', j, 'name'], message: message('validation:indicator.twoGroupsHaveThisName') });
    });
  });
}

/** Which of the network's measures a call is about; left out, the network's outcome. */
export const measureRef = { indicatorId: idSchema.optional() };
export const measureRefInput = z.object({ networkId: idSchema, ...measureRef });

export const indicatorSaveInput = z
  .object({
    networkId: idSchema,
    ...measureRef,
    /** The version the editor started from; 0 for a new measure. */
    version: z.number().int().min(0),
    /** A new measure's kind (the outcome when left out); a measure beside the outcome may change between the other kinds. */
    kind: z.enum(MEASURE_KINDS, { message: message('validation:indicator.chooseAKind') }).optional(),
    /** A measure beside the outcome: shown in published reports and on the public page. */
    isPublic: z.boolean().optional(),
    /** The drivers and change ideas a measure beside the outcome tracks. */
    nodeIds: z.array(idSchema).max(50, message('validation:indicator.atMost50Links')).optional(),
    ...indicatorFields,
  })
  .superRefine(checkDefinition);
export type IndicatorSaveInput = z.infer<typeof indicatorSaveInput>;

export const chartSettingsInput = z.object({
  networkId: idSchema,
  ...measureRef,
  version: z.number().int().min(1),
  chartType: z.enum(CHART_TYPES, { message: message('validation:indicator.chooseAChart') }),
  ruleSet: z.enum(RULE_SETS, { message: message('validation:indicator.chooseTheRules') }),
  /** The last period the usual level (centre line) and limits are worked out from; not the indicator's baseline. */
  baselineThrough: z.string().trim().max(20).nullable(),
  /** Where a new phase starts, e.g. after a change was put in place; each is analysed on its own. */
  phases: z
    .array(z.object({ start: z.string().trim().min(1).max(20), label: z.string().trim().max(120, message('validation:indicator.keepTheLabelUnder120')).default('') }))
    .max(20, message('validation:indicator.atMost20Phases')),
});

const measurementNumber = (what: 'value' | 'numerator' | 'denominator') => {
  const asNumber = message(`validation:indicator.enterAsNumber.${what}`);
  return z.number({ message: asNumber }).refine(Number.isFinite, asNumber);
};

export const measurementRowSchema = z.object({
  period: z.string().trim().min(1, message('validation:indicator.enterThePeriod')).max(20),
  /** null: the whole population. */
  groupId: idSchema.nullable(),
  value: measurementNumber('value').nullable(),
  numerator: measurementNumber('numerator').min(0, message('validation:indicator.aCountCannotBeNegative')).nullable(),
  denominator: measurementNumber('denominator').positive(message('validation:indicator.theDenominatorMustBeMore')).nullable(),
  note: text(500).default(''),
  /**
   * When the person's form was opened: the saved row's updatedAt (ms), or null for none. A row
   * changed since then is a conflict, not an overwrite. Left out, the row simply replaces.
   */
  seenUpdatedAt: z.number().int().nullable().optional(),
});
export type MeasurementRow = z.infer<typeof measurementRowSchema>;

export const measurementsSaveInput = z.object({
  networkId: idSchema,
  ...measureRef,
  rows: z.array(measurementRowSchema).min(1, message('validation:indicator.nothingToSave')).max(5_000, message('validation:indicator.saveAtMost5000')),
});

/** Removing a measure beside the outcome, from the version the person saw. */
export const measureRemoveInput = z.object({ networkId: idSchema, indicatorId: idSchema, version: z.number().int().min(1) });

export const measurementDeleteInput = z.object({ networkId: idSchema, ...measureRef, period: z.string().trim().min(1).max(20), groupId: idSchema.nullable() });

/** The largest CSV file the import takes. 50,000 rows of measurements fit well within it. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

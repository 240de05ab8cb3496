import { z } from 'zod';
import { idSchema, isoDateSchema } from './common.ts';
import { userIdSchema } from './membership.ts';
import { formatCount } from '../format/words.ts';

export const CYCLE_STAGES = ['plan', 'do', 'study', 'act', 'done'] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];

export const CYCLE_STAGE_LABELS: Record<CycleStage, string> = {
  plan: 'Plan',
  do: 'Do',
  study: 'Study',
  act: 'Act',
  done: 'Done',
};

export const DECISIONS = ['adopt', 'adapt', 'abandon'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
  adopt: 'Adopt',
  adapt: 'Adapt',
  abandon: 'Abandon',
};

export const CARRIED_OUT = ['yes', 'partly', 'no'] as const;
export type CarriedOut = (typeof CARRIED_OUT)[number];

export const CARRIED_OUT_LABELS: Record<CarriedOut, string> = {
  yes: 'Yes, as planned',
  partly: 'Partly',
  no: 'No',
};

/**
 * The id the client gives a new record before sending it. A request retried on bad wifi carries the
 * same id, so the server can tell a retry from a second record.
 */
export const clientIdSchema = z.uuid({ message: 'A new record needs a client id (a UUID)' });

const text = (max: number, what = 'this') =>
  z.string().trim().max(max, `Keep ${what} under ${formatCount(max)} characters`);

const cycleTitle = z.string().trim().min(1, 'Give the cycle a short title').max(200, 'Keep the title under 200 characters');

export const cycleQuestionSchema = z.object({
  question: z.string().trim().min(1, 'Write the question, or remove it').max(500, 'Keep the question under 500 characters'),
  prediction: text(1000, 'the prediction').default(''),
  result: text(2000, 'the result').default(''),
});
export type CycleQuestion = z.infer<typeof cycleQuestionSchema>;

/** Everything a person writes about a cycle. The stage moves separately (see shared/domain/cycle). */
export const cycleFields = {
  title: cycleTitle,
  changeIdeaId: idSchema.nullable(),
  ownerId: userIdSchema,
  coOwnerIds: z.array(userIdSchema).max(20, 'At most 20 co-owners'),
  partnerOrganizationId: idSchema.nullable(),
  site: text(200, 'the site').default(''),
  meetingId: idSchema.nullable(),
  scale: text(300, 'the scale').default(''),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  // Plan
  objective: text(2000, 'the objective').default(''),
  questions: z.array(cycleQuestionSchema).max(10, 'At most 10 questions: a cycle tests a few things well'),
  planWho: text(1000).default(''),
  planWhat: text(2000).default(''),
  planWhen: text(1000).default(''),
  planWhere: text(1000).default(''),
  dataCollection: text(2000, 'the data plan').default(''),
  // Do
  carriedOut: z.enum(CARRIED_OUT, { message: 'Choose yes, partly or no' }).nullable(),
  whatHappened: text(4000).default(''),
  observations: text(4000).default(''),
  surprises: text(4000).default(''),
  // Study
  learning: text(4000, 'the learning').default(''),
  // Act
  decision: z.enum(DECISIONS, { message: 'Choose adopt, adapt or abandon' }).nullable(),
  nextSteps: text(2000, 'the next steps').default(''),
};

const datesInOrder = (c: { startDate: string | null; endDate: string | null }) =>
  !c.startDate || !c.endDate || c.startDate <= c.endDate;
const datesMessage = { message: 'The end date cannot be before the start date', path: ['endDate'] };

export const cycleFieldsSchema = z.object(cycleFields);
export type CycleFields = z.infer<typeof cycleFieldsSchema>;

export const cycleCreateInput = z
  .object({
    networkId: idSchema,
    clientId: clientIdSchema,
    /** Continue this ramp (the cycle becomes its next number); null for a cycle on its own. */
    rampId: idSchema.nullable(),
    ...cycleFields,
  })
  .refine(datesInOrder, datesMessage);

/** The few fields a member fills in at a meeting, on a phone. The rest is completed later. */
export const quickLogInput = z.object({
  networkId: idSchema,
  clientId: clientIdSchema,
  title: cycleTitle,
  changeIdeaId: idSchema.nullable(),
  meetingId: idSchema.nullable(),
  whatWeTried: text(4000, 'what you tried').default(''),
  whatWeLearned: text(4000, 'what you learned').default(''),
  decision: z.enum(DECISIONS, { message: 'Choose adopt, adapt or abandon' }).nullable(),
});
export type QuickLogInput = z.infer<typeof quickLogInput>;

export const cycleUpdateInput = z
  .object({ networkId: idSchema, cycleId: idSchema, version: z.number().int().min(1), ...cycleFields })
  .refine(datesInOrder, datesMessage);

export const cycleStageInput = z.object({
  networkId: idSchema,
  cycleId: idSchema,
  version: z.number().int().min(1),
  stage: z.enum(CYCLE_STAGES, { message: 'Choose a stage' }),
});

/** "Start the next cycle": the following cycle of the same ramp, carrying the context forward. */
export const cycleContinueInput = z.object({ networkId: idSchema, cycleId: idSchema, clientId: clientIdSchema });

export const cycleRefInput = z.object({ networkId: idSchema, cycleId: idSchema });
export const cycleDeleteInput = z.object({ networkId: idSchema, cycleId: idSchema, version: z.number().int().min(1) });
export const rampRefInput = z.object({ networkId: idSchema, rampId: idSchema });
export const rampRenameInput = z.object({
  networkId: idSchema,
  rampId: idSchema,
  /** The name the person saw: a ramp renamed meanwhile is a conflict, not an overwrite. */
  seenTitle: z.string().max(200),
  title: z.string().trim().min(1, 'Give the ramp a name').max(200, 'Keep the name under 200 characters'),
});

export const CYCLE_PAGE_SIZE = 25;

export const cycleListInput = z
  .object({
    networkId: idSchema,
    /** Words to find anywhere in a cycle (title, plan, do, study, act). */
    q: z.string().trim().max(200, 'Keep the search under 200 characters').optional(),
    stage: z.enum(CYCLE_STAGES).optional(),
    /** A decision, or 'none' for cycles without one yet. */
    decision: z.enum([...DECISIONS, 'none']).optional(),
    changeIdeaId: idSchema.optional(),
    partnerOrganizationId: idSchema.optional(),
    /** Owner or co-owner. */
    ownerId: userIdSchema.optional(),
    meetingId: idSchema.optional(),
    rampId: idSchema.optional(),
    /** Quick logs still to be completed (not yet done). */
    toComplete: z.boolean().optional(),
    /** On or after / on or before, by the cycle's date (its start date, or the day it was logged). */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(100).default(CYCLE_PAGE_SIZE),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The end of the range cannot be before its start', path: ['to'] });
export type CycleListInput = z.input<typeof cycleListInput>;

/** Search results carry a snippet with these around each matched word; shown as <mark>, never as HTML. */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

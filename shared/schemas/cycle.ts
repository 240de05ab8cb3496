import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { idSchema, isoDateSchema, writeIdSchema } from './common.ts';
import { userIdSchema } from './membership.ts';

export const CYCLE_STAGES = ['plan', 'do', 'study', 'act', 'done'] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];

export const DECISIONS = ['adopt', 'adapt', 'abandon'] as const;
export type Decision = (typeof DECISIONS)[number];

export const CARRIED_OUT = ['yes', 'partly', 'no'] as const;
export type CarriedOut = (typeof CARRIED_OUT)[number];

/**
 * The id the client gives a new record before sending it. A request retried on bad wifi carries the
 * same id, so the server can tell a retry from a second record.
 */
export const clientIdSchema = z.uuid({ message: message('validation:cycle.aNewRecordNeedsA') });

const text = (max: number) => z.string().trim().max(max, message('validation:common.keepItUnder', { max }));

const cycleTitle = z.string().trim().min(1, message('validation:cycle.giveTheCycleAShort')).max(200, message('validation:cycle.keepTheTitleUnder200'));

export const cycleQuestionSchema = z.object({
  question: z.string().trim().min(1, message('validation:cycle.writeTheQuestionOrRemove')).max(500, message('validation:cycle.keepTheQuestionUnder500')),
  prediction: text(1000).default(''),
  result: text(2000).default(''),
});
export type CycleQuestion = z.infer<typeof cycleQuestionSchema>;

/** Everything a person writes about a cycle. The stage moves separately (see shared/domain/cycle). */
export const cycleFields = {
  title: cycleTitle,
  changeIdeaId: idSchema.nullable(),
  ownerId: userIdSchema,
  coOwnerIds: z.array(userIdSchema).max(20, message('validation:cycle.atMost20CoOwners')),
  /** The network's measures the cycle expects to move; left out, they stay as they were. */
  indicatorIds: z.array(idSchema).max(20, message('validation:cycle.atMost20Measures')).optional(),
  partnerOrganizationId: idSchema.nullable(),
  site: text(200).default(''),
  meetingId: idSchema.nullable(),
  scale: text(300).default(''),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  // Plan
  objective: text(2000).default(''),
  questions: z.array(cycleQuestionSchema).max(10, message('validation:cycle.atMost10QuestionsA')),
  planWho: text(1000).default(''),
  planWhat: text(2000).default(''),
  planWhen: text(1000).default(''),
  planWhere: text(1000).default(''),
  dataCollection: text(2000).default(''),
  // Do
  carriedOut: z.enum(CARRIED_OUT, { message: message('validation:cycle.chooseYesPartlyOrNo') }).nullable(),
  whatHappened: text(4000).default(''),
  observations: text(4000).default(''),
  surprises: text(4000).default(''),
  // Study
  learning: text(4000).default(''),
  // Act
  decision: z.enum(DECISIONS, { message: message('validation:cycle.chooseAdoptAdaptOrAbandon') }).nullable(),
  nextSteps: text(2000).default(''),
};

const datesInOrder = (c: { startDate: string | null; endDate: string | null }) =>
  !c.startDate || !c.endDate || c.startDate <= c.endDate;
const datesMessage = { message: message('validation:cycle.theEndDateCannotBe'), path: ['endDate'] };

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
  whatWeTried: text(4000).default(''),
  whatWeLearned: text(4000).default(''),
  decision: z.enum(DECISIONS, { message: message('validation:cycle.chooseAdoptAdaptOrAbandon') }).nullable(),
});
export type QuickLogInput = z.infer<typeof quickLogInput>;

export const cycleUpdateInput = z
  .object({ networkId: idSchema, cycleId: idSchema, version: z.number().int().min(1), writeId: writeIdSchema, ...cycleFields })
  .refine(datesInOrder, datesMessage);

export const cycleStageInput = z.object({
  networkId: idSchema,
  cycleId: idSchema,
  version: z.number().int().min(1),
  stage: z.enum(CYCLE_STAGES, { message: message('validation:cycle.chooseAStage') }),
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
  title: z.string().trim().min(1, message('validation:cycle.giveTheRampAName')).max(200, message('validation:cycle.keepTheNameUnder200')),
});

export const CYCLE_PAGE_SIZE = 25;

export const cycleListInput = z
  .object({
    networkId: idSchema,
    /** Words to find anywhere in a cycle (title, plan, do, study, act). */
    q: z.string().trim().max(200, message('validation:cycle.keepTheSearchUnder200')).optional(),
    stage: z.enum(CYCLE_STAGES).optional(),
    /** A decision, or 'none' for cycles without one yet. */
    decision: z.enum([...DECISIONS, 'none']).optional(),
    changeIdeaId: idSchema.optional(),
    partnerOrganizationId: idSchema.optional(),
    /** Owner or co-owner. */
    ownerId: userIdSchema.optional(),
    meetingId: idSchema.optional(),
    rampId: idSchema.optional(),
    /** Cycles that named this measure as one they expect to move. */
    indicatorId: idSchema.optional(),
    /** Quick logs still to be completed (not yet done). */
    toComplete: z.boolean().optional(),
    /** On or after / on or before, by the cycle's date (its start date, or the day it was logged). */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(100).default(CYCLE_PAGE_SIZE),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: message('validation:cycle.theEndOfTheRange'), path: ['to'] });
export type CycleListInput = z.input<typeof cycleListInput>;

/** Search results carry a snippet with these around each matched word; shown as <mark>, never as HTML. */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

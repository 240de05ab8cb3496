import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { idSchema, isoDateSchema, writeIdSchema } from './common.ts';
import { userIdSchema } from './membership.ts';

// The driver diagram's levels, left to right after the aim.
export const NODE_KINDS = ['primary', 'secondary', 'change_idea'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'blocked', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const nodeTitle = z.string().trim().min(1, message('validation:plan.giveItAShortName')).max(200, message('validation:plan.keepItUnder200Characters'));
const nodeDescription = z.string().trim().max(2000, message('validation:plan.keepTheDescriptionUnder2'));
/** The version the editor saw: a stale one is a conflict, never a silent overwrite. */
const expectedVersion = z.number().int().min(1);

export const nodeCreateInput = z.object({
  networkId: idSchema,
  parentId: idSchema.nullable(), // null: a primary driver under the aim
  title: nodeTitle,
  description: nodeDescription.optional(),
});

export const nodeUpdateInput = z.object({
  networkId: idSchema,
  nodeId: idSchema,
  version: expectedVersion,
  title: nodeTitle,
  description: nodeDescription.optional(),
});

export const nodeMoveInput = z.object({
  networkId: idSchema,
  nodeId: idSchema,
  version: expectedVersion,
  /** The new parent (same level as the old one); null for primary drivers. */
  parentId: idSchema.nullable(),
  /** 0-based place among the new parent's active children. */
  position: z.number().int().min(0).max(1000),
});

export const nodeRetireInput = z.object({
  networkId: idSchema,
  nodeId: idSchema,
  version: expectedVersion,
  retired: z.boolean(),
});

const actionFields = {
  title: z.string().trim().min(1, message('validation:plan.sayWhatWillBeDone')).max(300, message('validation:plan.keepItUnder300Characters')),
  nodeId: idSchema.nullable(),
  ownerId: userIdSchema.nullable(),
  partnerOrganizationId: idSchema.nullable(),
  startDate: isoDateSchema.nullable(),
  dueDate: isoDateSchema.nullable(),
  status: z.enum(ACTION_STATUSES, { message: message('validation:plan.chooseAStatus') }),
};

const datesInOrder = (a: { startDate: string | null; dueDate: string | null }) =>
  !a.startDate || !a.dueDate || a.startDate <= a.dueDate;
const datesMessage = { message: message('validation:plan.theDueDateCannotBe'), path: ['dueDate'] };

export const actionCreateInput = z.object({ networkId: idSchema, ...actionFields }).refine(datesInOrder, datesMessage);

export const actionUpdateInput = z
  .object({ networkId: idSchema, actionId: idSchema, version: expectedVersion, ...actionFields })
  .refine(datesInOrder, datesMessage);
export type ActionUpdateInput = z.infer<typeof actionUpdateInput>;

/** What an action's owner may change: its status, with a progress note. */
export const actionProgressInput = z.object({
  networkId: idSchema,
  actionId: idSchema,
  version: expectedVersion,
  writeId: writeIdSchema,
  status: z.enum(ACTION_STATUSES, { message: message('validation:plan.chooseAStatus') }),
  note: z.string().trim().max(2000, message('validation:plan.keepTheNoteUnder2')).optional(),
});

export const actionRefInput = z.object({ networkId: idSchema, actionId: idSchema });

export const REVIEW_TARGETS = ['plan', 'node', 'action'] as const;

export const reviewCommentSchema = z.object({
  target: z.enum(REVIEW_TARGETS),
  targetId: idSchema.nullable(), // null when the comment is about the whole plan
  body: z.string().trim().min(1, message('validation:plan.writeTheComment')).max(2000, message('validation:plan.keepTheCommentUnder2')),
});

export const planSubmitInput = z.object({
  networkId: idSchema,
  planVersion: z.number().int().min(0),
  note: z.string().trim().max(1000, message('validation:plan.keepTheNoteUnder1')).optional(),
});

export const planApproveInput = z.object({
  networkId: idSchema,
  planVersion: z.number().int().min(0),
  note: z.string().trim().max(1000, message('validation:plan.keepTheNoteUnder1')).optional(),
});

export const planRequestChangesInput = z.object({
  networkId: idSchema,
  planVersion: z.number().int().min(0),
  comments: z.array(reviewCommentSchema).min(1, message('validation:plan.sayWhatNeedsToChange')).max(50),
});

export const snapshotRefInput = z.object({ networkId: idSchema, snapshotId: idSchema });

import { z } from 'zod';
import { idSchema, isoDateSchema } from './common.ts';
import { userIdSchema } from './membership.ts';

// The driver diagram's levels, left to right after the aim.
export const NODE_KINDS = ['primary', 'secondary', 'change_idea'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  primary: 'Primary driver',
  secondary: 'Secondary driver',
  change_idea: 'Change idea',
};

export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'blocked', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  dropped: 'Dropped',
};

const nodeTitle = z.string().trim().min(1, 'Give it a short name').max(200, 'Keep it under 200 characters');
const nodeDescription = z.string().trim().max(2000, 'Keep the description under 2,000 characters');
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
  title: z.string().trim().min(1, 'Say what will be done').max(300, 'Keep it under 300 characters'),
  nodeId: idSchema.nullable(),
  ownerId: userIdSchema.nullable(),
  partnerOrganizationId: idSchema.nullable(),
  startDate: isoDateSchema.nullable(),
  dueDate: isoDateSchema.nullable(),
  status: z.enum(ACTION_STATUSES, { message: 'Choose a status' }),
};

const datesInOrder = (a: { startDate: string | null; dueDate: string | null }) =>
  !a.startDate || !a.dueDate || a.startDate <= a.dueDate;
const datesMessage = { message: 'The due date cannot be before the start date', path: ['dueDate'] };

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
  status: z.enum(ACTION_STATUSES, { message: 'Choose a status' }),
  note: z.string().trim().max(2000, 'Keep the note under 2,000 characters').optional(),
});

export const actionRefInput = z.object({ networkId: idSchema, actionId: idSchema });

export const REVIEW_TARGETS = ['plan', 'node', 'action'] as const;

export const reviewCommentSchema = z.object({
  target: z.enum(REVIEW_TARGETS),
  targetId: idSchema.nullable(), // null when the comment is about the whole plan
  body: z.string().trim().min(1, 'Write the comment').max(2000, 'Keep the comment under 2,000 characters'),
});

export const planSubmitInput = z.object({
  networkId: idSchema,
  planVersion: z.number().int().min(0),
  note: z.string().trim().max(1000, 'Keep the note under 1,000 characters').optional(),
});

export const planApproveInput = z.object({
  networkId: idSchema,
  planVersion: z.number().int().min(0),
  note: z.string().trim().max(1000, 'Keep the note under 1,000 characters').optional(),
});

export const planRequestChangesInput = z.object({
  networkId: idSchema,
  planVersion: z.number().int().min(0),
  comments: z.array(reviewCommentSchema).min(1, 'Say what needs to change').max(50),
});

export const snapshotRefInput = z.object({ networkId: idSchema, snapshotId: idSchema });

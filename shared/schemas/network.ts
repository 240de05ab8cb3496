import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { idSchema } from './common.ts';
import { userIdSchema } from './membership.ts';

export const OUTCOME_AREAS = [
  'kindergarten_readiness',
  'early_grade_reading',
  'middle_grade_math',
  'high_school_graduation',
  'postsecondary_enrollment',
  'postsecondary_completion',
  'employment',
  'other',
] as const;
export type OutcomeArea = (typeof OUTCOME_AREAS)[number];

export const NETWORK_STATUSES = ['forming', 'active', 'sustaining', 'closed'] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];

export const networkNameSchema = z
  .string()
  .trim()
  .min(3, message('validation:network.giveTheNetworkAName'))
  .max(120, message('validation:network.keepTheNameUnder120'));

export const networkFields = z.object({
  name: networkNameSchema,
  outcomeArea: z.enum(OUTCOME_AREAS, { message: message('validation:network.chooseAnOutcomeArea') }),
  status: z.enum(NETWORK_STATUSES, { message: message('validation:network.chooseAStatus') }),
});
export type NetworkFields = z.infer<typeof networkFields>;

// A site admin may name the first lead when creating the network (it lands in the same transaction).
export const networkCreateInput = networkFields.extend({
  leadUserId: userIdSchema.optional(),
});

/** The version the editor started from: a save against an older one is refused, not applied. */
export const networkUpdateInput = networkFields.extend({
  networkId: idSchema,
  version: z.number({ message: message('validation:network.reloadThePageThisForm') }).int().min(1),
});

export const networkRefInput = z.object({ networkId: idSchema });

export const networkBySlugInput = z.object({
  slug: z.string().trim().min(1).max(140),
});

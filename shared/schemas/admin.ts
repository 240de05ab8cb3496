import { z } from 'zod';
import { idSchema } from './common.ts';
import { userIdSchema } from './membership.ts';

/** An email in the outbox an administrator sends again. */
export const mailRetryInput = z.object({ id: idSchema });

export const userRefInput = z.object({ userId: userIdSchema });

/** Give a person the partnership staff role (read every network, write in none) or take it away. */
export const partnershipStaffInput = z.object({ userId: userIdSchema, staff: z.boolean() });

export const userListInput = z
  .object({ search: z.string().trim().max(100).optional() })
  .optional();

export const auditListInput = z.object({
  networkId: idSchema.optional(),
  before: idSchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

import { z } from 'zod';
import { idSchema } from './common.ts';

/** A page of my notifications: newest first, `cursor` is the last id of the page before. */
export const notificationListInput = z.object({
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(50).default(20),
});

/** The ones named, or every unread one ('all'). */
export const notificationMarkReadInput = z.object({
  ids: z.union([z.array(idSchema).min(1).max(100), z.literal('all')]),
});
export type NotificationMarkReadInput = z.infer<typeof notificationMarkReadInput>;

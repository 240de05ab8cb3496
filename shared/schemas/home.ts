import { z } from 'zod';
import { NEEDS_YOU_PAGE } from '../domain/needs-you.ts';
import { idSchema } from './common.ts';

/** More of what needs me in one network: `cursor` items in (the home's answer brought the first). */
export const needsYouPageInput = z.object({
  networkId: idSchema,
  cursor: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(100).default(NEEDS_YOU_PAGE),
});

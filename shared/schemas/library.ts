import { z } from 'zod';
import { SCALE_LEVELS } from '../domain/library.ts';
import { message } from '../i18n/message.ts';
import { DECISIONS } from './cycle.ts';
import { idSchema } from './common.ts';
import { OUTCOME_AREAS } from './network.ts';

export const librarySearchInput = z.object({
  q: z.string().trim().max(200, message('validation:library.keepTheSearchUnder200')).optional(),
  outcomeArea: z.enum(OUTCOME_AREAS).optional(),
  decision: z.enum(DECISIONS).optional(),
  scale: z.enum(SCALE_LEVELS).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
});
export type LibrarySearch = z.input<typeof librarySearchInput>;

/** Copy a change idea from the library into the plan of network `networkId`, under driver `parentId`. */
export const libraryCopyInput = z.object({ networkId: idSchema, sourceNodeId: idSchema, parentId: idSchema });

export const librarySharingInput = z.object({ networkId: idSchema, enabled: z.boolean() });

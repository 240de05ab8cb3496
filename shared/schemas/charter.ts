import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { idSchema } from './common.ts';
import { userIdSchema } from './membership.ts';

// The charter's written sections, in reading order. Roles (convener, facilitator, data lead) are
// people from the membership and are kept apart from the text.
export const CHARTER_SECTIONS = [
  'aim',
  'problem',
  'scope',
  'commitments',
  'roles',
  'meetings',
  'decisions',
  'dataSharing',
  'communication',
] as const;
export type CharterSection = (typeof CHARTER_SECTIONS)[number];

export const CHARTER_ROLES = ['convener', 'facilitator', 'dataLead'] as const;
export type CharterRole = (typeof CHARTER_ROLES)[number];

export const CHARTER_TEXT_MAX = 20_000;

const sectionText = z.string().max(CHARTER_TEXT_MAX, message('validation:charter.keepSectionUnder', { max: CHARTER_TEXT_MAX }));

export const charterContentSchema = z.object({
  sections: z.object(Object.fromEntries(CHARTER_SECTIONS.map((k) => [k, sectionText])) as Record<CharterSection, typeof sectionText>),
  people: z.object(
    Object.fromEntries(CHARTER_ROLES.map((r) => [r, userIdSchema.nullable()])) as Record<CharterRole, z.ZodNullable<typeof userIdSchema>>,
  ),
});
export type CharterContent = z.infer<typeof charterContentSchema>;

export const changeNoteSchema = z
  .string()
  .trim()
  .min(1, message('validation:charter.sayInAFewWords'))
  .max(200, message('validation:charter.keepTheNoteUnder200'));

export const charterSaveInput = z.object({
  networkId: idSchema,
  /** The version the editor started from; 0 when the charter had none. A stale one is a conflict. */
  baseVersion: z.number().int().min(0),
  content: charterContentSchema,
  changeNote: changeNoteSchema,
});
export type CharterSaveInput = z.infer<typeof charterSaveInput>;

export const charterVersionRef = z.object({ networkId: idSchema, version: z.number().int().positive() });

export const charterRatifyInput = charterVersionRef.extend({
  note: z.string().trim().max(500, message('validation:charter.keepTheNoteUnder500')).optional(),
});

export const charterReturnInput = charterVersionRef.extend({
  comment: z
    .string()
    .trim()
    .min(1, message('validation:charter.sayWhatNeedsToChange'))
    .max(2000, message('validation:charter.keepTheCommentUnder2')),
});

import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { idSchema } from './common.ts';

export const SECTORS = [
  'education',
  'nonprofit',
  'business',
  'government',
  'philanthropy',
  'health',
  'faith',
  'community_family',
] as const;
export type Sector = (typeof SECTORS)[number];

export const organizationNameSchema = z
  .string()
  .trim()
  .min(2, message('validation:organization.enterTheOrganizationSName'))
  .max(120, message('validation:organization.keepTheNameUnder120'));

export const organizationCreateInput = z.object({
  name: organizationNameSchema,
  sector: z.enum(SECTORS, { message: message('validation:organization.chooseASector') }),
});

/** A facilitator, lead or site admin adding one from a network's Organizations page. */
export const organizationAddInput = organizationCreateInput.extend({ networkId: idSchema });

export const organizationRenameInput = organizationCreateInput.extend({ networkId: idSchema, organizationId: idSchema });

/** `organizationId` goes away; everything recorded under it moves to `intoId`. */
export const organizationMergeInput = z
  .object({ networkId: idSchema, organizationId: idSchema, intoId: idSchema })
  .refine((m) => m.organizationId !== m.intoId, { message: message('validation:organization.chooseAnotherOrganizationToMerge'), path: ['intoId'] });

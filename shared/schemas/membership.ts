import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { idSchema } from './common.ts';
import { organizationNameSchema, SECTORS } from './organization.ts';

export const NETWORK_ROLES = ['member', 'facilitator', 'lead'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

export const userIdSchema = z.string().min(1).max(64);

export const changeRoleInput = z.object({
  networkId: idSchema,
  userId: userIdSchema,
  role: z.enum(NETWORK_ROLES, { message: message('validation:membership.chooseARole') }),
});

export const removeMemberInput = z.object({
  networkId: idSchema,
  userId: userIdSchema,
});

export const appointLeadInput = z.object({
  networkId: idSchema,
  userId: userIdSchema,
});

// A member names the partner organization they represent: an existing one, a new one, or none.
export const setMyOrganizationInput = z.object({
  networkId: idSchema,
  organization: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('existing'), organizationId: z.number({ message: message('validation:membership.chooseAnOrganization') }).int().positive() }),
    z.object({
      kind: z.literal('new'),
      name: organizationNameSchema,
      sector: z.enum(SECTORS, { message: message('validation:membership.chooseASector') }),
    }),
  ]),
});

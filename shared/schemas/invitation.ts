import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { emailSchema, idSchema } from './common.ts';
import { newAccountInput } from './auth.ts';
import { NETWORK_ROLES } from './membership.ts';

export const INVITATION_EXPIRY_DAYS = [1, 7, 14, 30] as const;
export const INVITATION_MAX_USES_LIMIT = 200;

export const invitationCreateInput = z.object({
  networkId: idSchema,
  role: z.enum(NETWORK_ROLES, { message: message('validation:invitation.chooseARole') }),
  expiresInDays: z
    .number({ message: message('validation:invitation.chooseWhenTheLinkExpires') })
    .int()
    .refine((d) => (INVITATION_EXPIRY_DAYS as readonly number[]).includes(d), message('validation:invitation.chooseWhenTheLinkExpires')),
  maxUses: z
    .number({ message: message('validation:invitation.enterHowManyPeopleMay') })
    .int(message('validation:invitation.enterAWholeNumber'))
    .min(1, message('validation:invitation.atLeastOnePersonMust'))
    .max(INVITATION_MAX_USES_LIMIT, message('validation:invitation.atMostPeople', { max: INVITATION_MAX_USES_LIMIT })),
  note: z.string().trim().max(200, message('validation:invitation.keepTheNoteUnder200')).optional(),
  /** Where to email the link too (only while email is on); an empty field is no address. */
  email: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), emailSchema.optional()),
});
export type InvitationCreateInput = z.infer<typeof invitationCreateInput>;

// Tokens are 32 random bytes in base64url: 43 characters.
export const invitationTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, message('validation:invitation.thisInvitationLinkIsNot'));

export const invitationTokenInput = z.object({ token: invitationTokenSchema });

export const invitationSignUpInput = newAccountInput.extend({ token: invitationTokenSchema });

export const invitationRevokeInput = z.object({ networkId: idSchema, invitationId: idSchema });

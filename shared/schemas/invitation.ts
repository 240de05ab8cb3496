import { z } from 'zod';
import { idSchema } from './common.ts';
import { newAccountInput } from './auth.ts';
import { NETWORK_ROLES } from './membership.ts';

export const INVITATION_EXPIRY_DAYS = [1, 7, 14, 30] as const;
export const INVITATION_MAX_USES_LIMIT = 200;

export const invitationCreateInput = z.object({
  networkId: idSchema,
  role: z.enum(NETWORK_ROLES, { message: 'Choose a role' }),
  expiresInDays: z
    .number({ message: 'Choose when the link expires' })
    .int()
    .refine((d) => (INVITATION_EXPIRY_DAYS as readonly number[]).includes(d), 'Choose when the link expires'),
  maxUses: z
    .number({ message: 'Enter how many people may use the link' })
    .int('Enter a whole number')
    .min(1, 'At least one person must be able to use the link')
    .max(INVITATION_MAX_USES_LIMIT, `At most ${INVITATION_MAX_USES_LIMIT} people per link`),
  note: z.string().trim().max(200, 'Keep the note under 200 characters').optional(),
});
export type InvitationCreateInput = z.infer<typeof invitationCreateInput>;

// Tokens are 32 random bytes in base64url: 43 characters.
export const invitationTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'This invitation link is not valid');

export const invitationTokenInput = z.object({ token: invitationTokenSchema });

export const invitationSignUpInput = newAccountInput.extend({ token: invitationTokenSchema });

export const invitationRevokeInput = z.object({ networkId: idSchema, invitationId: idSchema });

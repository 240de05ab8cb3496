import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { emailSchema, passwordSchema, personNameSchema } from './common.ts';

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, message('validation:auth.enterYourPassword')),
});
export type SignInInput = z.infer<typeof signInInput>;

export const newAccountInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type NewAccountInput = z.infer<typeof newAccountInput>;

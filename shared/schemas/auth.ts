import { z } from 'zod';
import { emailSchema, passwordSchema, personNameSchema } from './common.ts';

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password'),
});
export type SignInInput = z.infer<typeof signInInput>;

export const newAccountInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type NewAccountInput = z.infer<typeof newAccountInput>;

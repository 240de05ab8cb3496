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

/** Asking for a reset link by email. */
export const forgotPasswordInput = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordInput>;

/** A new password from a reset link, typed twice so a typo does not lock the person out again. */
export const resetPasswordForm = z
  .object({
    newPassword: passwordSchema,
    confirmPassword: z.string().min(1, message('validation:account.typeTheNewPasswordAgain')),
  })
  .refine((v) => v.confirmPassword === '' || v.confirmPassword === v.newPassword, {
    path: ['confirmPassword'],
    message: message('validation:account.thisDoesNotMatchThe'),
  });
export type ResetPasswordForm = z.infer<typeof resetPasswordForm>;

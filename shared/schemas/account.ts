import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { languageCodeSchema, PASSWORD_MAX_LENGTH, passwordSchema, personNameSchema } from './common.ts';

export const updateNameInput = z.object({ name: personNameSchema });
export type UpdateNameInput = z.infer<typeof updateNameInput>;

/** The language a person reads Needle in; null follows the browser. */
export const setLanguageInput = z.object({ language: languageCodeSchema.nullable() });
export type SetLanguageInput = z.infer<typeof setLanguageInput>;

export const changePasswordInput = z.object({
  currentPassword: z
    .string()
    .min(1, message('validation:account.enterYourCurrentPassword'))
    .max(PASSWORD_MAX_LENGTH, message('validation:account.thatIsNotYourCurrent')),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** The form adds a second copy of the new password, so a typo does not lock the person out. */
export const changePasswordForm = changePasswordInput
  .extend({ confirmPassword: z.string().min(1, message('validation:account.typeTheNewPasswordAgain')) })
  .refine((v) => v.confirmPassword === '' || v.confirmPassword === v.newPassword, {
    path: ['confirmPassword'],
    message: message('validation:account.thisDoesNotMatchThe'),
  });
export type ChangePasswordForm = z.infer<typeof changePasswordForm>;

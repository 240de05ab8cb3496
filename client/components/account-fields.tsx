import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../shared/schemas/common.ts';
import type { NewAccountInput } from '../../shared/schemas/auth.ts';
import { Field } from './ui/field.tsx';
import { Input } from './ui/input.tsx';
import { PasswordInput } from './ui/password-input.tsx';

/** What makes a good password, said the same wherever a new one is chosen. */
export function useNewPasswordHint(): string {
  const { t } = useTranslation();
  return t('forms.newPasswordHint', { min: PASSWORD_MIN_LENGTH });
}

/** Name, email and a new password: the fields of every form that creates an account. */
export function AccountFields({ form, nameHint }: { form: UseFormReturn<NewAccountInput>; nameHint?: string }) {
  const { t } = useTranslation();
  const newPasswordHint = useNewPasswordHint();
  const { errors } = form.formState;
  return (
    <>
      <Field label={t('forms.name')} hint={nameHint} error={errors.name?.message}>
        {(p) => <Input {...p} autoComplete="name" {...form.register('name')} />}
      </Field>
      <Field label={t('forms.email')} error={errors.email?.message}>
        {(p) => <Input {...p} type="email" autoComplete="email" inputMode="email" {...form.register('email')} />}
      </Field>
      <Field label={t('forms.password')} hint={newPasswordHint} error={errors.password?.message}>
        {(p) => <PasswordInput {...p} autoComplete="new-password" {...form.register('password')} />}
      </Field>
    </>
  );
}

import type { UseFormReturn } from 'react-hook-form';
import { PASSWORD_MIN_LENGTH } from '../../shared/schemas/common.ts';
import type { NewAccountInput } from '../../shared/schemas/auth.ts';
import { Field } from './ui/field.tsx';
import { Input } from './ui/input.tsx';
import { PasswordInput } from './ui/password-input.tsx';

/** What makes a good password, said the same wherever a new one is chosen. */
export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well.`;

/** Name, email and a new password: the fields of every form that creates an account. */
export function AccountFields({ form, nameHint }: { form: UseFormReturn<NewAccountInput>; nameHint?: string }) {
  const { errors } = form.formState;
  return (
    <>
      <Field label="Your name" hint={nameHint} error={errors.name?.message}>
        {(p) => <Input {...p} autoComplete="name" {...form.register('name')} />}
      </Field>
      <Field label="Email" error={errors.email?.message}>
        {(p) => <Input {...p} type="email" autoComplete="email" inputMode="email" {...form.register('email')} />}
      </Field>
      <Field
        label="Password"
        hint={NEW_PASSWORD_HINT}
        error={errors.password?.message}
      >
        {(p) => <PasswordInput {...p} autoComplete="new-password" {...form.register('password')} />}
      </Field>
    </>
  );
}

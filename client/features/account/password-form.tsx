import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { changePasswordForm } from '../../../shared/schemas/account.ts';
import { useNewPasswordHint } from '../../components/account-fields.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { PasswordInput } from '../../components/ui/password-input.tsx';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function PasswordForm() {
  const { t } = useTranslation('account');
  const newPasswordHint = useNewPasswordHint();
  const trpc = useTRPC();
  const [changed, setChanged] = useState(false);
  const form = useForm({ resolver: zodResolver(changePasswordForm), defaultValues: EMPTY });
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setChanged(false);
    try {
      await change.mutateAsync({ currentPassword, newPassword });
    } catch (error) {
      applyServerErrors(form, error);
      return;
    }
    form.reset(EMPTY);
    setChanged(true);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t('password.current')} error={errors.currentPassword?.message}>
        {(p) => <PasswordInput {...p} autoComplete="current-password" {...form.register('currentPassword')} />}
      </Field>
      <Field label={t('password.new')} hint={newPasswordHint} error={errors.newPassword?.message}>
        {(p) => <PasswordInput {...p} autoComplete="new-password" {...form.register('newPassword')} />}
      </Field>
      <Field label={t('password.again')} error={errors.confirmPassword?.message}>
        {(p) => <PasswordInput {...p} autoComplete="new-password" {...form.register('confirmPassword')} />}
      </Field>
      <FormAlert message={formError(form)} />
      {changed && (
        <SuccessNotice title={t('password.changed')}>{t('password.signedOutElsewhere')}</SuccessNotice>
      )}
      <Button type="submit" pending={form.formState.isSubmitting} pendingLabel={t('password.pending')}>
        {t('password.submit')}
      </Button>
    </form>
  );
}

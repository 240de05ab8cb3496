import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { resetPasswordForm } from '../../../shared/schemas/auth.ts';
import { paths } from '../../app/paths.ts';
import { useNewPasswordHint } from '../../components/account-fields.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { PasswordInput } from '../../components/ui/password-input.tsx';
import { resetPassword } from './password-reset.ts';
import { FORM_ERROR, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

/**
 * Where a reset link (emailed, or made by an administrator) opens. Saving ends every session of
 * the account, so the person then signs in with the new password.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [invalid, setInvalid] = useState(token === '');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-semibold tracking-tight text-slate-900">{t('reset.heading')}</h1>
      {invalid ? (
        <Alert tone="warning" title={t('reset.invalidTitle')}>
          <p>{t('reset.invalidBody')}</p>
          <p className="mt-2">
            <Link to={paths.forgotPassword.href()}>{t('reset.requestNew')}</Link>
          </p>
        </Alert>
      ) : (
        <>
          <p className="mb-6 text-slate-700">{t('reset.intro')}</p>
          <Card>
            <ResetForm token={token} onInvalid={() => setInvalid(true)} />
          </Card>
        </>
      )}
    </div>
  );
}

function ResetForm({ token, onInvalid }: { token: string; onInvalid: () => void }) {
  const { t } = useTranslation('auth');
  const newPasswordHint = useNewPasswordHint();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(resetPasswordForm), defaultValues: { newPassword: '', confirmPassword: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ newPassword }) => {
    const result = await resetPassword(token, newPassword);
    if (result.ok) {
      // Every session ended, this browser's too: nobody is signed in here now.
      queryClient.setQueryData(trpc.account.me.queryKey(), null);
      await navigate(paths.signIn.href({}, { reset: 'done' }), { replace: true });
      await queryClient.resetQueries();
      return;
    }
    if (result.invalidLink) return onInvalid();
    form.setError(result.field ?? FORM_ERROR, { message: result.message }, { shouldFocus: true });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t('reset.new')} hint={newPasswordHint} error={errors.newPassword?.message}>
        {(p) => <PasswordInput {...p} autoComplete="new-password" {...form.register('newPassword')} />}
      </Field>
      <Field label={t('reset.again')} error={errors.confirmPassword?.message}>
        {(p) => <PasswordInput {...p} autoComplete="new-password" {...form.register('confirmPassword')} />}
      </Field>
      <FormAlert message={formError(form)} />
      <Button type="submit" pending={isSubmitting} pendingLabel={t('reset.pending')} className="w-full">
        {t('reset.submit')}
      </Button>
    </form>
  );
}

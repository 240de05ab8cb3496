import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { signInInput } from '../../../shared/schemas/auth.ts';
import { paths } from '../../app/paths.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { PasswordInput } from '../../components/ui/password-input.tsx';
import { LoadingState } from '../../components/ui/states.tsx';
import { safeNext, signIn } from '../../lib/auth.ts';
import { FORM_ERROR, formError } from '../../lib/form-errors.ts';
import { useMe, useResetSession } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

export function SignInPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (me.data) return <Navigate to={next} replace />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-semibold tracking-tight text-slate-900">{t('signIn.heading')}</h1>
      <p className="mb-6 text-slate-700">
        {next.startsWith('/invite/') ? t('signIn.thenAccept') : t('signIn.welcome')}
      </p>
      {params.get('reset') === 'done' && (
        <Alert tone="success" className="mb-4">
          {t('reset.done')}
        </Alert>
      )}
      <Card>
        <SignInForm next={next} />
      </Card>
      <p className="mt-4 text-sm">
        <Link to={paths.forgotPassword.href()}>{t('forgot.link')}</Link>
      </p>
      <p className="mt-2 text-sm text-slate-600">
        {t('signIn.newHere')}
      </p>
    </div>
  );
}

function SignInForm({ next }: { next: string }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const form = useForm({ resolver: zodResolver(signInInput), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    const result = await signIn(email, password);
    if (!result.ok) {
      form.setError(FORM_ERROR, { message: result.message });
      form.setFocus('password');
      return;
    }
    await resetSession();
    await navigate(next, { replace: true });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t('fields.email')} error={errors.email?.message}>
        {(p) => <Input {...p} type="email" autoComplete="email" inputMode="email" {...form.register('email')} />}
      </Field>
      <Field label={t('fields.password')} error={errors.password?.message}>
        {(p) => <PasswordInput {...p} autoComplete="current-password" {...form.register('password')} />}
      </Field>
      <FormAlert message={formError(form)} />
      <Button type="submit" pending={isSubmitting} pendingLabel={t('signIn.pending')} className="w-full">
        {t('signIn.submit')}
      </Button>
    </form>
  );
}

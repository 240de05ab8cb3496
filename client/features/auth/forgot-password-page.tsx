import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { forgotPasswordInput } from '../../../shared/schemas/auth.ts';
import { paths } from '../../app/paths.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { requestPasswordReset } from './password-reset.ts';
import { errorMessage } from '../../lib/errors.ts';
import { FORM_ERROR, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** Asks for a reset email; where this Needle sends no email, says whom to ask instead. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('forgot.title'));
  const trpc = useTRPC();
  const status = useQuery(trpc.setup.status.queryOptions(undefined, { staleTime: Infinity }));
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-semibold tracking-tight text-slate-900">{t('forgot.heading')}</h1>
      {status.isPending && <LoadingState />}
      {status.isError && <ErrorState message={errorMessage(status.error)} onRetry={() => void status.refetch()} />}
      {status.data && !status.data.mailOn && (
        <Alert tone="info" title={t('forgot.noEmailTitle')}>
          {t('forgot.noEmailBody')}
        </Alert>
      )}
      {status.data?.mailOn && sentTo !== null && (
        <Alert tone="success" title={t('forgot.sentTitle')}>
          <span role="status">{t('forgot.sentBody', { email: sentTo })}</span>
        </Alert>
      )}
      {status.data?.mailOn && sentTo === null && (
        <>
          <p className="mb-6 text-slate-700">{t('forgot.intro')}</p>
          <Card>
            <ForgotForm onSent={setSentTo} />
          </Card>
        </>
      )}
      <p className="mt-4 text-sm">
        <Link to={paths.signIn.href()}>{t('forgot.backToSignIn')}</Link>
      </p>
    </div>
  );
}

function ForgotForm({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useTranslation('auth');
  const form = useForm({ resolver: zodResolver(forgotPasswordInput), defaultValues: { email: '' } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async ({ email }) => {
    const result = await requestPasswordReset(email);
    if (!result.ok) {
      form.setError(FORM_ERROR, { message: result.message });
      return;
    }
    onSent(email);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t('fields.email')} error={errors.email?.message}>
        {(p) => <Input {...p} type="email" autoComplete="email" inputMode="email" {...form.register('email')} />}
      </Field>
      <FormAlert message={formError(form)} />
      <Button type="submit" pending={isSubmitting} pendingLabel={t('forgot.pending')} className="w-full">
        {t('forgot.submit')}
      </Button>
    </form>
  );
}

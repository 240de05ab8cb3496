import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { newAccountInput } from '../../../shared/schemas/auth.ts';
import { AccountFields } from '../../components/account-fields.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { signIn } from '../../lib/auth.ts';
import { errorMessage } from '../../lib/errors.ts';
import { applyServerErrors, FORM_ERROR, formError } from '../../lib/form-errors.ts';
import { useResetSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { paths } from '../../app/paths.ts';

export function SetupPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('setup.title'));
  const trpc = useTRPC();
  const status = useQuery(trpc.setup.status.queryOptions(undefined, { staleTime: Infinity }));
  if (status.isPending) return <LoadingState />;
  if (status.isError) return <ErrorState message={errorMessage(status.error)} onRetry={() => void status.refetch()} />;
  if (!status.data.needsFirstAdmin) return <Navigate to={paths.home.href()} replace />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-semibold tracking-tight text-slate-900">{t('setup.heading')}</h1>
      <p className="mb-6 text-slate-700">{t('setup.intro')}</p>
      <Card>
        <SetupForm />
      </Card>
    </div>
  );
}

function SetupForm() {
  const { t } = useTranslation('auth');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const form = useForm({ resolver: zodResolver(newAccountInput), defaultValues: { name: '', email: '', password: '' } });
  const create = useMutation(trpc.setup.createAdmin.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync(values);
    } catch (error) {
      applyServerErrors(form, error);
      return;
    }
    queryClient.setQueryData(trpc.setup.status.queryKey(), (old) => ({ mailOn: false, ...old, needsFirstAdmin: false }));
    const result = await signIn(values.email, values.password);
    if (!result.ok) {
      form.setError(FORM_ERROR, { message: t('setup.signInFailed', { reason: result.message }) });
      return;
    }
    await resetSession();
    await navigate(paths.home.href(), { replace: true });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <AccountFields form={form} />
      <FormAlert message={formError(form)} />
      <Button type="submit" pending={form.formState.isSubmitting} pendingLabel={t('setup.pending')} className="w-full">
        {t('setup.submit')}
      </Button>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { invitationSignUpInput } from '../../../shared/schemas/invitation.ts';
import { AccountFields } from '../../components/account-fields.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { signIn } from '../../lib/auth.ts';
import { applyServerErrors, FORM_ERROR, formError } from '../../lib/form-errors.ts';
import { useResetSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { paths } from '../../app/paths.ts';

const schema = invitationSignUpInput.omit({ token: true });

/** A newcomer creates their account and joins in one step, then is signed in. */
export function InviteSignUpForm({ token }: { token: string }) {
  const { t } = useTranslation('invitations');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { name: '', email: '', password: '' } });
  const signUp = useMutation(trpc.invitation.signUp.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    let joined: { networkSlug: string };
    try {
      joined = await signUp.mutateAsync({ token, ...values });
    } catch (error) {
      applyServerErrors(form, error);
      return;
    }
    const result = await signIn(values.email, values.password);
    if (!result.ok) {
      form.setError(FORM_ERROR, { message: t('signUp.signInFailed', { error: result.message }) });
      return;
    }
    await resetSession();
    await navigate(paths.network.href({ slug: joined.networkSlug }), { replace: true });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <h2 className="text-base font-semibold text-slate-900">{t('signUp.heading')}</h2>
      <AccountFields form={form} nameHint={t('signUp.nameHint')} />
      <FormAlert message={formError(form)} />
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting} pendingLabel={t('signUp.pending')}>
        {t('signUp.submit')}
      </Button>
      <p className="border-t border-slate-200 pt-4 text-center text-sm text-slate-700">
        <Link to={paths.signIn.href({}, { next: paths.invite.href({ token }) })} className="inline-flex min-h-11 items-center font-medium">
          {t('signUp.haveAccount')}
        </Link>
      </p>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { updateNameInput } from '../../../shared/schemas/account.ts';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

export function NameForm({ name }: { name: string }) {
  const { t } = useTranslation('account');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm({ resolver: zodResolver(updateNameInput), defaultValues: { name } });
  const update = useMutation(trpc.account.updateName.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    try {
      await update.mutateAsync(values);
    } catch (error) {
      applyServerErrors(form, error);
      return;
    }
    form.reset(values);
    setSaved(true);
    // Everywhere the name shows (the header, member lists) reads it afresh.
    await queryClient.invalidateQueries();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        label={t('name.label')}
        hint={t('name.hint')}
        error={form.formState.errors.name?.message}
      >
        {(p) => <Input {...p} autoComplete="name" {...form.register('name', { onChange: () => setSaved(false) })} />}
      </Field>
      <FormAlert message={formError(form)} />
      {saved && <SuccessNotice>{t('name.saved')}</SuccessNotice>}
      <Button type="submit" pending={form.formState.isSubmitting} pendingLabel={t('name.pending')}>
        {t('name.submit')}
      </Button>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { embedOriginsSchema, partnershipFields } from '../../../shared/schemas/partnership.ts';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { StaleNotice } from '../../components/ui/stale-notice.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Textarea } from '../../components/ui/textarea.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { isStaleVersion } from '../../lib/stale-version.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useStaleVersion } from '../../lib/use-stale-version.ts';
import { PartnershipLogo } from './partnership-logo.tsx';

type Partnership = RouterOutputs['partnership']['get'];

// The origins are one textarea, a line each; the same rule as the server's checks them here.
const formSchema = partnershipFields.extend({
  embedOrigins: z.string().superRefine((text, ctx) => {
    const checked = embedOriginsSchema.safeParse(lines(text));
    if (!checked.success) ctx.addIssue({ code: 'custom', message: checked.error.issues[0]!.message });
  }),
});
type FormValues = z.infer<typeof formSchema>;

function lines(text: string): string[] {
  return text.split('\n');
}

const toForm = (p: Partnership) => ({ name: p.named ? p.name : '', description: p.description, community: p.community, embedOrigins: p.embedOrigins.join('\n') });

/** The partnership's name, description, community, logo and the sites that may embed its pages. */
export function AdminPartnershipPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('partnership.title'));
  const trpc = useTRPC();
  const query = useQuery(trpc.partnership.get.queryOptions());
  return (
    <>
      <PageHeader title={t('partnership.title')} description={t('partnership.description')} />
      {query.isPending && <LoadingState label={t('partnership.loading')} />}
      {query.isError && <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />}
      {query.data && (
        <div className="grid items-start gap-4 md:grid-cols-[2fr_1fr]">
          <DetailsForm partnership={query.data} />
          <PartnershipLogo partnership={query.data} />
        </div>
      )}
    </>
  );
}

function DetailsForm({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation('admin');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  // The version these fields came from; a background refetch does not move it, only a save does.
  const versions = useStaleVersion<number, Partnership>(partnership.version);
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: toForm(partnership) });
  const { errors } = form.formState;
  const save = useMutation(
    trpc.partnership.save.mutationOptions({
      onSuccess: async (updated) => {
        form.reset(toForm(updated));
        versions.clear(updated.version);
        setSaved(true);
        queryClient.setQueryData(trpc.partnership.get.queryKey(), updated);
        await queryClient.invalidateQueries(trpc.partnership.pathFilter());
      },
      onError: async (error) => {
        if (!isStaleVersion(error)) return applyServerErrors(form, error);
        const latest = await queryClient.fetchQuery({ ...trpc.partnership.get.queryOptions(), staleTime: 0 });
        versions.refused(latest.version, latest);
      },
    }),
  );
  const send = (values: FormValues, version = versions.seen) => {
    setSaved(false);
    save.mutate({ ...values, embedOrigins: lines(values.embedOrigins), version });
  };

  return (
    <SectionCard title={t('partnership.detailsHeading')}>
      <form
        noValidate
        className="space-y-4"
        onSubmit={form.handleSubmit((v) => {
          versions.clear();
          send(v);
        })}
      >
        {versions.stale && (
          <StaleNotice
            title={t('partnership.stale.title')}
            pending={save.isPending}
            onLoadTheirs={() => versions.loadTheirs((theirs) => form.reset(toForm(theirs)))}
            onSaveMine={form.handleSubmit((v) => versions.saveMine((seen) => send(v, seen)))}
          >
            {t('partnership.stale.body')}
          </StaleNotice>
        )}
        <Field label={t('partnership.name')} hint={t('partnership.nameHint')} error={errors.name?.message}>
          {(p) => <Input {...p} autoComplete="organization" translate="no" {...form.register('name')} />}
        </Field>
        <Field label={t('partnership.descriptionLabel')} hint={t('partnership.descriptionHint')} error={errors.description?.message}>
          {(p) => <Textarea {...p} rows={3} translate="no" {...form.register('description')} />}
        </Field>
        <Field label={t('partnership.community')} hint={t('partnership.communityHint')} error={errors.community?.message}>
          {(p) => <Input {...p} autoComplete="off" translate="no" {...form.register('community')} />}
        </Field>
        <Field label={t('partnership.origins')} hint={t('partnership.originsHint')} error={errors.embedOrigins?.message}>
          {(p) => (
            <Textarea
              {...p}
              rows={4}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              translate="no"
              className="font-mono text-sm"
              {...form.register('embedOrigins')}
            />
          )}
        </Field>
        <FormAlert message={formError(form)} />
        {saved && !form.formState.isDirty && <SuccessNotice>{t('partnership.saved')}</SuccessNotice>}
        <Button type="submit" pending={save.isPending} pendingLabel={t('partnership.saving')}>
          {t('partnership.save')}
        </Button>
      </form>
    </SectionCard>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/domain/permissions.ts';
import { networkFields } from '../../../shared/schemas/network.ts';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { isStaleVersion } from '../../lib/stale-version.ts';
import { useStaleVersion } from '../../lib/use-stale-version.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AppointLead } from './appoint-lead.tsx';
import { NetworkFieldset } from './network-fieldset.tsx';
import { LearningSetting } from './learning-setting.tsx';
import { PublicPageSetting } from './public-page-setting.tsx';

export function SettingsPage() {
  const { t } = useTranslation('networks');
  const { network, standing } = useCurrentNetwork();
  usePageTitle(t('settings.title', { network: network.name }));
  if (!can(standing, 'network.update')) {
    return (
      <MessagePage headingLevel={2} title={t('settings.notAllowed.title')}>
        {t('settings.notAllowed.body')}
      </MessagePage>
    );
  }
  return (
    <div className="space-y-6">
      <h2 className="text-xl font-semibold text-slate-900">{t('settings.heading')}</h2>
      <div className="grid items-start gap-4 md:grid-cols-2">
        <DetailsForm />
        <PublicPageSetting />
        <LearningSetting />
        {standing.isAdmin && <AppointLead />}
      </div>
    </div>
  );
}

function DetailsForm() {
  const { t } = useTranslation('networks');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  // The version these fields were loaded from. A refetch in the background must not move it: only
  // a save, or reading someone else's save after a conflict, does.
  const versions = useStaleVersion(network.version);
  const form = useForm({
    resolver: zodResolver(networkFields),
    defaultValues: { name: network.name, outcomeArea: network.outcomeArea, status: network.status },
  });
  const { errors } = form.formState;
  const update = useMutation(
    trpc.network.update.mutationOptions({
      onSuccess: async (updated) => {
        form.reset({ name: updated.name, outcomeArea: updated.outcomeArea, status: updated.status });
        versions.clear(updated.version);
        setSaved(true);
        await queryClient.invalidateQueries(trpc.network.pathFilter());
      },
      onError: async (error) => {
        applyServerErrors(form, error);
        if (!isStaleVersion(error)) return;
        // The message names what they saved; the person's own values stay in the fields, and the
        // next save knowingly replaces theirs.
        const latest = await queryClient.fetchQuery(trpc.network.bySlug.queryOptions({ slug: network.slug }, { staleTime: 0 }));
        versions.refused(latest.version);
        await queryClient.invalidateQueries(trpc.network.list.queryFilter());
      },
    }),
  );

  return (
    <SectionCard title={t('settings.details')} headingLevel={3}>
      <form
        onSubmit={form.handleSubmit((v) => {
          setSaved(false);
          update.mutate({ networkId: network.id, version: versions.seen, ...v });
        })}
        noValidate
        className="space-y-4"
      >
        <NetworkFieldset
          register={{ name: form.register('name'), outcomeArea: form.register('outcomeArea'), status: form.register('status') }}
          errors={{ name: errors.name?.message, outcomeArea: errors.outcomeArea?.message, status: errors.status?.message }}
        />
        <FormAlert message={formError(form)} />
        {saved && !form.formState.isDirty && <SuccessNotice>{t('settings.saved')}</SuccessNotice>}
        <Button type="submit" pending={update.isPending} pendingLabel={t('saving')}>
          {t('settings.save')}
        </Button>
      </form>
    </SectionCard>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/domain/permissions.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { fieldErrorsOf, OrganizationFields, type OrganizationValues } from './organization-fields.tsx';
import { MergeOrganization, RenameOrganization } from './organization-dialogs.tsx';

export type Organization = RouterOutputs['organization']['list'][number];

/**
 * The partnership's partner organizations, kept by facilitators, leads and site admins: added
 * before anyone from them has an account, renamed, and merged when one was entered twice.
 */
export function OrganizationsPage() {
  const { network, standing } = useCurrentNetwork();
  const { t } = useTranslation(['organizations', 'common']);
  usePageTitle(t('page.title', { network: network.name }));
  const trpc = useTRPC();
  const organizations = useQuery(trpc.organization.list.queryOptions());
  const [notice, setNotice] = useState<string | null>(null);
  if (!can(standing, 'organization.manage')) {
    return (
      <MessagePage headingLevel={2} title={t('page.onlyManagers.title')}>
        {t('page.onlyManagers.body')}
      </MessagePage>
    );
  }
  const list = organizations.data ?? [];
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">{t('page.heading')}</h2>
        <p className="text-sm text-slate-600">{t('page.intro')}</p>
      </div>
      <AddOrganization onDone={setNotice} />
      <div role="status" className="empty:hidden">
        {notice && <p className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">{notice}</p>}
      </div>
      {organizations.isPending && <LoadingState label={t('page.loading')} />}
      {organizations.isError && <ErrorState message={errorMessage(organizations.error)} onRetry={() => void organizations.refetch()} />}
      {organizations.data?.length === 0 && <EmptyState>{t('page.empty')}</EmptyState>}
      {list.length > 0 && (
        <ul aria-label={t('page.heading')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
          {list.map((o) => (
            <li key={o.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium break-words text-slate-900" translate="no">
                  {o.name}
                </p>
                <p className="text-sm text-slate-600">{t(`common:labels.sector.${o.sector}`)}</p>
              </div>
              <div className="flex shrink-0 gap-2">
                <RenameOrganization organization={o} onDone={setNotice} />
                {list.length > 1 && <MergeOrganization organization={o} others={list.filter((x) => x.id !== o.id)} onDone={setNotice} />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AddOrganization({ onDone }: { onDone: (notice: string) => void }) {
  const { network } = useCurrentNetwork();
  const { t } = useTranslation('organizations');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OrganizationValues>({ name: '', sector: '' });
  const add = useMutation(
    trpc.organization.add.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.organization.list.pathFilter());
        setValues({ name: '', sector: '' });
        onDone(t('add.done', { name: created.name }));
      },
    }),
  );
  const errors = add.isError ? fieldErrorsOf(add.error) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ networkId: network.id, name: values.name, sector: values.sector as never });
  };
  return (
    <form noValidate onSubmit={submit} aria-label={t('add.label')} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
      <OrganizationFields values={values} onChange={setValues} errors={errors} />
      {add.isError && !errors.name && !errors.sector && <FormAlert message={errorMessage(add.error)} />}
      <Button type="submit" pending={add.isPending}>
        {t('add.submit')}
      </Button>
    </form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { Select } from '../../components/ui/select.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { fieldErrorsOf, OrganizationFields, type OrganizationValues } from './organization-fields.tsx';
import type { Organization } from './organizations-page.tsx';

type Props = { organization: Organization; onDone: (notice: string) => void };

export function RenameOrganization({ organization, onDone }: Props) {
  const { t } = useTranslation('organizations');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<OrganizationValues>({ name: organization.name, sector: organization.sector });
  const rename = useMutation(
    trpc.organization.rename.mutationOptions({
      onSuccess: async (_r, input) => {
        await queryClient.invalidateQueries(trpc.organization.list.pathFilter());
        setOpen(false);
        onDone(input.name === organization.name ? t('rename.saved', { name: organization.name }) : t('rename.renamed', { from: organization.name, to: input.name }));
      },
    }),
  );
  const errors = rename.isError ? fieldErrorsOf(rename.error) : {};
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setValues({ name: organization.name, sector: organization.sector });
        rename.reset();
      }}
      title={t('rename.title', { name: organization.name })}
      description={
        <div className="space-y-3">
          <p>{t('rename.body')}</p>
          <OrganizationFields values={values} onChange={setValues} errors={errors} />
        </div>
      }
      confirmLabel={t('rename.confirm')}
      pending={rename.isPending}
      error={rename.isError && !errors.name && !errors.sector ? errorMessage(rename.error) : undefined}
      onConfirm={() => rename.mutate({ networkId: network.id, organizationId: organization.id, name: values.name, sector: values.sector as never })}
      trigger={
        <Button variant="secondary" size="sm" className="min-h-11" aria-label={t('rename.title', { name: organization.name })}>
          {t('rename.button')}
        </Button>
      }
    />
  );
}

export function MergeOrganization({ organization, others, onDone }: Props & { others: Organization[] }) {
  const { t } = useTranslation('organizations');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [intoId, setIntoId] = useState('');
  const merge = useMutation(
    trpc.organization.merge.mutationOptions({
      onSuccess: async (_r, input) => {
        await queryClient.invalidateQueries(trpc.organization.list.pathFilter());
        setOpen(false);
        onDone(t('merge.done', { name: organization.name, into: others.find((o) => o.id === input.intoId)?.name ?? t('merge.otherOrganization') }));
      },
    }),
  );
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setIntoId('');
        merge.reset();
      }}
      title={t('merge.title', { name: organization.name })}
      description={
        <div className="space-y-3">
          <p>{t('merge.body', { name: organization.name })}</p>
          <div className="space-y-1.5">
            <label htmlFor={id} className="block text-sm font-medium text-slate-900">
              {t('merge.keep')}
            </label>
            <Select id={id} value={intoId} onChange={(e) => setIntoId(e.target.value)}>
              <option value="">{t('merge.choose')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id} translate="no">
                  {o.name}
                </option>
              ))}
            </Select>
          </div>
        </div>
      }
      confirmLabel={t('merge.confirm')}
      danger
      pending={merge.isPending}
      error={merge.isError ? errorMessage(merge.error) : undefined}
      onConfirm={() => (intoId ? merge.mutate({ networkId: network.id, organizationId: organization.id, intoId: Number(intoId) }) : undefined)}
      trigger={
        <Button variant="secondary" size="sm" className="min-h-11" aria-label={t('merge.label', { name: organization.name })}>
          {t('merge.confirm')}
        </Button>
      }
    />
  );
}

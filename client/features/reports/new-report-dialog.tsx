import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { overlappingReports } from '../../../shared/report/overlap.ts';
import { reportCreateSchema } from '../../../shared/schemas/report.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { useFormats } from '../../lib/use-words.ts';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { browserTimeZone, timeZones, useRefreshReports } from './use-reports.ts';
import { paths } from '../../app/paths.ts';

export function NewReportDialog() {
  const { t } = useTranslation('reports');
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t('new.title')}
      description={t('new.description')}
      trigger={
        <Button>
          <Plus aria-hidden="true" className="size-4" /> {t('new.title')}
        </Button>
      }
    >
      {open && <NewReportForm onCancel={() => setOpen(false)} />}
    </Dialog>
  );
}

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The last three calendar months up to today: the usual span of a board update. */
function defaultPeriod() {
  const today = new Date();
  return { from: iso(new Date(today.getFullYear(), today.getMonth() - 2, 1)), to: iso(today) };
}

function NewReportForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('reports');
  const f = useFormats();
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshReports();
  const zonesId = useId();
  const [zones] = useState(timeZones);
  const form = useForm({
    resolver: zodResolver(reportCreateSchema),
    defaultValues: { networkId: network.id, title: '', ...defaultPeriod(), timeZone: browserTimeZone() },
  });
  const { errors } = form.formState;
  // Overlap is allowed (a yearly report covers a quarter's), but two reports telling one period
  // twice should be a choice: name the other report while the dates are being picked.
  const reports = useQuery(trpc.report.list.queryOptions({ networkId: network.id }));
  const [from, to] = useWatch({ control: form.control, name: ['from', 'to'] });
  const overlaps = overlappingReports({ from, to }, reports.data ?? []);
  const create = useMutation(
    trpc.report.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await refresh();
        await navigate(paths.editReport.href({ slug: network.slug, reportId: id }));
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate className="space-y-4">
      <Field label={t('fields.title')} hint={t('new.titleHint')} error={errors.title?.message}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('title')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('fields.from')} error={errors.from?.message}>
          {(p) => <Input {...p} type="date" {...form.register('from')} />}
        </Field>
        <Field label={t('fields.to')} error={errors.to?.message}>
          {(p) => <Input {...p} type="date" {...form.register('to')} />}
        </Field>
      </div>
      {overlaps.length > 0 && (
        <Alert tone="warning">
          {overlaps.map((r) => (
            <p key={r.id}>{t('new.overlap', { title: r.title, period: f.period(r) })}</p>
          ))}
          <p>{t('new.overlapNote')}</p>
        </Alert>
      )}
      <Field label={t('fields.timeZone')} hint={t('new.timeZoneHint')} error={errors.timeZone?.message}>
        {(p) => <Input {...p} list={zonesId} autoComplete="off" spellCheck={false} {...form.register('timeZone')} />}
      </Field>
      <datalist id={zonesId}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={create.isPending} pendingLabel={t('new.creating')}>
        {t('new.create')}
      </FormActions>
    </form>
  );
}

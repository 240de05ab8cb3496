import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { overlappingReports } from '../../../shared/report/overlap.ts';
import { reportCreateSchema } from '../../../shared/schemas/report.ts';
import { formatPeriod } from '../../../shared/format/dates.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { browserTimeZone, timeZones, useRefreshReports } from './use-reports.ts';
import { paths } from '../../app/paths.ts';

export function NewReportDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="New report"
      description="A progress report covers a period: Needle gathers the indicator, cycles, action plan, charter and meetings for it, and you add the story. Nothing is shared until you publish."
      trigger={
        <Button>
          <Plus aria-hidden="true" className="size-4" /> New report
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
      <Field label="Title" hint="What readers will see first, e.g. “Board update, fall 2026”." error={errors.title?.message}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('title')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="From" error={errors.from?.message}>
          {(p) => <Input {...p} type="date" {...form.register('from')} />}
        </Field>
        <Field label="To" error={errors.to?.message}>
          {(p) => <Input {...p} type="date" {...form.register('to')} />}
        </Field>
      </div>
      {overlaps.length > 0 && (
        <Alert tone="warning">
          {overlaps.map((r) => (
            <p key={r.id}>
              This period overlaps “{r.title}” ({formatPeriod(r)}).
            </p>
          ))}
          <p>You can still create it; check that both reports are meant to cover these days.</p>
        </Alert>
      )}
      <Field label="Time zone" hint="Dates in the report are days in this zone. It starts as this browser’s." error={errors.timeZone?.message}>
        {(p) => <Input {...p} list={zonesId} autoComplete="off" spellCheck={false} {...form.register('timeZone')} />}
      </Field>
      <datalist id={zonesId}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={create.isPending} pendingLabel="Creating…">
        Create report
      </FormActions>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Pencil } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { rampRenameInput } from '../../../../shared/schemas/cycle.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../../lib/form-errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useRefreshCycles } from '../use-cycles.ts';

const fields = rampRenameInput.pick({ title: true });

/**
 * A ramp is named after its first cycle; a better name says what the ramp tests. If someone
 * renamed it meanwhile, the server refuses, the newest name loads, and the typed one is kept.
 */
export function RenameRamp({ rampId, title }: { rampId: number; title: string }) {
  const { t } = useTranslation('cycles');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshCycles();
  const [open, setOpen] = useState(false);
  const form = useForm({ resolver: zodResolver(fields), defaultValues: { title } });
  const rename = useMutation(
    trpc.cycle.renameRamp.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setOpen(false);
      },
      onError: async (error) => {
        applyServerErrors(form, error);
        if (isStaleVersion(error)) await refresh();
      },
    }),
  );
  const openWith = (next: boolean) => {
    if (next) form.reset({ title });
    setOpen(next);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={openWith}
      title={t('ramp.rename.title')}
      description={t('ramp.rename.description')}
      trigger={
        <Button variant="secondary" size="sm">
          <Pencil aria-hidden="true" className="size-4" />
          {t('ramp.rename.button')}
        </Button>
      }
    >
      <form
        noValidate
        className="space-y-4"
        onSubmit={form.handleSubmit((v) => rename.mutate({ networkId: network.id, rampId, seenTitle: title, title: v.title }))}
      >
        <FormAlert message={formError(form)} />
        <Field label={t('ramp.rename.name')} error={form.formState.errors.title?.message}>
          {(control) => <Input {...control} {...form.register('title')} />}
        </Field>
        <FormActions onCancel={() => setOpen(false)} pending={rename.isPending} pendingLabel={t('edit.saving')}>
          {t('ramp.rename.submit')}
        </FormActions>
      </form>
    </Dialog>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { planApproveInput, planSubmitInput } from '../../../../shared/schemas/plan.ts';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { StaleNotice } from '../../../components/ui/stale-notice.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../../lib/form-errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { Textarea } from '../../../components/ui/textarea.tsx';
import { useRefreshPlan, type Plan } from '../use-plan.ts';

type Step = 'submit' | 'approve';

const NOTE_FIELDS = { submit: planSubmitInput.pick({ note: true }), approve: planApproveInput.pick({ note: true }) };

type DialogProps = { step: Step; plan: Plan; open: boolean; onOpenChange: (open: boolean) => void; onDone: (notice: string) => void };

/**
 * Submitting (facilitators) and approving (leads): one step with an optional note. Opened by the
 * status bar, and kept open by it even when a refresh shows the step no longer applies, so the
 * person reads why and keeps their note.
 */
export function ReviewStepDialog({ step, plan, open, onOpenChange, onDone }: DialogProps) {
  const { t } = useTranslation('plan');
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t(`step.${step}.title`)} description={t(`step.${step}.description`)}>
      {open && (
        <StepForm
          step={step}
          plan={plan}
          onCancel={() => onOpenChange(false)}
          onDone={() => {
            onOpenChange(false);
            onDone(t(`step.${step}.done`));
          }}
        />
      )}
    </Dialog>
  );
}

function StepForm({ step, plan, onCancel, onDone }: { step: Step; plan: Plan; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation('plan');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshPlan();
  // The version this person is looking at: the server refuses the step if the plan moved on.
  const versions = useStaleVersion(plan.version);
  const form = useForm({ resolver: zodResolver(NOTE_FIELDS[step]), defaultValues: { note: '' } });
  const options = {
    onSuccess: async () => {
      await refresh();
      onDone();
    },
    onError: async (error: unknown) => {
      // Whatever went wrong, the plan on screen may be out of date (someone else may have reviewed it).
      const fresh = await refresh();
      if (!isStaleVersion(error)) return applyServerErrors(form, error);
      // From now on this step is about the newest version, which the person has been told about.
      versions.refused(fresh?.version);
    },
  };
  const submit = useMutation(trpc.plan.submit.mutationOptions(options));
  const approve = useMutation(trpc.plan.approve.mutationOptions(options));
  const mutation = step === 'submit' ? submit : approve;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((v) => {
        versions.clear();
        mutation.mutate({ networkId: network.id, planVersion: versions.seen, note: v.note || undefined });
      })}
    >
      {versions.stale && (
        <StaleNotice title={t('step.stale.title')}>
          {step === 'submit' ? t('step.stale.submit', { version: plan.version }) : t('step.stale.approve')}
        </StaleNotice>
      )}
      <Field label={t(`step.${step}.label`)} hint={t(`step.${step}.hint`)} error={form.formState.errors.note?.message}>
        {(p) => <Textarea {...p} {...form.register('note')} />}
      </Field>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={mutation.isPending} pendingLabel={t(`step.${step}.pending`)}>
        {t(`step.${step}.button`)}
      </FormActions>
    </form>
  );
}

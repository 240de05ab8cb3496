import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SectionCard } from '../../../components/ui/card.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { MessagePage } from '../../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { LeaveWithoutSavingDialog, useLeaveGuard } from '../../../components/ui/leave-without-saving.tsx';
import { idempotentRetry, newClientId } from '../../../lib/client-id.ts';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { applyServerErrors, formError } from '../../../lib/form-errors.ts';
import { useMe } from '../../../lib/session.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { cycleFormSchema, emptyCycleForm, toCycleFields, type CycleFormValues } from './cycle-form-values.ts';
import { DetailsFields, type Me } from './details-fields.tsx';
import { PlanFields } from './stage-fields.tsx';
import { useCycleLookups, useRefreshCycles, type CyclePageState, type Lookups } from '../use-cycles.ts';
import { paths } from '../../../app/paths.ts';

export function NewCyclePage() {
  const { t } = useTranslation('cycles');
  const { network, standing } = useCurrentNetwork();
  usePageTitle(t('new.pageTitle', { network: network.name }));
  const me = useMe();
  const lookups = useCycleLookups({ measures: true });
  const [params] = useSearchParams();
  const trpc = useTRPC();
  const rampId = Number(params.get('rampId')) || null;
  const ramp = useQuery({ ...trpc.cycle.ramp.queryOptions({ networkId: network.id, rampId: rampId ?? 0 }), enabled: rampId !== null });

  if (!can(standing, 'cycle.create')) {
    return <MessagePage headingLevel={2} title={t('new.cannot')}>{t('new.askFacilitator')}</MessagePage>;
  }
  let body;
  if (lookups.error) body = <ErrorState message={errorMessage(lookups.error)} onRetry={lookups.retry} />;
  else if (ramp.isError) body = <ErrorState message={errorMessage(ramp.error)} onRetry={() => void ramp.refetch()} />;
  else if (!lookups.data || !me.data || (rampId !== null && !ramp.data)) body = <LoadingState label={t('new.opening')} />;
  else {
    body = (
      <NewCycleForm
        lookups={lookups.data}
        me={{ id: me.data.id, name: me.data.name }}
        ramp={ramp.data ? { id: ramp.data.id, title: ramp.data.title, next: ramp.data.cycles.length + 1 } : null}
        prefill={{ meetingId: params.get('meetingId') ?? '', changeIdeaId: params.get('changeIdeaId') ?? '' }}
      />
    );
  }
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink to={paths.cycles.href({ slug: network.slug })}>{t('page.allCycles')}</BackLink>
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">{t('new.heading')}</h2>
        <p className="text-sm text-slate-600">{t('new.intro')}</p>
      </div>
      {body}
    </div>
  );
}

type FormProps = {
  lookups: Lookups;
  me: Me;
  ramp: { id: number; title: string; next: number } | null;
  prefill: { meetingId: string; changeIdeaId: string };
};

function NewCycleForm({ lookups, me, ramp, prefill }: FormProps) {
  const { t } = useTranslation('cycles');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshCycles();
  const navigate = useNavigate();
  const list = paths.cycles.href({ slug: network.slug });
  // Made once for this form: a retried submit (bad wifi) sends the same id, so it never makes two.
  const [clientId] = useState(newClientId);
  const schema = useMemo(() => cycleFormSchema(network.id), [network.id]);

  const defaults = useMemo((): CycleFormValues => {
    const v = emptyCycleForm(me.id);
    // Only what exists here is taken from the link; anything else would be refused on save.
    if (lookups.meetings.some((m) => String(m.id) === prefill.meetingId)) v.meetingId = prefill.meetingId;
    if (lookups.changeIdeas.some((c) => String(c.id) === prefill.changeIdeaId)) v.changeIdeaId = prefill.changeIdeaId;
    const mine = lookups.members.find((m) => m.userId === me.id);
    if (mine?.organizationId) v.partnerOrganizationId = String(mine.organizationId);
    return v;
  }, [lookups, me.id, prefill.meetingId, prefill.changeIdeaId]);

  const form = useForm<CycleFormValues>({ resolver: zodResolver(schema), defaultValues: defaults });
  const guard = useLeaveGuard(form.formState.isDirty);

  const create = useMutation(
    trpc.cycle.create.mutationOptions({
      ...idempotentRetry,
      onSuccess: async ({ id }, input) => {
        guard.release();
        await refresh();
        const state: CyclePageState = { notice: t('new.created', { title: input.title }) };
        await navigate(paths.cycle.href({ slug: network.slug, cycleId: id }), { state });
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  const submit = form.handleSubmit((v) => create.mutate({ networkId: network.id, clientId, rampId: ramp?.id ?? null, ...toCycleFields(v) }));

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      {ramp && (
        <Alert title={t('read.rampLink', { number: ramp.next, title: ramp.title })}>{t('new.continuesRamp')}</Alert>
      )}
      <SectionCard title={t('section.details')} headingLevel={3}>
        <DetailsFields form={form} lookups={lookups} me={me} />
      </SectionCard>
      <SectionCard title={t('section.plan')} headingLevel={3}>
        <PlanFields form={form} />
      </SectionCard>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={() => void navigate(list)} pending={create.isPending} pendingLabel={t('new.creating')}>
        {t('new.submit')}
      </FormActions>
      <LeaveWithoutSavingDialog blocker={guard.blocker} description={t('edit.leave')} />
    </form>
  );
}

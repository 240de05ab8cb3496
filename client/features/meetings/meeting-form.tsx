import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { localToday } from '../../../shared/domain/plan.ts';
import { Field } from '../../components/ui/field.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { StaleNotice } from '../../components/ui/stale-notice.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { Textarea } from '../../components/ui/textarea.tsx';
import { idempotentRetry, newClientId } from '../../lib/client-id.ts';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { applyServerErrors, FORM_ERROR, formError } from '../../lib/form-errors.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { isStaleVersion } from '../../lib/stale-version.ts';
import { useStaleVersion } from '../../lib/use-stale-version.ts';
import { AttendeePicker } from './attendee-picker.tsx';
import {
  emptyMeetingForm,
  MEETING_FIELDS,
  meetingFormSchema,
  sameValue,
  toMeetingFields,
  toMeetingForm,
  type Meeting,
  type MeetingFormValues,
} from './meeting-values.ts';
import { useRefreshMeetings, type MeetingPageState } from './use-meetings.ts';
import { paths } from '../../app/paths.ts';

type Members = RouterOutputs['member']['list'];
type Props = { meeting?: Meeting; onCancel: () => void };
/** After a conflict: the meeting as they saved it, and which fields they changed. */
type Theirs = { fresh: Meeting; changed: (keyof MeetingFormValues)[] };

/** A new meeting (without `meeting`) or changes to one. Waits for the members to tick. */
export function MeetingForm(props: Props) {
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const { t } = useTranslation('meetings');
  const members = useQuery(trpc.member.list.queryOptions({ networkId: network.id }));
  if (members.isError) return <ErrorState message={errorMessage(members.error)} onRetry={() => void members.refetch()} />;
  if (!members.data) return <LoadingState label={t('form.loadingMembers')} />;
  return <MeetingFields {...props} members={members.data} />;
}

function MeetingFields({ meeting, members, onCancel }: Props & { members: Members }) {
  const { t } = useTranslation(['meetings', 'cycles']);
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshMeetings();
  const navigate = useNavigate();

  // People recorded as there stay on the list even after leaving the network: the meeting happened
  // with them. New attendees come from the current members.
  const memberIds = useMemo(() => new Set(members.map((m) => m.userId)), [members]);
  const former = (meeting?.attendees ?? []).filter((a) => !memberIds.has(a.id)).map((a) => ({ userId: a.id, name: a.name, organizationName: null, gone: true }));
  const people = [...members.filter((m) => !m.deactivated || meeting?.attendeeIds.includes(m.userId)), ...former];

  const form = useForm<MeetingFormValues>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: meeting ? toMeetingForm(meeting) : emptyMeetingForm(localToday()),
  });
  const { errors } = form.formState;
  // Made once, so pressing Save again after a lost answer finds the meeting the first press made.
  const [clientId] = useState(newClientId);
  // Editing builds on the version it opened; after a conflict, on the newest one.
  const versions = useStaleVersion<{ version: number; values: MeetingFormValues } | null, Theirs>(meeting ? { version: meeting.version, values: toMeetingForm(meeting) } : null);

  const done = async (meetingId: number, notice: string) => {
    await refresh();
    const state: MeetingPageState = { notice };
    await navigate(paths.meeting.href({ slug: network.slug, meetingId }), { state });
  };

  const create = useMutation(
    trpc.meeting.create.mutationOptions({
      ...idempotentRetry,
      onSuccess: (created, input) => done(created.id, t('form.added', { title: input.title })),
      onError: (error) => applyServerErrors(form, error),
    }),
  );
  const update = useMutation(
    trpc.meeting.update.mutationOptions({
      onSuccess: (_result, input) => done(input.meetingId, t('cycles:edit.saved')),
      onError: async (error, input) => {
        const seen = versions.seen;
        if (!isStaleVersion(error) || !seen) return applyServerErrors(form, error);
        let fresh: Meeting;
        try {
          fresh = await queryClient.fetchQuery({ ...trpc.meeting.get.queryOptions({ networkId: network.id, meetingId: input.meetingId }), staleTime: 0 });
        } catch (reload) {
          return form.setError(FORM_ERROR, { type: 'server', message: errorMessage(reload) });
        }
        const now = toMeetingForm(fresh);
        const mine = form.getValues();
        // An earlier press that did arrive (its answer lost) is no conflict: the meeting is as typed.
        if (MEETING_FIELDS.every((f) => sameValue(now[f], mine[f]))) return done(fresh.id, t('cycles:edit.saved'));
        versions.refused({ version: fresh.version, values: now }, { fresh, changed: MEETING_FIELDS.filter((f) => !sameValue(now[f], seen.values[f])) });
      },
    }),
  );

  function send(v: MeetingFormValues) {
    const fields = toMeetingFields(v);
    const seen = versions.seen;
    // The attendees it opened with: members who check themselves in meanwhile are kept.
    if (meeting && seen) update.mutate({ networkId: network.id, meetingId: meeting.id, version: seen.version, ...fields, seenAttendeeIds: seen.values.attendeeIds });
    else create.mutate({ networkId: network.id, clientId, ...fields });
  }

  const pending = create.isPending || update.isPending;
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={form.handleSubmit((v) => {
        versions.clear();
        send(v);
      })}
    >
      {versions.theirs && (
        <StaleNotice
          title={t('form.stale.title')}
          changed={versions.theirs.changed.map((f) => t(`form.stale.field.${f}`))}
          pending={pending}
          loadTheirsLabel={t('form.stale.theirs')}
          onLoadTheirs={() => versions.loadTheirs(({ fresh }) => form.reset(toMeetingForm(fresh)))}
          onSaveMine={form.handleSubmit((v) => versions.saveMine(() => send(v)))}
        >
          {t('form.stale.body')}
        </StaleNotice>
      )}
      <Field label={t('form.title')} error={errors.title?.message}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('title')} />}
      </Field>
      <Field label={t('form.date')} error={errors.date?.message} className="max-w-xs">
        {(p) => <Input {...p} type="date" {...form.register('date')} />}
      </Field>
      <Controller
        control={form.control}
        name="attendeeIds"
        render={({ field, fieldState }) => (
          <AttendeePicker
            people={people}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <Field label={t('form.guests')} hint={t('form.guestsHint')} error={errors.guestCount?.message} className="max-w-xs">
        {(p) => <Input {...p} type="number" inputMode="numeric" min={0} step={1} {...form.register('guestCount')} />}
      </Field>
      <Field label={t('form.agenda')} error={errors.agenda?.message}>
        {(p) => <Textarea {...p} {...form.register('agenda')} />}
      </Field>
      <Field label={t('form.notes')} hint={t('form.notesHint')} error={errors.notes?.message}>
        {(p) => <Textarea {...p} {...form.register('notes')} />}
      </Field>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={pending} pendingLabel={t('cycles:edit.saving')}>
        {meeting ? t('form.saveChanges') : t('form.add')}
      </FormActions>
    </form>
  );
}

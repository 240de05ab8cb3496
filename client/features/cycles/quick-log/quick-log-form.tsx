import { zodResolver } from '@hookform/resolvers/zod';
import { onlineManager } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { localToday } from '../../../../shared/domain/plan.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Textarea } from '../../../components/ui/textarea.tsx';
import { newClientId } from '../../../lib/client-id.ts';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { storageWorks } from '../../../lib/device-draft.ts';
import { errorData } from '../../../lib/errors.ts';
import { applyServerErrors, formError } from '../../../lib/form-errors.ts';
import { enqueueAndWait } from '../../../lib/outbox/enqueue.ts';
import { removeEntry } from '../../../lib/outbox/outbox-store.ts';
import type { RouterOutputs } from '../../../lib/trpc.ts';
import { paths } from '../../../app/paths.ts';
import { todaysMeeting } from '../../../../shared/domain/meeting-dates.ts';
import { useFormats } from '../../../lib/use-words.ts';
import { QuickLogDecision } from './quick-log-decision.tsx';
import { QuickLogDraftNotice } from './quick-log-draft-notice.tsx';
import { clearQuickLogDraft, readQuickLogDraft, writeQuickLogDraft } from './quick-log-draft.ts';
import {
  changeIdeaOptions,
  EMPTY_QUICK_LOG,
  hasContent,
  quickLogFormSchema,
  sameValues,
  toQuickLogFields,
  type QuickLogFormValues,
} from './quick-log-values.ts';

type Loaded<T> = { data?: T; isError: boolean };
/** id null: kept on this phone, waiting to send. */
export type QuickLogged = { id: number | null; created: boolean; title: string; meetingId: number | null; missedEdits: boolean };

type Props = {
  meetings: Loaded<RouterOutputs['meeting']['list']>;
  nodes: Loaded<RouterOutputs['plan']['get']['nodes']>;
  /** The meeting to log at unless a draft says otherwise: from the link, or the last quick log. */
  presetMeetingId: string;
  onLogged: (logged: QuickLogged) => void;
};

/**
 * The quick log. What is typed stays on the phone (a draft) until it is logged; logging puts it in
 * the outbox with its client id, which sends it now or when the connection is back, so several
 * cycles can wait and a resend can never make a second one. The selects wait for nothing: the
 * title and the text matter most, and they work offline.
 */
export function QuickLogForm({ meetings, nodes, presetMeetingId, onLogged }: Props) {
  const { t } = useTranslation('cycles');
  const f = useFormats();
  const { network, myId } = useCurrentNetwork();
  const [canStore] = useState(storageWorks);
  const [draft, setDraft] = useState(() => readQuickLogDraft(network.id, myId));
  const [clientId, setClientId] = useState(() => draft?.clientId ?? newClientId());
  const [firstSent, setFirstSent] = useState(draft?.firstSent ?? null);
  const [unsent, setUnsent] = useState(false);
  const [logged, setLogged] = useState(false);
  const [pending, setPending] = useState(false);

  const start = (meetingId: string): QuickLogFormValues => ({ ...EMPTY_QUICK_LOG, meetingId });
  const form = useForm<QuickLogFormValues>({
    resolver: zodResolver(quickLogFormSchema),
    defaultValues: draft ? { ...draft.values, meetingId: draft.values.meetingId || presetMeetingId } : start(presetMeetingId),
  });
  const { errors } = form.formState;
  const values = useWatch({ control: form.control }) as QuickLogFormValues;

  // Every keystroke is kept on the phone (a preselected meeting alone is not worth keeping).
  useEffect(() => {
    if (logged) return;
    if (hasContent(values) || firstSent) writeQuickLogDraft(network.id, myId, { clientId, values, firstSent });
    else clearQuickLogDraft(network.id, myId);
  }, [logged, values, clientId, firstSent, network.id, myId]);

  // Without a meeting in the link, a meeting held today is the likely one: chosen once, when known.
  const chosen = useRef(Boolean(presetMeetingId || draft));
  useEffect(() => {
    if (chosen.current || !meetings.data) return;
    chosen.current = true;
    const today = todaysMeeting(meetings.data, localToday());
    if (today && !form.getValues('meetingId')) form.setValue('meetingId', String(today.id));
  }, [meetings.data, form]);

  async function submit(v: QuickLogFormValues) {
    setUnsent(false);
    setPending(true);
    const sent = firstSent ?? v;
    setFirstSent(sent);
    const input = { networkId: network.id, clientId, ...toQuickLogFields(v) };
    const title = input.title.trim();
    try {
      // Into the outbox before it leaves: a reload, a closed tab or no connection loses nothing,
      // and it is sent with the same client id however many times it takes.
      const meta = { userId: myId, label: title, href: paths.cycles.href({ slug: network.slug }) };
      const settled = await enqueueAndWait('cycle.quickLog', input, meta, onlineManager.isOnline() ? 8000 : 0);
      if (settled.kind === 'sent') {
        const result = settled.result as { id: number; created: boolean };
        finish();
        // A repeat finds the cycle the first try made: edits made after that try are not in it.
        const missedEdits = !result.created && firstSent !== null && !sameValues(firstSent, v);
        onLogged({ id: result.id, created: result.created, title, meetingId: input.meetingId, missedEdits });
      } else if (settled.kind === 'waiting') {
        finish();
        onLogged({ id: null, created: true, title, meetingId: input.meetingId, missedEdits: false });
      } else {
        // Refused: the person corrects it here, so it does not also wait in the outbox.
        await removeEntry(settled.id);
        // Only a copied phone storage could reuse an id from elsewhere: take a new one for the next press.
        if (errorData(settled.error)?.appCode === 'CLIENT_ID_TAKEN') {
          setClientId(newClientId());
          setFirstSent(null);
        }
        applyServerErrors(form, settled.error);
      }
    } catch {
      // This browser keeps nothing (IndexedDB refused): the typed draft stays, and they try again.
      setUnsent(true);
    } finally {
      setPending(false);
    }
  }

  function finish() {
    setLogged(true);
    clearQuickLogDraft(network.id, myId);
  }

  function startOver() {
    clearQuickLogDraft(network.id, myId);
    setDraft(null);
    setClientId(newClientId());
    setFirstSent(null);
    setUnsent(false);
    form.reset(start(presetMeetingId));
  }

  const ideas = nodes.data ? changeIdeaOptions(nodes.data, values.changeIdeaId) : [];
  const meetingGone = Boolean(meetings.data && values.meetingId && !meetings.data.some((m) => String(m.id) === values.meetingId));
  const kept = canStore ? t('quickLog.form.keptOnPhone') : t('quickLog.form.keepOpen');

  return (
    <form noValidate className="space-y-5" onSubmit={form.handleSubmit(submit)}>
      {draft && <QuickLogDraftNotice draft={draft} onStartOver={startOver} />}
      {!canStore && (
        <Alert tone="info">{t('quickLog.form.noStorage')}</Alert>
      )}
      <Field label={t('quickLog.form.title.label')} hint={t('quickLog.form.title.hint')} error={errors.title?.message}>
        {/* A minute at a meeting: the cursor waits in the title when the form opens. */}
        {(p) => <Input {...p} autoComplete="off" autoCapitalize="sentences" enterKeyHint="next" autoFocus {...form.register('title')} />}
      </Field>
      <Controller
        control={form.control}
        name="changeIdeaId"
        render={({ field }) => (
          <Field label={t('quickLog.form.changeIdea.label')} hint={t('quickLog.form.changeIdea.hint')} error={errors.changeIdeaId?.message}>
            {(p) => (
              <Select {...p} {...field}>
                <option value="">{nodes.isError ? t('quickLog.form.changeIdea.failed') : nodes.data ? t('quickLog.form.changeIdea.none') : t('quickLog.form.changeIdea.loading')}</option>
                {ideas.map((o) => (
                  <option key={o.id} value={o.id} translate={o.retired ? undefined : 'no'}>
                    {o.retired ? t('quickLog.form.changeIdea.retired', { title: o.title }) : o.title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
      />
      <Field label={t('quickLog.form.tried')} error={errors.whatWeTried?.message}>
        {(p) => <Textarea {...p} autoCapitalize="sentences" {...form.register('whatWeTried')} />}
      </Field>
      <Field label={t('quickLog.form.learned')} error={errors.whatWeLearned?.message}>
        {(p) => <Textarea {...p} autoCapitalize="sentences" {...form.register('whatWeLearned')} />}
      </Field>
      <QuickLogDecision field={form.register('decision')} error={errors.decision?.message} />
      <Controller
        control={form.control}
        name="meetingId"
        render={({ field }) => (
          <Field
            label={t('quickLog.form.meeting.label')}
            error={errors.meetingId?.message ?? (meetingGone ? t('quickLog.form.meeting.gone') : undefined)}
          >
            {(p) => (
              <Select {...p} {...field}>
                <option value="">{meetings.isError ? t('quickLog.form.meeting.failed') : meetings.data ? t('quickLog.form.meeting.none') : t('quickLog.form.meeting.loading')}</option>
                {meetingGone && <option value={values.meetingId}>{t('quickLog.form.meeting.notFound')}</option>}
                {meetings.data?.map((m) => (
                  <option key={m.id} value={m.id}>
                    {t('quickLog.form.meeting.option', { day: f.shortDay(m.date), title: m.title })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
      />
      {unsent && !pending && (
        <Alert tone="error" title={t('quickLog.form.unsent.title', { kept })}>
          <p>{t('quickLog.form.unsent.body')}</p>
          <Button variant="secondary" className="mt-2 w-full sm:w-auto" onClick={() => void form.handleSubmit(submit)()}>
            {t('quickLog.form.unsent.retry')}
          </Button>
        </Alert>
      )}
      <FormAlert message={formError(form)} />
      <Button type="submit" className="w-full py-3 text-lg" pending={pending} pendingLabel={t('quickLog.form.sending')}>
        {t('quickLog.form.submit')}
      </Button>
    </form>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Textarea } from '../../components/ui/textarea.tsx';
import { errorData, errorMessage } from '../../lib/errors.ts';
import { removeEntry } from '../../lib/outbox/outbox-store.ts';
import { useResolveLink } from '../../lib/outbox/use-resolve-link.ts';
import type { OutboxEntry } from '../../../shared/domain/outbox.ts';
import { isStaleVersion } from '../../lib/stale-version.ts';
import { useTRPC } from '../../lib/trpc.ts';
import type { Meeting } from './meeting-values.ts';
import { useQueuedWrite } from './use-queued-write.ts';

/** The notes: facilitators write them here during the meeting; everyone else reads them. */
export function NotesCard({ meeting, networkId, canRun }: { meeting: Meeting; networkId: number; canRun: boolean }) {
  const { t } = useTranslation('meetings');
  return (
    <SectionCard title={t('page.notes')}>
      {canRun ? <NotesEditor meeting={meeting} networkId={networkId} /> : <PlainText text={meeting.notes} empty={t('page.noNotes')} />}
    </SectionCard>
  );
}

/**
 * Saves the notes alone, against the version the editor was opened at. Check-ins and decisions
 * never change that version; another note-taker's save does, and then both texts are shown
 * rather than one replacing the other.
 */
function NotesEditor({ meeting, networkId }: { meeting: Meeting; networkId: number }) {
  const { t } = useTranslation(['meetings', 'outbox']);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { send, pending } = useQueuedWrite(meeting);
  const [text, setText] = useState(meeting.notes);
  const [base, setBase] = useState({ version: meeting.version, notes: meeting.notes });
  const [theirs, setTheirs] = useState<string | null>(null);
  const [saved, setSaved] = useState<'sent' | 'kept' | null>(null);
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const dirty = text !== base.notes;

  // Someone else's save (or the minutes drafted at closing) arrives live: untouched notes follow it
  // (adjusted while rendering, so the box never shows the old text for a frame). Only a newer
  // version: one behind is this person's own save still waiting on the device.
  if (meeting.version > base.version && !dirty && theirs === null) {
    setText(meeting.notes);
    setBase({ version: meeting.version, notes: meeting.notes });
  }

  /** Someone saved first: theirs is shown beside the text in the box; the next save goes over it. */
  async function showTheirs() {
    const fresh = await queryClient.fetchQuery({ ...trpc.meeting.get.queryOptions({ networkId, meetingId: meeting.id }), staleTime: 0 }).catch(() => null);
    if (!fresh) return setError({ form: t('notesEditor.failed') });
    setTheirs(fresh.notes);
    setBase({ version: fresh.version, notes: fresh.notes });
  }

  const resolving = useQueuedNotes(
    meeting,
    (notes) => {
      setText(notes);
      void showTheirs();
    },
    () => setError({ form: t('outbox:resolve.missing') }),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError({});
    setSaved(null);
    const outcome = await send('meeting.saveNotes', { networkId, meetingId: meeting.id, version: base.version, notes: text });
    if (outcome.kind !== 'refused') {
      if (resolving.id) await resolving.done();
      // Kept on the device, it lands as the next version: a later save builds on it, in order.
      const version = outcome.kind === 'sent' ? (outcome.result as { version: number }).version : base.version + 1;
      setBase({ version, notes: text.trim() });
      setText(text.trim());
      setTheirs(null);
      return setSaved(outcome.kind === 'sent' ? 'sent' : 'kept');
    }
    if (isStaleVersion(outcome.error)) return showTheirs();
    const field = errorData(outcome.error)?.fieldErrors?.notes?.[0];
    setError(field ? { field } : { form: errorMessage(outcome.error) || t('notesEditor.failed') });
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-3">
      {theirs !== null && (
        <Alert tone="warning" title={t('notesEditor.stale')}>
          <p className="mt-2 text-sm font-medium">{t('notesEditor.theirs')}</p>
          <p translate="no" className="text-sm break-words whitespace-pre-wrap">
            {theirs}
          </p>
        </Alert>
      )}
      <Field label={t('page.notes')} hint={t('form.notesHint')} error={error.field}>
        {(control) => <Textarea {...control} translate="no" value={text} onChange={(e) => (setText(e.target.value), setSaved(null))} className="min-h-40!" />}
      </Field>
      <FormAlert message={error.form} />
      {saved && !dirty && <SuccessNotice>{t(saved === 'sent' ? 'notesEditor.saved' : 'queued')}</SuccessNotice>}
      <Button type="submit" pending={pending} pendingLabel={t('notesEditor.saving')} disabled={!dirty && theirs === null}>
        {t('notesEditor.save')}
      </Button>
    </form>
  );
}

/** Text as typed, line breaks kept; never read as HTML. */
export function PlainText({ text, empty }: { text: string; empty: string }) {
  if (!text.trim()) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <p translate="no" className="text-sm break-words whitespace-pre-wrap text-slate-800">
      {text}
    </p>
  );
}

/**
 * ?resolve=<id> from the outbox: notes kept on this device met someone else's save when they were
 * sent. They come back into the box, beside theirs, for the choice an online save offers; the
 * next save replaces the entry that waited.
 */
function useQueuedNotes(meeting: Meeting, resume: (notes: string) => void, missing: () => void) {
  const [queued, setQueued] = useState<string | null>(null);
  const inputOf = (entry: OutboxEntry) => entry.input as { meetingId?: number; notes?: string };
  useResolveLink(
    'meeting.saveNotes',
    (entry) => inputOf(entry).meetingId === meeting.id && inputOf(entry).notes !== undefined,
    (entry) => {
      setQueued(entry.id);
      resume(inputOf(entry).notes!);
    },
    missing,
  );
  return {
    id: queued,
    async done() {
      if (queued) await removeEntry(queued);
      setQueued(null);
    },
  };
}

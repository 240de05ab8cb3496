import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Field } from '../../components/ui/field.tsx';
import { Textarea } from '../../components/ui/textarea.tsx';
import { errorData, errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

type Props = {
  networkId: number;
  reportId: number;
  /** The saved draft version the person is looking at: what they read is what is published. */
  version: number;
  /** Versions already published: any publication after the first is a correction. */
  published: number;
  disabled: boolean;
  onPublished: (number: number) => void;
};

export function PublishDialog({ networkId, reportId, version, published, disabled, onPublished }: Props) {
  const [open, setOpen] = useState(false);
  const correction = published > 0;
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={correction ? 'Publish a correction' : 'Publish this report'}
      description={
        correction
          ? `This publishes version ${published + 1}. Version ${published} stays on record, and readers see your note saying what changed.`
          : 'Publishing makes a frozen snapshot of the report as it is now: its figures, words and chart stay exactly as published, whatever changes in the data later. Every member of the network can read it. Any later change is published as a correction, with a note.'
      }
      trigger={<Button disabled={disabled}>{correction ? 'Publish correction…' : 'Publish…'}</Button>}
    >
      {open && <PublishForm networkId={networkId} reportId={reportId} version={version} correction={correction} onCancel={() => setOpen(false)} onPublished={onPublished} />}
    </Dialog>
  );
}

function PublishForm({
  networkId,
  reportId,
  version,
  correction,
  onCancel,
  onPublished,
}: {
  networkId: number;
  reportId: number;
  version: number;
  correction: boolean;
  onCancel: () => void;
  onPublished: (number: number) => void;
}) {
  const trpc = useTRPC();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const publish = useMutation(
    trpc.report.publish.mutationOptions({
      onSuccess: ({ number }) => onPublished(number),
      onError: (error) => {
        const field = errorData(error)?.fieldErrors?.note;
        if (field) setNoteError(field.join(' '));
      },
    }),
  );
  const formError = publish.isError && !errorData(publish.error)?.fieldErrors?.note ? errorMessage(publish.error) : null;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (correction && note.trim() === '') {
          setNoteError('Say what this correction changes: readers of the earlier version will see it.');
          return;
        }
        setNoteError(undefined);
        publish.mutate({ networkId, reportId, version, note: note.trim() });
      }}
    >
      <Field
        label={correction ? 'What this correction changes' : 'Note (optional)'}
        hint={correction ? 'For example: “The spring attendance figures were counted twice.”' : 'Kept with this version, e.g. who it was prepared for.'}
        error={noteError}
      >
        {(p) => <Textarea {...p} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />}
      </Field>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" pending={publish.isPending} pendingLabel="Publishing…">
          {correction ? 'Publish correction' : 'Publish'}
        </Button>
      </div>
    </form>
  );
}

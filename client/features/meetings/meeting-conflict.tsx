import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { MEETING_FIELD_LABELS, type Meeting, type MeetingFormValues } from './meeting-values.ts';

export type MeetingConflict = { fresh: Meeting; changed: (keyof MeetingFormValues)[] };

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Someone saved the meeting first: nothing was written, the form still holds this person's edits. */
export function ConflictNotice({
  conflict,
  onLoadTheirs,
  onSaveMine,
  pending,
}: {
  conflict: MeetingConflict;
  onLoadTheirs: () => void;
  onSaveMine: () => void;
  pending: boolean;
}) {
  const what = conflict.changed.length ? ` They changed the ${listWords(conflict.changed.map((f) => MEETING_FIELD_LABELS[f]))}.` : '';
  return (
    <div className="space-y-2">
      <Alert tone="error" title="Someone else changed this meeting while you were editing">
        Nothing was saved, and your edits are still in the form.{what} Load their version (your edits are dropped), or save yours over
        theirs.
      </Alert>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button variant="secondary" onClick={onLoadTheirs} disabled={pending}>
          Load their version
        </Button>
        <Button variant="danger" onClick={onSaveMine} pending={pending} pendingLabel="Saving…">
          Save mine anyway
        </Button>
      </div>
    </div>
  );
}

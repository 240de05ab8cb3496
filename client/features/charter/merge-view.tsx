import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { changedParts, partValue, resolvePart, type CharterPart } from '../../../shared/domain/charter.ts';
import { changeNoteSchema, type CharterContent } from '../../../shared/schemas/charter.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button, buttonClasses } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Select } from '../../components/ui/select.tsx';
import { formatWhen, isPeoplePart, partTitle, personName, who } from './labels.ts';
import { Textarea } from '../../components/ui/textarea.tsx';

/** A save that arrived after someone else's: everything needed to merge the two. */
export type CharterMergeState = {
  /** The version the person's text was based on. */
  fromVersion: number;
  base: CharterContent;
  mine: CharterContent;
  theirs: { number: number; content: CharterContent; authorName: string | null; createdAt: Date; changeNote: string };
  merged: CharterContent;
  conflicts: CharterPart[];
  changeNote: string;
};

type Props = {
  merge: CharterMergeState;
  /** Everyone who may be named in a role, and names for ids that appear in either version. */
  people: Array<{ id: string; name: string }>;
  names: Record<string, string>;
  saving: boolean;
  error: string | null;
  onSave: (content: CharterContent, changeNote: string) => void;
  onContinue: (content: CharterContent, changeNote: string) => void;
  onNothingToSave: () => void;
};

function listOf(parts: CharterPart[]) {
  return parts.map(partTitle).join(', ');
}

/**
 * Someone saved while this person was editing. Parts only one of them changed are merged already;
 * for each part both changed, the person sees both texts and decides, so nobody's words are lost.
 */
export function MergeView({ merge, people, names, saving, error, onSave, onContinue, onNothingToSave }: Props) {
  const { base, mine, theirs, conflicts } = merge;
  const heading = useRef<HTMLHeadingElement>(null);
  const noteInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(conflicts.map((part) => [part, partValue(mine, part) ?? ''])),
  );
  const [changeNote, setChangeNote] = useState(merge.changeNote);
  const [noteError, setNoteError] = useState<string | null>(null);

  // Arriving here replaces the form the person was typing in: tell them where they are.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const result = useMemo(
    () => conflicts.reduce((content, part) => resolvePart(content, part, isPeoplePart(part) ? choices[part] || null : (choices[part] ?? '')), merge.merged),
    [choices, conflicts, merge.merged],
  );
  const mineOnly = changedParts(base, mine).filter((p) => !conflicts.includes(p) && partValue(theirs.content, p) === partValue(base, p));
  const theirsOnly = changedParts(base, theirs.content).filter((p) => !conflicts.includes(p) && partValue(mine, p) === partValue(base, p));
  const nothingLeft = conflicts.length === 0 && changedParts(result, theirs.content).length === 0;
  const author = who(theirs.authorName);

  function submit(then: (content: CharterContent, note: string) => void) {
    const note = changeNoteSchema.safeParse(changeNote);
    if (!note.success) {
      setNoteError(note.error.issues[0]?.message ?? 'Say what changed');
      noteInput.current?.focus();
      return;
    }
    setNoteError(null);
    then(result, note.data);
  }

  return (
    <section aria-labelledby={titleId} className="space-y-6">
      <div className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 sm:p-5">
        <h3 id={titleId} ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
          {author} saved version {theirs.number} while you were editing
        </h3>
        <p>
          {merge.fromVersion === 0 ? 'You started the charter from scratch' : `You started from version ${merge.fromVersion}`}; {author} saved
          version {theirs.number} at {formatWhen(theirs.createdAt)} (“{theirs.changeNote}”). Nothing is lost: your text is all here, and
          theirs is in version {theirs.number}.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          {mineOnly.length > 0 && <li>Your changes to {listOf(mineOnly)} are already applied.</li>}
          {theirsOnly.length > 0 && (
            <li>
              {author}’s changes to {listOf(theirsOnly)} are kept from version {theirs.number}.
            </li>
          )}
          {conflicts.length > 0 ? (
            <li>
              You both changed {listOf(conflicts)}. For each, keep their text, keep yours, or combine the two, then save.
            </li>
          ) : (
            !nothingLeft && <li>You changed different parts, so nothing needs a decision. Check it and save.</li>
          )}
        </ul>
      </div>

      {nothingLeft ? (
        <Card className="space-y-3">
          <p className="text-slate-800">Your changes are already in version {theirs.number}. There is nothing left to save.</p>
          <Link to=".." onClick={onNothingToSave} className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
            Back to the charter
          </Link>
        </Card>
      ) : (
        <>
          {conflicts.map((part) => (
            <Conflict
              key={part}
              part={part}
              theirsLabel={`${author}’s version ${theirs.number}`}
              theirs={partValue(theirs.content, part)}
              mine={partValue(mine, part)}
              value={choices[part] ?? ''}
              onChange={(value) => setChoices((c) => ({ ...c, [part]: value }))}
              people={people}
              names={names}
            />
          ))}
          <Card className="space-y-4">
            <Field label="Change note" hint="Say what this merged version changes." error={noteError ?? undefined}>
              {(p) => <Input {...p} ref={noteInput} value={changeNote} onChange={(e) => setChangeNote(e.target.value)} />}
            </Field>
            {error && <Alert tone="error">{error}</Alert>}
            <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
              <Button pending={saving} pendingLabel="Saving…" onClick={() => submit(onSave)}>
                Save as version {theirs.number + 1}
              </Button>
              <Button variant="secondary" disabled={saving} onClick={() => submit(onContinue)}>
                Apply and keep editing
              </Button>
            </div>
          </Card>
        </>
      )}
    </section>
  );
}

// The chosen side looks chosen, not only announces it.
const PRESSED = 'aria-pressed:border-accent-700 aria-pressed:bg-accent-50 aria-pressed:text-accent-900';

type ConflictProps = {
  part: CharterPart;
  theirsLabel: string;
  theirs: string | null;
  mine: string | null;
  value: string;
  onChange: (value: string) => void;
  people: Array<{ id: string; name: string }>;
  names: Record<string, string>;
};

function Conflict({ part, theirsLabel, theirs, mine, value, onChange, people, names }: ConflictProps) {
  const title = partTitle(part);
  const headingId = useId();
  const peoplePart = isPeoplePart(part);
  const show = (v: string | null) => (peoplePart ? personName(v, names) : v || 'Empty');
  // Someone named in either version may have left the network since: still show them by name.
  const gone = peoplePart ? [theirs, mine].filter((id): id is string => !!id && !people.some((person) => person.id === id)) : [];
  const state = value === (theirs ?? '') ? 'Keeping their version.' : value === (mine ?? '') ? 'Keeping your version.' : 'Keeping your combined text.';

  return (
    <Card>
      <section aria-labelledby={headingId} className="space-y-4">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {title}: changed by both of you
        </h3>
        <div className="grid gap-3 md:grid-cols-2">
          {[
            { label: theirsLabel, text: theirs },
            { label: 'Your version', text: mine },
          ].map((side) => (
            <div key={side.label} className="min-w-0 space-y-1">
              <h4 className="text-sm font-medium text-slate-700">{side.label}</h4>
              <p className="rounded-lg border border-slate-200 bg-slate-50 p-3 break-words whitespace-pre-wrap text-slate-900">{show(side.text)}</p>
            </div>
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" className={PRESSED} aria-pressed={value === (theirs ?? '')} onClick={() => onChange(theirs ?? '')}>
            Keep theirs<span className="sr-only"> for {title}</span>
          </Button>
          <Button variant="secondary" size="sm" className={PRESSED} aria-pressed={value === (mine ?? '')} onClick={() => onChange(mine ?? '')}>
            Keep mine<span className="sr-only"> for {title}</span>
          </Button>
        </div>
        {peoplePart ? (
          <Field label={`${title}: who to name`}>
            {(p) => (
              <Select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
                <option value="">Nobody yet</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
                {[...new Set(gone)].map((id) => (
                  <option key={id} value={id}>
                    {personName(id, names)} (no longer in the network)
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : (
          <Field label={`${title}: text to save`} hint="Starts as your text. Edit it to combine both.">
            {(p) => <Textarea {...p} value={value} onChange={(e) => onChange(e.target.value)} />}
          </Field>
        )}
        <p aria-live="polite" className="text-sm text-slate-600">
          {state}
        </p>
      </section>
    </Card>
  );
}

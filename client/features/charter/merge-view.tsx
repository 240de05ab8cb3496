import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { useWords } from '../../lib/use-words.ts';
import type { Words } from '../../../shared/i18n/words.ts';

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

function listOf(w: Words, parts: CharterPart[]) {
  return parts.map((part) => partTitle(w, part)).join(', ');
}

/**
 * Someone saved while this person was editing. Parts only one of them changed are merged already;
 * for each part both changed, the person sees both texts and decides, so nobody's words are lost.
 */
export function MergeView({ merge, people, names, saving, error, onSave, onContinue, onNothingToSave }: Props) {
  const { t } = useTranslation('charter');
  const w = useWords('charter');
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
  const author = who(w, theirs.authorName);

  function submit(then: (content: CharterContent, note: string) => void) {
    const note = changeNoteSchema.safeParse(changeNote);
    if (!note.success) {
      setNoteError(note.error.issues[0]?.message ?? t('merge.noteMissing'));
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
          {t('merge.heading', { author, version: theirs.number })}
        </h3>
        <p>
          {t(merge.fromVersion === 0 ? 'merge.summary.fromScratch' : 'merge.summary.fromVersion', {
            from: merge.fromVersion,
            author,
            version: theirs.number,
            when: formatWhen(w, theirs.createdAt),
            note: theirs.changeNote,
          })}
        </p>
        <ul className="list-disc space-y-1 pl-5">
          {mineOnly.length > 0 && <li>{t('merge.mineApplied', { parts: listOf(w, mineOnly) })}</li>}
          {theirsOnly.length > 0 && (
            <li>{t('merge.theirsKept', { author, parts: listOf(w, theirsOnly), version: theirs.number })}</li>
          )}
          {conflicts.length > 0 ? (
            <li>{t('merge.bothChanged', { parts: listOf(w, conflicts) })}</li>
          ) : (
            !nothingLeft && <li>{t('merge.noDecision')}</li>
          )}
        </ul>
      </div>

      {nothingLeft ? (
        <Card className="space-y-3">
          <p className="text-slate-800">{t('merge.nothingLeft', { version: theirs.number })}</p>
          <Link to=".." onClick={onNothingToSave} className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
            {t('history.back')}
          </Link>
        </Card>
      ) : (
        <>
          {conflicts.map((part) => (
            <Conflict
              key={part}
              part={part}
              theirsLabel={t('merge.theirsLabel', { author, version: theirs.number })}
              theirs={partValue(theirs.content, part)}
              mine={partValue(mine, part)}
              value={choices[part] ?? ''}
              onChange={(value) => setChoices((c) => ({ ...c, [part]: value }))}
              people={people}
              names={names}
            />
          ))}
          <Card className="space-y-4">
            <Field label={t('form.changeNote.label')} hint={t('merge.noteHint')} error={noteError ?? undefined}>
              {(p) => <Input {...p} ref={noteInput} value={changeNote} onChange={(e) => setChangeNote(e.target.value)} />}
            </Field>
            {error && <Alert tone="error">{error}</Alert>}
            <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
              <Button pending={saving} pendingLabel={t('form.saving')} onClick={() => submit(onSave)}>
                {t('merge.saveAs', { version: theirs.number + 1 })}
              </Button>
              <Button variant="secondary" disabled={saving} onClick={() => submit(onContinue)}>
                {t('merge.keepEditing')}
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
  const { t } = useTranslation('charter');
  const w = useWords('charter');
  const title = partTitle(w, part);
  const headingId = useId();
  const peoplePart = isPeoplePart(part);
  const show = (v: string | null) => (peoplePart ? personName(w, v, names) : v || t('diff.empty'));
  // Someone named in either version may have left the network since: still show them by name.
  const gone = peoplePart ? [theirs, mine].filter((id): id is string => !!id && !people.some((person) => person.id === id)) : [];
  const state = value === (theirs ?? '') ? t('merge.keeping.theirs') : value === (mine ?? '') ? t('merge.keeping.mine') : t('merge.keeping.combined');

  return (
    <Card>
      <section aria-labelledby={headingId} className="space-y-4">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {t('merge.conflict.heading', { part: title })}
        </h3>
        <div className="grid gap-3 md:grid-cols-2">
          {[
            { label: theirsLabel, text: theirs },
            { label: t('merge.conflict.yours'), text: mine },
          ].map((side) => (
            <div key={side.label} className="min-w-0 space-y-1">
              <h4 className="text-sm font-medium text-slate-700">{side.label}</h4>
              <p
                translate={side.text ? 'no' : undefined}
                className="rounded-lg border border-slate-200 bg-slate-50 p-3 break-words whitespace-pre-wrap text-slate-900"
              >
                {show(side.text)}
              </p>
            </div>
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" className={PRESSED} aria-pressed={value === (theirs ?? '')} onClick={() => onChange(theirs ?? '')}>
            {t('merge.conflict.keepTheirs')}
            <span className="sr-only"> {t('merge.conflict.forPart', { part: title })}</span>
          </Button>
          <Button variant="secondary" size="sm" className={PRESSED} aria-pressed={value === (mine ?? '')} onClick={() => onChange(mine ?? '')}>
            {t('merge.conflict.keepMine')}
            <span className="sr-only"> {t('merge.conflict.forPart', { part: title })}</span>
          </Button>
        </div>
        {peoplePart ? (
          <Field label={t('merge.conflict.whoToName', { part: title })}>
            {(p) => (
              <Select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
                <option value="">{t('form.people.nobody')}</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id} translate="no">
                    {person.name}
                  </option>
                ))}
                {[...new Set(gone)].map((id) => (
                  <option key={id} value={id}>
                    {t('form.people.gone', { name: personName(w, id, names) })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : (
          <Field label={t('merge.conflict.textToSave', { part: title })} hint={t('merge.conflict.textHint')}>
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

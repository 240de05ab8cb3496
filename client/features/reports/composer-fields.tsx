import { useId, useState } from 'react';
import { NARRATIVE_LABELS, NARRATIVE_PARTS, REPORT_SECTION_LABELS, REPORT_SECTIONS, type ReportCycle, type ReportSection } from '../../../shared/report/content.ts';
import type { ReportDraftFields } from '../../../shared/schemas/report.ts';
import { formatDay } from '../../../shared/format/dates.ts';
import { Field } from '../../components/ui/field.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Textarea } from '../../components/ui/textarea.tsx';
import { timeZones } from './use-reports.ts';

export type FieldErrors = Partial<Record<string, string>>;

const HELP: Record<(typeof NARRATIVE_PARTS)[number], string> = {
  highlights: 'What went well in this period, in a few sentences a partner could repeat.',
  challenges: 'What got in the way, and what the network is doing about it.',
  asks: 'What the network needs from partners and the board: people, data, money, decisions.',
};

type Props = {
  draft: ReportDraftFields;
  /** The newest draft, for changes made before the last one has rendered. */
  current: () => ReportDraftFields;
  set: <K extends keyof ReportDraftFields>(key: K, value: ReportDraftFields[K]) => void;
  fieldErrors: FieldErrors;
  learnings: readonly ReportCycle[];
};

/** What the facilitator decides: title and period, the story, the learnings to feature, the sections shown. */
export function ComposerFields({ draft, current, set, fieldErrors, learnings }: Props) {
  const zonesId = useId();
  const [zones] = useState(timeZones);
  return (
    <>
      <section aria-labelledby="composer-about" className="space-y-4">
        <h3 id="composer-about" className="text-lg font-semibold">
          Title and period
        </h3>
        <Field label="Title" error={fieldErrors.title}>
          {(p) => <Input {...p} value={draft.title} onChange={(e) => set('title', e.target.value)} autoComplete="off" />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="From" error={fieldErrors.from}>
            {(p) => <Input {...p} type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} />}
          </Field>
          <Field label="To" error={fieldErrors.to}>
            {(p) => <Input {...p} type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} />}
          </Field>
        </div>
        <Field label="Time zone" hint="The period’s days are days in this zone." error={fieldErrors.timeZone}>
          {(p) => <Input {...p} list={zonesId} spellCheck={false} autoComplete="off" value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} />}
        </Field>
        <datalist id={zonesId}>
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </section>

      <section aria-labelledby="composer-story" className="space-y-4">
        <h3 id="composer-story" className="text-lg font-semibold">
          The story
        </h3>
        <p className="text-sm text-slate-600">A blank line starts a new paragraph; a line that starts with “- ” is a bullet. Empty parts are left out.</p>
        {NARRATIVE_PARTS.map((part) => (
          <Field key={part} label={NARRATIVE_LABELS[part]} hint={HELP[part]} error={fieldErrors[`narrative.${part}`]}>
            {(p) => <Textarea {...p} value={draft.narrative[part]} onChange={(e) => set('narrative', { ...current().narrative, [part]: e.target.value })} />}
          </Field>
        ))}
      </section>

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Featured learnings</legend>
        <p className="text-sm text-slate-600">
          Learnings from cycles in this period. The ones you tick are quoted in the report, in the order you tick them.
        </p>
        {fieldErrors.featuredCycleIds && <p className="text-sm text-red-700">{fieldErrors.featuredCycleIds}</p>}
        {learnings.length === 0 ? (
          <p className="text-sm text-slate-700">No cycle in this period has a written learning yet.</p>
        ) : (
          <ul className="space-y-2">
            {learnings.map((l) => (
              <li key={l.id}>
                <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 bg-white p-3">
                  <input
                    type="checkbox"
                    className="mt-1 size-4 shrink-0 accent-teal-700"
                    checked={draft.featuredCycleIds.includes(l.id)}
                    onChange={(e) => {
                      const ids = current().featuredCycleIds.filter((id) => id !== l.id);
                      set('featuredCycleIds', e.target.checked ? [...ids, l.id] : ids);
                    }}
                  />
                  <span className="min-w-0">
                    <span className="block font-medium break-words">{l.title}</span>
                    <span className="block text-sm text-slate-600">
                      {formatDay(l.date)}
                      {l.ownerName && ` · ${l.ownerName}`}
                    </span>
                    <span className="mt-1 line-clamp-3 block text-sm break-words text-slate-800">{l.learning}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Sections shown</legend>
        <p className="text-sm text-slate-600">Untick a section to leave it out of the report.</p>
        <ul className="space-y-1">
          {REPORT_SECTIONS.map((s) => (
            <li key={s}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3">
                <input
                  type="checkbox"
                  className="size-4 accent-teal-700"
                  checked={!draft.hidden.includes(s)}
                  onChange={(e) => {
                    const hidden = current().hidden.filter((h) => h !== s);
                    set('hidden', e.target.checked ? hidden : ([...hidden, s] as ReportSection[]));
                  }}
                />
                {REPORT_SECTION_LABELS[s]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}

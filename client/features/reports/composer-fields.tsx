import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NARRATIVE_PARTS, REPORT_SECTIONS, type ReportCycle, type ReportSection } from '../../../shared/report/content.ts';
import type { ReportDraftFields } from '../../../shared/schemas/report.ts';
import { useFormats } from '../../lib/use-words.ts';
import { Field } from '../../components/ui/field.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Textarea } from '../../components/ui/textarea.tsx';
import { timeZones } from './use-reports.ts';

export type FieldErrors = Partial<Record<string, string>>;

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
  const { t } = useTranslation(['reports', 'common']);
  const f = useFormats();
  const zonesId = useId();
  const [zones] = useState(timeZones);
  return (
    <>
      <section aria-labelledby="composer-about" className="space-y-4">
        <h3 id="composer-about" className="text-lg font-semibold">
          {t('fields.about')}
        </h3>
        <Field label={t('fields.title')} error={fieldErrors.title}>
          {(p) => <Input {...p} value={draft.title} onChange={(e) => set('title', e.target.value)} autoComplete="off" />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('fields.from')} error={fieldErrors.from}>
            {(p) => <Input {...p} type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} />}
          </Field>
          <Field label={t('fields.to')} error={fieldErrors.to}>
            {(p) => <Input {...p} type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} />}
          </Field>
        </div>
        <Field label={t('fields.timeZone')} hint={t('fields.timeZoneHint')} error={fieldErrors.timeZone}>
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
          {t('fields.story')}
        </h3>
        <p className="text-sm text-slate-600">{t('fields.storyHint')}</p>
        {NARRATIVE_PARTS.map((part) => (
          <Field key={part} label={t(`common:labels.narrative.${part}`)} hint={t(`fields.help.${part}`)} error={fieldErrors[`narrative.${part}`]}>
            {(p) => <Textarea {...p} value={draft.narrative[part]} onChange={(e) => set('narrative', { ...current().narrative, [part]: e.target.value })} />}
          </Field>
        ))}
      </section>

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">{t('fields.featured')}</legend>
        <p className="text-sm text-slate-600">{t('fields.featuredHint')}</p>
        {fieldErrors.featuredCycleIds && <p className="text-sm text-red-700">{fieldErrors.featuredCycleIds}</p>}
        {learnings.length === 0 ? (
          <p className="text-sm text-slate-700">{t('fields.noLearnings')}</p>
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
                    <span translate="no" className="block font-medium break-words">
                      {l.title}
                    </span>
                    <span className="block text-sm text-slate-600">
                      {f.day(l.date)}
                      {l.ownerName && ` · ${l.ownerName}`}
                    </span>
                    <span translate="no" className="mt-1 line-clamp-3 block text-sm break-words text-slate-800">
                      {l.learning}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">{t('fields.sections')}</legend>
        <p className="text-sm text-slate-600">{t('fields.sectionsHint')}</p>
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
                {t(`common:labels.reportSection.${s}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}

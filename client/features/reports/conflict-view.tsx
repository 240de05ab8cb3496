import { useEffect, useRef, useState } from 'react';
import { takePart, type DraftPart } from '../../../shared/report/draft.ts';
import type { ReportCycle } from '../../../shared/report/content.ts';
import type { ReportDraftFields } from '../../../shared/schemas/report.ts';
import { Button } from '../../components/ui/button.tsx';
import { useWords } from '../../lib/use-words.ts';
import { draftPartLabel, partText } from './draft-parts.ts';

export type DraftConflict = {
  mine: ReportDraftFields;
  theirs: { version: number; draft: ReportDraftFields };
  /** Everything that merged cleanly, with their side of each conflicting part. */
  merged: ReportDraftFields;
  conflicts: DraftPart[];
};

type Props = { conflict: DraftConflict; learnings: readonly ReportCycle[]; onResolve: (draft: ReportDraftFields) => void };

/**
 * Someone saved this report while this person was writing. What only one of them changed is
 * merged already; for each part both changed, both texts are shown and the person picks one.
 */
export function ConflictView({ conflict, learnings, onResolve }: Props) {
  const w = useWords('reports');
  const { t } = w;
  const heading = useRef<HTMLHeadingElement>(null);
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>(() => Object.fromEntries(conflict.conflicts.map((p) => [p, 'mine'])));

  // The form the person was typing in is replaced: say where they are.
  useEffect(() => heading.current?.focus(), []);

  function resolve() {
    onResolve(conflict.conflicts.reduce((d, part) => (choice[part] === 'mine' ? takePart(d, conflict.mine, part) : d), conflict.merged));
  }

  return (
    <section aria-labelledby="report-conflict-heading" className="space-y-4 rounded-xl border-2 border-amber-300 bg-amber-50 p-4">
      <h3 id="report-conflict-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold text-amber-950">
        {t('reports:conflict.heading')}
      </h3>
      <p className="text-sm text-amber-950">
        {t('reports:conflict.body', { parts: conflict.conflicts.map((p) => draftPartLabel(p, w).toLocaleLowerCase(w.f.locale)).join(', ') })}
      </p>
      {conflict.conflicts.map((part) => (
        <fieldset key={part} className="space-y-2 rounded-lg border border-amber-200 bg-white p-3">
          <legend className="px-1 font-semibold text-slate-900">{draftPartLabel(part, w)}</legend>
          <div className="grid gap-3 md:grid-cols-2">
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className="flex cursor-pointer items-start gap-2 rounded-lg border border-slate-200 p-3 has-checked:border-accent-700 has-checked:ring-1 has-checked:ring-accent-700">
                <input
                  type="radio"
                  name={`conflict-${part}`}
                  className="mt-1 size-4 accent-teal-700"
                  checked={choice[part] === side}
                  onChange={() => setChoice((c) => ({ ...c, [part]: side }))}
                />
                <span className="min-w-0 space-y-1">
                  <span className="block text-sm font-medium">{side === 'mine' ? t('reports:conflict.mine') : t('reports:conflict.theirs')}</span>
                  <span translate="no" className="block text-sm break-words whitespace-pre-wrap text-slate-800">
                    {partText(side === 'mine' ? conflict.mine : conflict.theirs.draft, part, learnings, w)}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <Button onClick={resolve}>{t('reports:conflict.resolve')}</Button>
    </section>
  );
}

import type { Words } from '../../../shared/i18n/words.ts';
import type { IndicatorStatus } from '../../../shared/report/content.ts';
import { Heading, type Level } from './report-parts.tsx';
import { IndicatorStatusView } from './report-indicator.tsx';

/**
 * The contributing indicators a network shows publicly, under its outcome: each read as the
 * outcome is (its signal first, then where it stands, its chart and its gaps). Nothing when there
 * are none, or when the document was made before measures.
 */
export function ContributingView({ measures, level, idPrefix, w, frozen = false }: { measures: readonly IndicatorStatus[] | undefined; level: Level; idPrefix: string; w: Words; frozen?: boolean }) {
  if (!measures || measures.length === 0) return null;
  const inner = Math.min(level + 1, 6) as Level;
  return (
    <section aria-labelledby={`${idPrefix}-contributing`} className="space-y-4">
      <Heading level={level} id={`${idPrefix}-contributing`} className="text-lg font-semibold text-slate-900">
        {w.t('report:view.contributing.heading')}
      </Heading>
      <p className="text-slate-700">{w.t('report:view.contributing.intro', { count: measures.length })}</p>
      {measures.map((m, i) => (
        <article key={i} aria-labelledby={`${idPrefix}-contributing-${i}`} className="space-y-3 border-t border-slate-200 pt-4">
          <Heading level={inner} id={`${idPrefix}-contributing-${i}`} className="text-base font-semibold text-slate-900">
            <span translate="no">{m.name}</span>
          </Heading>
          <IndicatorStatusView ind={m} level={Math.min(inner + 1, 6) as Level} idPrefix={`${idPrefix}-contributing-${i}`} w={w} frozen={frozen} />
        </article>
      ))}
    </section>
  );
}

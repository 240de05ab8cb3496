import type { ReportCycle } from '../../../shared/report/content.ts';
import type { DraftPart } from '../../../shared/report/draft.ts';
import type { Words } from '../../../shared/i18n/words.ts';
import type { ReportDraftFields } from '../../../shared/schemas/report.ts';

/** A part's name where two people's versions of it are compared. */
export function draftPartLabel(part: DraftPart, { t }: Words): string {
  switch (part) {
    case 'title':
      return t('reports:fields.title');
    case 'period':
      return t('reports:parts.period');
    case 'featured':
      return t('reports:fields.featured');
    case 'hidden':
      return t('reports:parts.hidden');
    default:
      return t(`labels.narrative.${part}`);
  }
}

/** One part of a draft as text a person can compare with another's. */
export function partText(d: ReportDraftFields, part: DraftPart, learnings: readonly ReportCycle[], { t, f }: Words): string {
  switch (part) {
    case 'title':
      return d.title;
    case 'period':
      return `${f.period(d)} (${d.timeZone})`;
    case 'featured': {
      const titles = new Map(learnings.map((l) => [l.id, l.title]));
      return d.featuredCycleIds.length === 0 ? t('reports:parts.none') : d.featuredCycleIds.map((id) => titles.get(id) ?? t('reports:parts.cycle', { id })).join('\n');
    }
    case 'hidden':
      return d.hidden.length === 0 ? t('reports:parts.none') : d.hidden.map((s) => t(`labels.reportSection.${s}`)).join('\n');
    default:
      return d.narrative[part] || t('reports:parts.empty');
  }
}

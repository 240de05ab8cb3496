import { NARRATIVE_LABELS, REPORT_SECTION_LABELS, type ReportCycle } from '../../../shared/report/content.ts';
import type { DraftPart } from '../../../shared/report/draft.ts';
import type { ReportDraftFields } from '../../../shared/schemas/report.ts';
import { formatPeriod } from '../../../shared/format/dates.ts';

export const DRAFT_PART_LABELS: Record<DraftPart, string> = {
  title: 'Title',
  period: 'Period',
  ...NARRATIVE_LABELS,
  featured: 'Featured learnings',
  hidden: 'Hidden sections',
};

/** One part of a draft as text a person can compare with another's. */
export function partText(d: ReportDraftFields, part: DraftPart, learnings: readonly ReportCycle[]): string {
  switch (part) {
    case 'title':
      return d.title;
    case 'period':
      return `${formatPeriod(d)} (${d.timeZone})`;
    case 'featured': {
      const titles = new Map(learnings.map((l) => [l.id, l.title]));
      return d.featuredCycleIds.length === 0 ? 'None' : d.featuredCycleIds.map((id) => titles.get(id) ?? `Cycle ${id}`).join('\n');
    }
    case 'hidden':
      return d.hidden.length === 0 ? 'None' : d.hidden.map((s) => REPORT_SECTION_LABELS[s]).join('\n');
    default:
      return d.narrative[part] || '(empty)';
  }
}

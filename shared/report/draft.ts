import type { ReportDraftFields } from '../schemas/report.ts';
import { changedParts, threeWayMerge, type MergeResult, type PartLens } from '../domain/three-way-merge.ts';
import { NARRATIVE_PARTS, type NarrativePart } from './content.ts';

// The no-lost-edit rule for report drafts, as for the charter: a save made from an old version
// is merged part by part into the newest one; only parts both people changed need a decision.
// A part reads as one string so that equivalent values compare equal (hidden sections in any order).

export type DraftPart = 'title' | 'period' | NarrativePart | 'featured' | 'hidden';
export const DRAFT_PARTS: readonly DraftPart[] = ['title', 'period', ...NARRATIVE_PARTS, 'featured', 'hidden'];

type Draft = ReportDraftFields;

function partOf(d: Draft, part: DraftPart): string {
  switch (part) {
    case 'title':
      return d.title;
    case 'period':
      return `${d.from}/${d.to}/${d.timeZone}`;
    case 'featured':
      return d.featuredCycleIds.join(',');
    case 'hidden':
      return [...d.hidden].sort().join(',');
    default:
      return d.narrative[part];
  }
}

function withPart(d: Draft, from: Draft, part: DraftPart): Draft {
  switch (part) {
    case 'title':
      return { ...d, title: from.title };
    case 'period':
      return { ...d, from: from.from, to: from.to, timeZone: from.timeZone };
    case 'featured':
      return { ...d, featuredCycleIds: [...from.featuredCycleIds] };
    case 'hidden':
      return { ...d, hidden: [...from.hidden] };
    default:
      return { ...d, narrative: { ...d.narrative, [part]: from.narrative[part] } };
  }
}

export const DRAFT_LENS: PartLens<Draft, DraftPart> = { parts: DRAFT_PARTS, value: partOf, take: withPart };

export type DraftMerge = MergeResult<Draft, DraftPart>;

/** A stale save merged into the newest draft (see threeWayMerge). */
export const mergeDraft = (base: Draft, mine: Draft, theirs: Draft): DraftMerge => threeWayMerge(DRAFT_LENS, base, mine, theirs);

/** Takes one part from `source` (used when the person resolves a conflict). */
export const takePart = (draft: Draft, source: Draft, part: DraftPart): Draft => withPart(draft, source, part);

export const sameDraft = (a: Draft, b: Draft): boolean => changedParts(DRAFT_LENS, a, b).length === 0;

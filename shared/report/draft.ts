import type { ReportDraftFields } from '../schemas/report.ts';
import { NARRATIVE_PARTS, type NarrativePart } from './content.ts';

// The no-lost-edit rule for report drafts, as for the charter: a save made from an old version
// is merged part by part into the newest one; only parts both people changed need a decision.

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

export type DraftMerge = { merged: Draft; conflicts: DraftPart[] };

/** `base`: the version the editor started from; `mine`: what they tried to save; `theirs`: the newest. */
export function mergeDraft(base: Draft, mine: Draft, theirs: Draft): DraftMerge {
  let merged = theirs;
  const conflicts: DraftPart[] = [];
  for (const part of DRAFT_PARTS) {
    const b = partOf(base, part);
    const m = partOf(mine, part);
    const t = partOf(theirs, part);
    if (m === b || m === t) continue;
    if (t === b) merged = withPart(merged, mine, part);
    else conflicts.push(part);
  }
  return { merged, conflicts };
}

/** Takes one part from `source` (used when the person resolves a conflict). */
export const takePart = (draft: Draft, source: Draft, part: DraftPart): Draft => withPart(draft, source, part);

export function sameDraft(a: Draft, b: Draft): boolean {
  return DRAFT_PARTS.every((p) => partOf(a, p) === partOf(b, p));
}

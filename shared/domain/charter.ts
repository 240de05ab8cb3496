import { CHARTER_ROLES, CHARTER_SECTIONS, type CharterContent, type CharterSection } from '../schemas/charter.ts';
import type { MessageKey, MessageValues } from '../i18n/message.ts';
import type { Words } from '../i18n/words.ts';
import { changedParts as changedPartsOf, threeWayMerge, type MergeResult, type PartLens } from './three-way-merge.ts';

export type CharterSectionInfo = { title: string; help: string; example?: string };

/** The sections whose frame gives an example of a good one. */
const WITH_EXAMPLE: readonly CharterSection[] = ['aim'];

/**
 * What each section is for and what a good one contains, shown beside the editor: the charter's
 * frame, in the reader's language (what people write in it stays as written).
 */
export function charterSectionInfo(w: Words, section: CharterSection): CharterSectionInfo {
  return {
    title: w.t(`charter:sections.${section}.title`),
    help: w.t(`charter:sections.${section}.help`),
    ...(WITH_EXAMPLE.includes(section) && { example: w.t(`charter:sections.${section}.example` as 'charter:sections.aim.example') }),
  };
}

export function emptyCharter(): CharterContent {
  return {
    sections: Object.fromEntries(CHARTER_SECTIONS.map((k) => [k, ''])) as CharterContent['sections'],
    people: Object.fromEntries(CHARTER_ROLES.map((r) => [r, null])) as CharterContent['people'],
  };
}

/** Every part of a charter by a stable key: each text section, and each role ("people.convener"). */
export type CharterPart = CharterSection | `people.${(typeof CHARTER_ROLES)[number]}`;

export const CHARTER_PARTS: readonly CharterPart[] = [
  ...CHARTER_SECTIONS,
  ...CHARTER_ROLES.map((r) => `people.${r}` as const),
];

export function partValue(content: CharterContent, part: CharterPart): string | null {
  if (part.startsWith('people.')) return content.people[part.slice(7) as keyof CharterContent['people']];
  return content.sections[part as CharterSection];
}

export function resolvePart(content: CharterContent, part: CharterPart, value: string | null): CharterContent {
  if (part.startsWith('people.')) {
    return { ...content, people: { ...content.people, [part.slice(7)]: value } };
  }
  return { ...content, sections: { ...content.sections, [part]: value ?? '' } };
}

export const CHARTER_LENS: PartLens<CharterContent, CharterPart> = {
  parts: CHARTER_PARTS,
  value: partValue,
  take: (content, source, part) => resolvePart(content, part, partValue(source, part)),
};

/** The parts that differ between two versions. */
export const changedParts = (a: CharterContent, b: CharterContent): CharterPart[] => changedPartsOf(CHARTER_LENS, a, b);

export type CharterMerge = MergeResult<CharterContent, CharterPart>;

/** A stale save merged into the newest version (see threeWayMerge). */
export const mergeCharter = (base: CharterContent, mine: CharterContent, theirs: CharterContent): CharterMerge =>
  threeWayMerge(CHARTER_LENS, base, mine, theirs);

export type CharterReviewEvent = { version: number; decision: 'ratified' | 'returned' };

export type CharterStatus =
  | { kind: 'empty' } // no version saved yet
  | { kind: 'draft'; version: number } // the newest version awaits review
  | { kind: 'returned'; version: number } // a lead returned the newest version with a comment
  | { kind: 'ratified'; version: number }; // the newest version is the ratified charter

/** Where the charter stands, from its newest version number and its review history (oldest first). */
export function charterStatus(latestVersion: number, reviews: readonly CharterReviewEvent[]): CharterStatus {
  if (latestVersion === 0) return { kind: 'empty' };
  const last = reviews.filter((r) => r.version === latestVersion).at(-1);
  if (last?.decision === 'ratified') return { kind: 'ratified', version: latestVersion };
  if (last?.decision === 'returned') return { kind: 'returned', version: latestVersion };
  return { kind: 'draft', version: latestVersion };
}

/** The ratified version in force: the last ratification. */
export function ratifiedVersion(reviews: readonly CharterReviewEvent[]): number | null {
  return reviews.filter((r) => r.decision === 'ratified').at(-1)?.version ?? null;
}

/**
 * A lead reviews the newest version only: ratifying an older one would silently discard the
 * edits after it. Returns why a review is refused (a message for the reader's language), or null.
 */
export function reviewBlock(latestVersion: number, version: number, reviews: readonly CharterReviewEvent[]): { key: MessageKey; values: MessageValues } | null {
  if (version !== latestVersion) return { key: 'charter:review.blocked.notNewest', values: { latest: latestVersion } };
  const status = charterStatus(latestVersion, reviews);
  if (status.kind === 'ratified') return { key: 'charter:review.blocked.ratified', values: { version } };
  return null;
}

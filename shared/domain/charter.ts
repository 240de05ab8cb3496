import { CHARTER_ROLES, CHARTER_SECTIONS, type CharterContent, type CharterSection } from '../schemas/charter.ts';
import { changedParts as changedPartsOf, threeWayMerge, type MergeResult, type PartLens } from './three-way-merge.ts';

export type CharterSectionInfo = { title: string; help: string; example?: string };

/** What each section is for and what a good one contains: shown beside the editor. */
export const CHARTER_SECTION_INFO: Record<CharterSection, CharterSectionInfo> = {
  aim: {
    title: 'Aim statement',
    help: 'What will improve, for whom, by how much, by when. Specific, measurable and dated.',
    example: 'By June 2028, raise the share of kindergartners assessed as ready from 45% to 60% in the five focus schools.',
  },
  problem: {
    title: 'Problem statement and local data',
    help: 'The gap the network exists to close, with the local numbers behind it and where they come from.',
  },
  scope: {
    title: 'Scope and population',
    help: 'The geography, schools or sites, and the children, families or groups the work covers — including the subgroups whose gaps you will track.',
  },
  commitments: {
    title: 'Shared commitments and norms',
    help: 'What each partner commits to (time, data, staff) and how the network works together.',
  },
  roles: {
    title: 'Roles',
    help: 'Who convenes, who facilitates, who leads on data; anything else about roles.',
  },
  meetings: {
    title: 'Meeting cadence',
    help: 'How often the network meets, for how long, and where.',
  },
  decisions: {
    title: 'How decisions are made',
    help: 'For example a gradients-of-agreement scale, and what happens when the network cannot agree.',
  },
  dataSharing: {
    title: 'Data sharing and privacy agreement',
    help: 'What data partners share, at what level of detail, who may see it, and how privacy is protected.',
  },
  communication: {
    title: 'Communication plan',
    help: 'How the network keeps partners, families and the public informed, and who speaks for it.',
  },
};

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
 * edits after it. Returns why a review is refused, or null.
 */
export function reviewBlock(latestVersion: number, version: number, reviews: readonly CharterReviewEvent[]): string | null {
  if (version !== latestVersion) return `Only the newest version (${latestVersion}) can be reviewed.`;
  const status = charterStatus(latestVersion, reviews);
  if (status.kind === 'ratified') return `Version ${version} is already ratified.`;
  return null;
}

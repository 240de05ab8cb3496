import { CHARTER_ROLES, CHARTER_SECTIONS, type CharterContent, type CharterSection } from '../schemas/charter.ts';

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

function withPart(content: CharterContent, part: CharterPart, value: string | null): CharterContent {
  if (part.startsWith('people.')) {
    return { ...content, people: { ...content.people, [part.slice(7)]: value } };
  }
  return { ...content, sections: { ...content.sections, [part]: value ?? '' } };
}

/** The parts that differ between two versions. */
export function changedParts(a: CharterContent, b: CharterContent): CharterPart[] {
  return CHARTER_PARTS.filter((p) => partValue(a, p) !== partValue(b, p));
}

export type CharterMerge = {
  /** Theirs, with every part only I changed taken from mine. */
  merged: CharterContent;
  /** Parts both of us changed, differently: the person chooses or combines. */
  conflicts: CharterPart[];
};

/**
 * Three-way merge of a stale save into the newest version. `base` is the version the editor
 * started from, `mine` what they tried to save, `theirs` the newest version. Parts only one side
 * changed need no decision; parts both changed to different values are conflicts.
 */
export function mergeCharter(base: CharterContent, mine: CharterContent, theirs: CharterContent): CharterMerge {
  let merged = theirs;
  const conflicts: CharterPart[] = [];
  for (const part of CHARTER_PARTS) {
    const b = partValue(base, part);
    const m = partValue(mine, part);
    const t = partValue(theirs, part);
    if (m === b || m === t) continue; // I did not change it, or we agree
    if (t === b) merged = withPart(merged, part, m); // only I changed it
    else conflicts.push(part);
  }
  return { merged, conflicts };
}

export function resolvePart(content: CharterContent, part: CharterPart, value: string | null): CharterContent {
  return withPart(content, part, value);
}

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

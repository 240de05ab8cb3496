import type { Narrative, ReportContent, ReportDocument, ReportSection, ShownContent, ShownDocument } from './content.ts';

// From assembled content and the facilitator's choices to the document every view draws, and
// from a document to what the public may see of it.

export type ReportChoices = { title: string; narrative: Narrative; featuredCycleIds: readonly number[]; hidden: readonly ReportSection[] };

/** Featured learnings keep the facilitator's order; a cycle no longer in the period drops out. */
export function buildDocument(content: ReportContent, choices: ReportChoices, publication: ReportDocument['publication'] = null): ReportDocument {
  const byId = new Map(content.cycles.learnings.map((c) => [c.id, c]));
  return {
    title: choices.title,
    content,
    narrative: { ...choices.narrative },
    featured: choices.featuredCycleIds.flatMap((id) => byId.get(id) ?? []),
    hidden: [...choices.hidden],
    publication,
  };
}

/**
 * The document without the sections the facilitator hid: what every published form carries, so
 * a hidden section's numbers (meetings held, attendance, cycle and action counts) go nowhere.
 */
export function shownDocument(doc: ShownDocument): ShownDocument {
  const content: ShownContent = { ...doc.content };
  for (const section of doc.hidden) delete content[section];
  // The contributing indicators belong to the indicator section.
  if (doc.hidden.includes('indicator')) delete content.contributing;
  return { ...doc, content };
}

/**
 * What the community impact page shows of a published report: the shown sections only, no
 * personal names (owners, publisher), no learnings the facilitator did not feature, no meeting
 * list. Small groups were already withheld when the content was assembled.
 */
export function publicDocument(doc: ShownDocument): ShownDocument {
  const shown = shownDocument(doc);
  const c = shown.content;
  return {
    ...shown,
    featured: doc.hidden.includes('cycles') ? [] : shown.featured.map((f) => ({ ...f, ownerName: null })),
    publication: shown.publication && { ...shown.publication, publishedBy: null },
    content: {
      ...c,
      ...(c.cycles && { cycles: { ...c.cycles, learnings: [] } }),
      ...(c.plan && { plan: { ...c.plan, actions: c.plan.actions.map((a) => ({ ...a, ownerName: null })) } }),
      ...(c.meetings && { meetings: { ...c.meetings, meetings: [] } }),
    },
  };
}

export type NarrativeBlock = { kind: 'paragraph' | 'item'; text: string };

/**
 * Narrative text as paragraphs and bullet items: a blank line starts a paragraph, a line that
 * starts with "- " or "* " is a bullet. The page, the PDF and the DOCX read it the same way.
 */
export function narrativeBlocks(text: string): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length > 0) blocks.push({ kind: 'paragraph', text: para.join(' ') });
    para = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      blocks.push({ kind: 'item', text: bullet[1]! });
    } else if (line === '') flush();
    else para.push(line);
  }
  flush();
  return blocks;
}

import type { Narrative, ReportContent, ReportDocument, ReportSection } from './content.ts';

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
 * What the community impact page shows of a published report: no personal names (owners,
 * publisher), no learnings the facilitator did not feature, no meeting list, and none of the
 * text of a section the facilitator hid (the page would not show it; the public answer should
 * not carry it either). Small groups were already removed when the content was assembled.
 */
export function publicDocument(doc: ReportDocument): ReportDocument {
  const c = doc.content;
  const hidden = (s: ReportSection) => doc.hidden.includes(s);
  return {
    ...doc,
    featured: hidden('cycles') ? [] : doc.featured.map((f) => ({ ...f, ownerName: null })),
    publication: doc.publication && { ...doc.publication, publishedBy: null },
    content: {
      ...c,
      indicator: hidden('indicator') ? null : c.indicator,
      cycles: { ...c.cycles, learnings: [], rampsAdvanced: hidden('cycles') ? [] : c.cycles.rampsAdvanced },
      plan: { ...c.plan, actions: hidden('plan') ? [] : c.plan.actions.map((a) => ({ ...a, ownerName: null })) },
      meetings: { ...c.meetings, meetings: [] },
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

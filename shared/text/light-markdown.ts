// The light Markdown people may use in what they write for reports: **bold** (or __bold__),
// *italics* (or _italics_) and [links](https://…). Paragraphs and "- " bullets are read by
// `narrativeBlocks`; this reads the text inside each. The report page, its print view, the public
// page, the PDF and the DOCX all draw these spans, so the same words look the same everywhere.
// Anything that is not a closed, well-formed marker stays exactly as it was typed.

export type Span = { text: string; strong?: boolean; em?: boolean; href?: string };

// A marker opens before a non-space and closes after one (so "2 * 3 * 4" is arithmetic), and
// underscores only count at word edges (so snake_case_names keep theirs).
const PATTERNS: { re: RegExp; style: 'strong' | 'em' | 'link' }[] = [
  { re: /\*\*(?=\S)([\s\S]*?\S)\*\*/, style: 'strong' },
  { re: /(?<![\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/u, style: 'strong' },
  { re: /\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s()]+)\)/, style: 'link' },
  { re: /(?<!\*)\*(?=[^\s*])([^*]*?[^\s*])\*(?!\*)/, style: 'em' },
  { re: /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/u, style: 'em' },
];

type Style = Omit<Span, 'text'>;

export function inlineSpans(text: string, style: Style = {}): Span[] {
  // The earliest marker wins; on a tie the order above (bold before italics) decides.
  let best: { match: RegExpExecArray; style: (typeof PATTERNS)[number]['style'] } | null = null;
  for (const p of PATTERNS) {
    const match = p.re.exec(text);
    if (match && (best === null || match.index < best.match.index)) best = { match, style: p.style };
  }
  if (best === null) return text === '' ? [] : [{ text, ...style }];
  const { match } = best;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  const inner =
    best.style === 'link'
      ? inlineSpans(match[1]!, { ...style, href: match[2]! })
      : inlineSpans(match[1]!, { ...style, [best.style]: true });
  return merge([...(before ? [{ text: before, ...style }] : []), ...inner, ...inlineSpans(after, style)]);
}

/** Neighbouring spans of the same style joined, so a renderer draws as few runs as it can. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && last.strong === s.strong && last.em === s.em && last.href === s.href) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The words without their markers: for places that can only hold plain text. */
export function plainText(spans: Span[]): string {
  return spans.map((s) => s.text).join('');
}

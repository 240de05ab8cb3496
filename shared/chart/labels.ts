// Where a chart's words go so that no two of them overlap, at any width: the labels of regions
// (the baseline, the report's period, each phase) stack in rows above the plot, and the target's
// label takes the first spot beside its line that is free. Pure, so the page, the PDF and the DOCX
// place them alike. Text is not measured here (there is no DOM on the server): widths are an
// estimate on the generous side of the fonts a chart is drawn in, so a real label is never wider
// than the room kept for it.

export const LABEL_SIZE = 11;
/** From one row of labels above the plot to the next. */
export const LABEL_ROW = 15;
/** From the plot's top edge up to the baseline of the nearest row. */
const ROW_OFFSET = 8;
/** Free room kept between two labels, and inside the ends of a region. */
const GAP = 4;
const INSET = 3;
const ASCENT = 0.95;
const DESCENT = 0.25;

export type Box = { x0: number; y0: number; x1: number; y1: number };
export type LabelKind = 'target' | 'period' | 'baseline' | 'phase';
export type PlacedLabel = {
  kind: LabelKind;
  text: string;
  /** Where the text is anchored, on its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  bold: boolean;
  /** The room kept for it: the estimate, never smaller than the drawn text. */
  box: Box;
  /** A phase's separator: at x, from the top of its label down to the plot's bottom. */
  line?: { x: number; top: number };
};

/** Widths in em, rounded up from DejaVu Sans, the widest of the fonts the chart names. */
function charWidth(ch: string): number {
  if (' .,:;!|\'iljI'.includes(ch)) return 0.34;
  if ('frt()[]/-‐'.includes(ch)) return 0.43;
  if ('mwMW%@…—'.includes(ch)) return 1.0;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[A-Z]/.test(ch)) return 0.8;
  if (/[a-z]/.test(ch)) return 0.64;
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2e80 ? 1.05 : 0.8;
}

/** An upper estimate of the drawn width of `text` at `size` px; bold and medium weights run wider. */
export function textWidth(text: string, size = LABEL_SIZE, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * size * (bold ? 1.12 : 1);
}

/** The text cut with an ellipsis so its estimate fits `max` px. */
export function fitText(text: string, max: number, size = LABEL_SIZE, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Do two boxes overlap, or come closer than `gap` across and `gapY` up and down? */
export const intersects = (a: Box, b: Box, gap = 0, gapY = gap) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gapY && b.y0 < a.y1 + gapY;

const textBox = (left: number, baseline: number, width: number, size = LABEL_SIZE): Box => ({ x0: left, x1: left + width, y0: baseline - ASCENT * size, y1: baseline + DESCENT * size });

export type RegionLabel = { kind: Exclude<LabelKind, 'target'>; text: string; x0: number; x1: number };

/**
 * Labels of regions in rows above the plot, y measured from the plot's top edge (negative is up).
 * Each label stays over its region: inside it when it fits, covering it when the region is narrower.
 * A phase's label starts just right of its line, and the line runs clear from the label down to
 * the plot, so nothing may sit across it. Phases are placed right to left (a later phase's label
 * starts right of an earlier one's line, so it never blocks it; near the right edge a name is cut
 * rather than pushed left over the line before it), then the others; each takes the lowest row
 * where it fits.
 */
export function placeRegionLabels(regions: readonly RegionLabel[], bounds: { left: number; right: number }): { labels: PlacedLabel[]; rows: number } {
  const phaseXs = regions.filter((r) => r.kind === 'phase').map((r) => r.x0);
  const ordered = [...regions.filter((r) => r.kind === 'phase').sort((a, b) => b.x0 - a.x0), ...regions.filter((r) => r.kind !== 'phase')];
  const placed: PlacedLabel[] = [];
  const lines: Box[] = [];
  const taken = (b: Box) => placed.some((p) => intersects(p.box, b, GAP, 1)) || lines.some((l) => intersects(l, b, 1, 0));
  let rows = 0;
  for (const region of ordered) {
    const from = region.x0 + INSET;
    const to = region.x1 - INSET;
    const previousLine = Math.max(-Infinity, ...phaseXs.filter((x) => x < region.x0));
    const room = region.kind === 'phase' ? bounds.right - Math.max(bounds.left, previousLine + INSET) : bounds.right - bounds.left;
    const text = fitText(region.text, room);
    const w = textWidth(text);
    // Inside the region when it fits, else ending where it ends; always inside the plot's width.
    const clamp = (s: number) => Math.min(Math.max(s, bounds.left), bounds.right - w);
    const narrow = region.kind === 'phase' || w > to - from;
    const lo = clamp(region.kind === 'phase' ? from : narrow ? to - w : from);
    const hi = narrow ? lo : clamp(to - w);
    for (let row = 0; ; row++) {
      const y = -ROW_OFFSET - row * LABEL_ROW;
      const box = (s: number) => textBox(s, y, w);
      const after = placed.filter((p) => Math.abs(p.y - y) < 1).map((p) => p.box.x1 + GAP + 0.01);
      const starts = [lo, ...after.filter((s) => s > lo && s < hi).sort((a, b) => a - b), hi];
      const start = starts.find((s) => !taken(box(s)));
      if (start === undefined) continue;
      const atEnd = region.kind !== 'phase' && (narrow || (start === hi && hi > lo));
      const line = region.kind === 'phase' ? { x: region.x0, top: box(start).y0 } : null;
      placed.push({ kind: region.kind, text, x: atEnd ? start + w : start, y, anchor: atEnd ? 'end' : 'start', bold: region.kind === 'period', box: box(start), ...(line ? { line } : {}) });
      if (line) lines.push({ x0: line.x, x1: line.x, y0: line.top, y1: 0 });
      rows = Math.max(rows, row + 1);
      break;
    }
  }
  return { labels: placed, rows };
}

/** The same labels moved down by `dy` (once the plot's top is known). */
export function shiftLabels(labels: readonly PlacedLabel[], dy: number): PlacedLabel[] {
  return labels.map((l) => ({
    ...l,
    y: l.y + dy,
    box: { ...l.box, y0: l.box.y0 + dy, y1: l.box.y1 + dy },
    ...(l.line ? { line: { x: l.line.x, top: l.line.top + dy } } : {}),
  }));
}

/**
 * The target's label beside its line: at the right end above it by preference, else below it, else
 * at the left end; never on another label, never over the x axis or out of the chart. Among the
 * free spots it takes the one covering the fewest points, so the data stays readable.
 */
export function placeTargetLabel(
  text: string,
  lineY: number,
  plot: { left: number; right: number; top: number; bottom: number },
  taken: readonly Box[],
  points: readonly { x: number; y: number }[],
): PlacedLabel {
  const fitted = fitText(text, plot.right - plot.left - 2 * INSET, LABEL_SIZE, true);
  const w = textWidth(fitted, LABEL_SIZE, true);
  const above = lineY - 5;
  const below = lineY + 5 + ASCENT * LABEL_SIZE;
  const right = plot.right - 2 - w;
  const left = plot.left + INSET;
  const spots = [
    { s: right, y: above },
    { s: right, y: below },
    { s: left, y: above },
    { s: left, y: below },
  ].map((spot) => ({ ...spot, box: textBox(spot.s, spot.y, w) }));
  const free = spots.filter(({ box }) => box.y0 >= 0 && box.y1 <= plot.bottom && !taken.some((t) => intersects(t, box, GAP)));
  const covered = (box: Box) => points.filter((p) => intersects(box, { x0: p.x, x1: p.x, y0: p.y, y1: p.y }, 5)).length;
  const best = (free.length ? free : spots).reduce((a, b) => (covered(b.box) < covered(a.box) ? b : a));
  const atRight = best.s === right;
  return { kind: 'target', text: fitted, x: atRight ? plot.right - 2 : best.s, y: best.y, anchor: atRight ? 'end' : 'start', bold: true, box: best.box };
}

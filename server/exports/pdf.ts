import PDFDocument from 'pdfkit';
import { chartMarks, type ChartMark } from '../../shared/chart/svg.ts';
import type { ShownDocument } from '../../shared/report/content.ts';
import type { Span } from '../../shared/text/light-markdown.ts';
import { outline, progressReporter, titleBlock, type Block, type Table } from './outline.ts';
import type { Words } from '../../shared/i18n/words.ts';

// The report as a US Letter PDF drawn with pdfkit: a title block, the visible sections, a footer
// with page numbers on every page. The chart is drawn as vector paths from the same marks as the
// SVG, so it prints sharp at any size and its text stays text.

export type ExportProgress = (fraction: number, step: string) => void;

const PAGE = { width: 612, height: 792 };
const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const INK = '#0f172a';
const BODY = '#1e293b';
const MUTED = '#475569';
const RULE = '#cbd5e1';
const HEADER_FILL = '#f1f5f9';
const BODY_SIZE = 10.5;
const TABLE_SIZE = 9.5;
/** The chart's marks are laid out at this size, then scaled to the page's width. */
const CHART_BOX = { width: 640, height: 330 };
/** A table cell longer than this is cut, so no single row can outgrow a page. */
const MAX_CELL = 600;

// The standard PDF fonts (Helvetica) encode text as WinAnsi: characters outside it are
// transliterated where Unicode knows a plain form (é stays é, ễ becomes e), otherwise shown as "?".
const WIN_ANSI_EXTRA = new Set([338, 339, 352, 353, 376, 381, 382, 402, 710, 732, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8240, 8249, 8250, 8364, 8482]);
const encodable = (code: number) => code === 10 || (code >= 32 && code <= 126) || (code >= 160 && code <= 255) || WIN_ANSI_EXTRA.has(code);

export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\u2212\u2010\u2011]/g, '-').replace(/[\t\u00a0\u2007\u202f]/g, ' ').replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0)!;
    if (encodable(code)) {
      out += ch;
      continue;
    }
    const plain = [...ch.normalize('NFKD')].filter((c) => encodable(c.codePointAt(0)!)).join('');
    out += plain || (code < 32 ? '' : '?');
  }
  return out;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The report as a PDF in the reader's words `w` (the document's own language for a published one). */
export async function renderPdf(doc: ShownDocument, w: Words, onProgress?: ExportProgress): Promise<Buffer> {
  const head = titleBlock(doc, w);
  const sections = outline(doc, w);
  const pdf = new PDFDocument({
    size: 'LETTER',
    margins: MARGIN,
    bufferPages: true,
    lang: w.f.locale,
    displayTitle: true,
    info: { Title: head.title, Author: head.networkName, Subject: w.t('report:export.subject', { period: head.period }), Creator: 'Needle' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const steps = sections.length + 2;
  const report = progressReporter(onProgress);
  report(0, w.t('report:export.step.startPdf'));
  titlePage(pdf, head);
  sections.forEach((section, i) => {
    const step = w.t('report:export.step.writing', { section: section.title });
    report((i + 1) / steps, step);
    heading1(pdf, section.title);
    section.blocks.forEach((block, j) => {
      drawBlock(pdf, block);
      report((i + 1 + (j + 1) / section.blocks.length) / steps, step);
    });
  });
  report((sections.length + 1) / steps, w.t('report:export.step.numbering'));
  footers(pdf, head.footer, w);
  pdf.end();
  const buffer = await done;
  report(1, w.t('report:export.step.pdfReady'));
  return buffer;
}

type Pdf = PDFKit.PDFDocument;

const bottom = (pdf: Pdf) => pdf.page.height - pdf.page.margins.bottom;

/** Starts a new page unless `height` still fits below the cursor. */
function ensureRoom(pdf: Pdf, height: number) {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function titlePage(pdf: Pdf, head: ReturnType<typeof titleBlock>) {
  const w = { width: CONTENT_WIDTH };
  pdf.font('Helvetica-Bold').fontSize(24).fillColor(INK).text(pdfSafe(head.title), MARGIN.left, MARGIN.top, { ...w, lineGap: 2 });
  pdf.moveDown(0.3);
  pdf.font('Helvetica').fontSize(14).fillColor(BODY).text(pdfSafe(head.networkName), w);
  pdf.moveDown(0.15);
  pdf.fontSize(12).text(pdfSafe(head.period), w);
  pdf.moveDown(0.15);
  pdf.font('Helvetica-Oblique').fontSize(10.5).fillColor(MUTED).text(pdfSafe(head.status), w);
  pdf.moveDown(0.6);
  pdf.moveTo(MARGIN.left, pdf.y).lineTo(MARGIN.left + CONTENT_WIDTH, pdf.y).lineWidth(1).strokeColor(RULE).stroke();
  pdf.moveDown(0.4);
}

function heading1(pdf: Pdf, text: string) {
  // Keep a heading with at least a few lines of what follows it.
  ensureRoom(pdf, 80);
  pdf.moveDown(0.8);
  pdf.outline.addItem(pdfSafe(text));
  pdf.font('Helvetica-Bold').fontSize(16).fillColor(INK).text(pdfSafe(text), MARGIN.left, pdf.y, { width: CONTENT_WIDTH });
  pdf.moveDown(0.35);
}

function heading2(pdf: Pdf, text: string) {
  ensureRoom(pdf, 64);
  pdf.moveDown(0.5);
  pdf.font('Helvetica-Bold').fontSize(12.5).fillColor(INK).text(pdfSafe(text), MARGIN.left, pdf.y, { width: CONTENT_WIDTH });
  pdf.moveDown(0.25);
}

const LINK = '#1d4ed8';

/** Light Markdown spans as one flowing text, switching font run by run. */
function spansText(pdf: Pdf, spans: Span[], x: number, y: number, width: number) {
  spans.forEach((s, i) => {
    const font = s.strong && s.em ? 'Helvetica-BoldOblique' : s.strong ? 'Helvetica-Bold' : s.em ? 'Helvetica-Oblique' : 'Helvetica';
    pdf.font(font).fillColor(s.href ? LINK : BODY);
    const options = { width, lineGap: 2.5, continued: i < spans.length - 1, underline: Boolean(s.href), link: s.href ?? null };
    if (i === 0) pdf.text(pdfSafe(s.text), x, y, options);
    else pdf.text(pdfSafe(s.text), options);
  });
}

function paragraph(pdf: Pdf, text: string, opts: { strong?: boolean; muted?: boolean; size?: number; spans?: Span[] } = {}) {
  if (opts.spans && opts.spans.length > 0) {
    pdf.fontSize(opts.size ?? BODY_SIZE);
    spansText(pdf, opts.spans, MARGIN.left, pdf.y, CONTENT_WIDTH);
    pdf.moveDown(0.5);
    return;
  }
  pdf
    .font(opts.strong ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(opts.size ?? BODY_SIZE)
    .fillColor(opts.muted ? MUTED : BODY)
    .text(pdfSafe(text), MARGIN.left, pdf.y, { width: CONTENT_WIDTH, lineGap: 2.5 });
  pdf.moveDown(0.5);
}

function bullets(pdf: Pdf, items: string[], spans?: Span[][]) {
  const indent = 16;
  pdf.font('Helvetica').fontSize(BODY_SIZE).fillColor(BODY);
  items.forEach((item, i) => {
    const text = pdfSafe(item);
    pdf.font('Helvetica');
    const h = pdf.heightOfString(text, { width: CONTENT_WIDTH - indent, lineGap: 2.5 });
    ensureRoom(pdf, Math.min(h, 3 * BODY_SIZE * 1.4));
    const y = pdf.y;
    pdf.circle(MARGIN.left + 5, y + BODY_SIZE * 0.45, 1.8).fill(BODY);
    const runs = spans?.[i];
    if (runs && runs.length > 0) spansText(pdf, runs, MARGIN.left + indent, y, CONTENT_WIDTH - indent);
    else pdf.fillColor(BODY).text(text, MARGIN.left + indent, y, { width: CONTENT_WIDTH - indent, lineGap: 2.5 });
    pdf.moveDown(0.25);
  });
  pdf.x = MARGIN.left;
  pdf.moveDown(0.3);
}

/** A table that breaks between rows, repeating its header on each new page. */
function table(pdf: Pdf, t: Table) {
  const pad = 4;
  const widths = t.columns.map((c) => c.width * CONTENT_WIDTH);
  const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const opts = (i: number) => ({ width: widths[i]! - 2 * pad, lineGap: 1.5 });
  const heightOf = (cells: string[], font: string) => {
    pdf.font(font).fontSize(TABLE_SIZE);
    return Math.max(...cells.map((c, i) => pdf.heightOfString(c || ' ', opts(i)))) + 2 * pad;
  };
  const drawRow = (cells: string[], y: number, h: number, header: boolean) => {
    if (header) pdf.rect(MARGIN.left, y, CONTENT_WIDTH, h).fill(HEADER_FILL);
    pdf.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(TABLE_SIZE).fillColor(header ? INK : BODY);
    cells.forEach((c, i) => pdf.text(c, xs[i]! + pad, y + pad, opts(i)));
    pdf
      .moveTo(MARGIN.left, y + h)
      .lineTo(MARGIN.left + CONTENT_WIDTH, y + h)
      .lineWidth(header ? 0.8 : 0.4)
      .strokeColor(RULE)
      .stroke();
  };
  const header = t.columns.map((c) => pdfSafe(c.header));
  const headerHeight = heightOf(header, 'Helvetica-Bold');
  const rows = t.rows.map((r) => r.map((c) => pdfSafe(clip(c, MAX_CELL))));
  const heights = rows.map((r) => heightOf(r, 'Helvetica'));
  ensureRoom(pdf, headerHeight + (heights[0] ?? 0));
  let y = pdf.y;
  drawRow(header, y, headerHeight, true);
  y += headerHeight;
  rows.forEach((row, i) => {
    const h = heights[i]!;
    if (y + h > bottom(pdf)) {
      pdf.addPage();
      y = pdf.page.margins.top;
      drawRow(header, y, headerHeight, true);
      y += headerHeight;
    }
    drawRow(row, y, h, false);
    y += h;
  });
  pdf.x = MARGIN.left;
  pdf.y = y;
  pdf.moveDown(0.8);
}

function chart(pdf: Pdf, block: Extract<Block, { kind: 'chart' }>) {
  const scale = CONTENT_WIDTH / CHART_BOX.width;
  const height = CHART_BOX.height * scale;
  ensureRoom(pdf, height + 40);
  const top = pdf.y + 4;
  pdf.save();
  pdf.translate(MARGIN.left, top).scale(scale);
  for (const mark of chartMarks(block.chart, { ...CHART_BOX, title: block.title, formatY: block.formatY, w: block.w })) drawMark(pdf, mark);
  pdf.restore();
  pdf.x = MARGIN.left;
  pdf.y = top + height + 6;
  paragraph(pdf, block.caption, { muted: true, size: 9 });
}

function stroke(pdf: Pdf, m: { stroke: string; strokeWidth: number; dash?: [number, number]; cap?: 'round' | 'butt' }) {
  pdf.lineWidth(m.strokeWidth).lineCap(m.cap ?? 'butt');
  if (m.dash) pdf.dash(m.dash[0], { space: m.dash[1] });
  pdf.stroke(m.stroke);
  pdf.undash();
}

function drawMark(pdf: Pdf, m: ChartMark) {
  switch (m.kind) {
    case 'rect':
      pdf.rect(m.x, m.y, m.width, m.height).fill(m.fill);
      return;
    case 'line':
      pdf.moveTo(m.x1, m.y1).lineTo(m.x2, m.y2);
      stroke(pdf, m);
      return;
    case 'path':
      pdf.path(m.d);
      stroke(pdf, m);
      return;
    case 'circle':
      pdf.lineWidth(m.strokeWidth).circle(m.cx, m.cy, m.r).fillAndStroke(m.fill, m.stroke);
      return;
    case 'polygon':
      pdf.lineWidth(m.strokeWidth).polygon(...m.points).fillAndStroke(m.fill, m.stroke);
      return;
    case 'text': {
      const text = pdfSafe(m.text);
      pdf.font(m.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(m.size).fillColor(m.fill);
      const w = pdf.widthOfString(text);
      const x = m.anchor === 'end' ? m.x - w : m.anchor === 'middle' ? m.x - w / 2 : m.x;
      pdf.text(text, x, m.y, { lineBreak: false, baseline: 'alphabetic' });
      return;
    }
  }
}

function drawBlock(pdf: Pdf, block: Block) {
  switch (block.kind) {
    case 'heading':
      return heading2(pdf, block.text);
    case 'paragraph':
      return paragraph(pdf, block.text, block);
    case 'bullets':
      return bullets(pdf, block.items, block.spans);
    case 'table':
      return table(pdf, block.table);
    case 'chart':
      return chart(pdf, block);
  }
}

function footers(pdf: Pdf, footer: string, w: Words) {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing below the bottom margin would start a new page; lift the margin while drawing.
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(pdfSafe(`${clip(footer, 90)} · ${w.t('report:export.page', { page: w.f.count(i - range.start + 1), count: w.f.count(range.count) })}`), MARGIN.left, PAGE.height - 44, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = margin;
  }
}

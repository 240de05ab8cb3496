import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table as WordTable,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { chartSvgMarkup } from '../../shared/chart/svg.ts';
import type { ShownDocument } from '../../shared/report/content.ts';
import type { Span } from '../../shared/text/light-markdown.ts';
import { outline, progressReporter, titleBlock, type Block, type Table } from './outline.ts';
import type { ExportProgress } from './pdf.ts';
import type { Words } from '../../shared/i18n/words.ts';

// The report as a Word document a facilitator can keep editing: real Heading 1/2 styles (so the
// navigation pane and a table of contents work), Word tables, Word bullet lists, page numbers as
// fields, and the chart as an SVG with a PNG fallback for Word before 2016.

/** US Letter in twentieths of a point, with one-inch margins. */
const PAGE = { width: 12240, height: 15840, margin: 1440 };
/** The text column in twips (6.5 in) and in the pixels (96 per inch) images are sized in. */
const COLUMN_TWIPS = PAGE.width - 2 * PAGE.margin;
const COLUMN_PX = (COLUMN_TWIPS / 1440) * 96;
const CHART_BOX = { width: 720, height: 340 };

/** Characters XML 1.0 cannot hold would make the file unreadable; line breaks become spaces. */
export function wordSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** The report as a Word document in the reader's words `w` (the document's own language for a published one). */
export async function renderDocx(doc: ShownDocument, w: Words, onProgress?: ExportProgress): Promise<Buffer> {
  const head = titleBlock(doc, w);
  const sections = outline(doc, w);
  const steps = sections.length + 2;
  const report = progressReporter(onProgress);
  report(0, w.t('report:export.step.startWord'));
  // "Page 2 of 5" in the reader's order of words, with Word's own fields for the two numbers.
  const [beforePage = '', between = '', afterCount = ''] = w.t('report:export.page', { page: '\u0000', count: '\u0000' }).split('\u0000');

  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(wordSafe(head.title))] }),
    new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: wordSafe(head.networkName), size: 28 })] }),
    new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: wordSafe(head.period), size: 24 })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: wordSafe(head.status), italics: true, color: '475569' })] }),
  ];
  sections.forEach((section, i) => {
    const step = w.t('report:export.step.writing', { section: section.title });
    report((i + 1) / steps, step);
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(wordSafe(section.title))] }));
    section.blocks.forEach((block, j) => {
      children.push(...wordBlock(block));
      report((i + 1 + (j + 1) / section.blocks.length) / steps, step);
    });
  });

  const document = new Document({
    creator: head.networkName,
    title: head.title,
    description: w.t('report:export.subject', { period: head.period }),
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: w.f.locale } } } },
      // Word's own style ids, restyled: a facilitator's edits and a table of contents keep working.
      paragraphStyles: [
        heading('Title', 'Title', 48, { before: 0, after: 120 }),
        heading('Heading1', 'Heading 1', 32, { before: 360, after: 120 }),
        heading('Heading2', 'Heading 2', 26, { before: 240, after: 80 }),
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${wordSafe(head.footer)} · ${beforePage}`, size: 17, color: '475569' }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 17, color: '475569' }),
                  new TextRun({ text: between, size: 17, color: '475569' }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 17, color: '475569' }),
                  ...(afterCount ? [new TextRun({ text: afterCount, size: 17, color: '475569' })] : []),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  report((sections.length + 1) / steps, w.t('report:export.step.packing'));
  const buffer = await Packer.toBuffer(document);
  report(1, w.t('report:export.step.wordReady'));
  return buffer;
}

function heading(id: string, name: string, size: number, spacing: { before: number; after: number }) {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size, bold: true, color: '0F172A', font: 'Calibri' },
    paragraph: { spacing, keepNext: true, keepLines: true },
  };
}

function wordBlock(block: Block): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(wordSafe(block.text))] })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: block.spans ? wordRuns(block.spans) : [new TextRun({ text: wordSafe(block.text), bold: block.strong, color: block.muted ? '475569' : undefined })],
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            bullet: { level: 0 },
            spacing: { after: i === block.items.length - 1 ? 160 : 40 },
            children: block.spans?.[i] ? wordRuns(block.spans[i]) : [new TextRun(wordSafe(item))],
          }),
      );
    case 'table':
      return [wordTable(block.table), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'chart':
      return chartImage(block);
  }
}

/** Light Markdown spans as Word runs: bold, italics, and links people can follow. */
function wordRuns(spans: Span[]): ParagraphChild[] {
  return spans.map((s) => {
    const run = new TextRun({ text: wordSafe(s.text), bold: s.strong, italics: s.em, ...(s.href && { style: 'Hyperlink' }) });
    return s.href ? new ExternalHyperlink({ link: s.href, children: [run] }) : run;
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: 'CBD5E1' };

function wordTable(t: Table): WordTable {
  const widths = t.columns.map((c) => Math.round(c.width * COLUMN_TWIPS));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: 'F1F5F9', color: 'auto' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ children: [new TextRun({ text: wordSafe(text), bold: header, size: 20 })] })],
    });
  return new WordTable({
    width: { size: COLUMN_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      // The header row repeats on every page the table runs onto; no row splits across pages.
      new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.header, i, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

/** The chart's SVG drawn to a PNG at twice its size, for Word processors without SVG. */
export function chartPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  });
  return Buffer.from(resvg.render().asPng());
}

function chartImage(block: Extract<Block, { kind: 'chart' }>): FileChild[] {
  const svg = chartSvgMarkup(block.chart, { ...CHART_BOX, title: block.title, formatY: block.formatY, w: block.w });
  const height = Math.round((COLUMN_PX * CHART_BOX.height) / CHART_BOX.width);
  const size = { width: Math.round(COLUMN_PX), height };
  return [
    new Paragraph({
      spacing: { before: 120, after: 60 },
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(svg, 'utf8'),
          transformation: size,
          altText: { name: wordSafe(block.title), title: wordSafe(block.title), description: wordSafe(block.caption) },
          fallback: { type: 'png', data: chartPng(svg, CHART_BOX.width * 2) },
        }),
      ],
    }),
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: wordSafe(block.caption), size: 18, color: '475569' })] }),
  ];
}

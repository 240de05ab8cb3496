import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { outline, titleBlock } from '../../server/exports/outline.ts';
import { shownDocument } from '../../shared/report/document.ts';
import { sampleReportDocument } from '../helpers/report-document.ts';

// The PDF and DOCX say the report's sentences in the reader's words: English as it always read,
// Spanish as a Spanish reader would write it, numbers and dates included.

const textOf = (doc: ReturnType<typeof sampleReportDocument>, lang: string, key: string) =>
  outline(shownDocument(doc), wordsFor(lang))
    .find((s) => s.key === key)!
    .blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'heading' ? [b.text] : []))
    .join('\n');

describe('a report’s outline in Spanish', () => {
  it('has the title block and section titles in Spanish, with Spanish dates', () => {
    const doc = sampleReportDocument();
    const head = titleBlock(shownDocument(doc), wordsFor('es'));
    expect(head.period).toBe('1 de septiembre – 30 de noviembre de 2026');
    expect(head.status).toMatch(/^Versión 2 publicada el \d+ de [a-z]+ de 2026$/);
    expect(outline(shownDocument(doc), wordsFor('es')).map((s) => s.title)).toContain('Reuniones y asistencia');
  });

  it('counts meetings, cycles and actions with Spanish plurals', () => {
    const doc = sampleReportDocument();
    const m = doc.content.meetings;
    const one = { ...doc, content: { ...doc.content, meetings: { ...m, held: 1, attendance: 1, people: 1, averageAttendance: 1 } } };
    expect(textOf(one, 'es', 'meetings')).toContain('Se realizó 1 reunión, con 1 registro de asistencia en total (un promedio de 1 por reunión); 1 persona asistió al menos una vez.');
    const many = { ...doc, content: { ...doc.content, meetings: { ...m, held: 4, attendance: 1200, people: 30, averageAttendance: 300 } } };
    expect(textOf(many, 'es', 'meetings')).toContain('Se realizaron 4 reuniones, con 1,200 registros de asistencia en total');
    expect(textOf(many, 'en', 'meetings')).toContain('4 meetings were held, with 1,200 sign-ins in all (an average of 300 per meeting); 30 different people attended at least once.');
    expect(textOf(doc, 'es', 'cycles')).toMatch(/^Se realizaron \d+ ciclos PDSA en este período; \d+ llegaron? a una decisión\./);
  });

  it('says the charter’s state in Spanish', () => {
    const doc = sampleReportDocument();
    const none = { ...doc, content: { ...doc.content, charter: { ratified: null, ratifiedInPeriod: false, pendingVersion: 2 } } };
    expect(textOf(none, 'es', 'charter')).toBe('Todavía no se ha ratificado ninguna versión del acta constitutiva. La versión 2 espera revisión.');
  });
});


describe('why a gap narrowed, in the PDF and DOCX', () => {
  const equityOf = (doc: ReturnType<typeof sampleReportDocument>, lang: string) => {
    const blocks = outline(shownDocument(doc), wordsFor(lang)).find((s) => s.key === 'indicator')!.blocks;
    const table = blocks.flatMap((b) => (b.kind === 'table' && b.table.columns.length === 5 ? [b.table] : []))[0]!;
    const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    return { trend: table.rows.map((r) => r[4]), paragraphs };
  };

  it('says it first, with its own headline, and the method after', () => {
    const doc = sampleReportDocument();
    const [race, income] = doc.content.indicator!.equity;
    const why = {
      improvement: false,
      headline: 'The gap is narrowing, but not the way we want',
      sentence: 'The gap closed because the group doing best got worse: White went from 61% to 52%.',
      method: 'To say why, each group’s median was compared.',
    };
    const withWhy = { ...doc, content: { ...doc.content, indicator: { ...doc.content.indicator!, equity: [{ ...race!, verdict: 'concern' as const, reading: 'best_slipped' as const, why }, income!] } } };
    const { trend, paragraphs } = equityOf(withWhy, 'en');
    expect(trend[0]).toBe('The gap is narrowing, but not the way we want');
    expect(paragraphs).toContain(`Race and ethnicity: ${why.sentence} ${race!.sentence} 2 group values were left out because the group is too small to show.`);
    expect(paragraphs).toContain(`How this was decided: ${why.method}`);
  });

  it('a report published before it was written says what it said', () => {
    const { trend, paragraphs } = equityOf(sampleReportDocument(), 'en');
    expect(trend[0]).toBe('The gap is narrowing');
    expect(paragraphs.some((p) => p.includes('To say why'))).toBe(false);
  });
});

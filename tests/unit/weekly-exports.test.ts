import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { outline } from '../../server/exports/outline.ts';
import { shownDocument } from '../../shared/report/document.ts';
import { sampleReportDocument } from '../helpers/report-document.ts';

// The PDF and DOCX caption a weekly indicator's chart in weeks, in the reader's language.

const captionOf = (frequency: 'weekly' | 'monthly' | 'quarterly', lang: string) => {
  const doc = sampleReportDocument();
  const weekly = { ...doc, content: { ...doc.content, indicator: { ...doc.content.indicator!, frequency } } };
  const chart = outline(shownDocument(weekly), wordsFor(lang))
    .find((s) => s.key === 'indicator')!
    .blocks.find((b) => b.kind === 'chart');
  return chart?.kind === 'chart' ? chart.caption : '';
};

describe('a weekly chart’s caption', () => {
  it('counts weeks, and says the measure is weekly', () => {
    expect(captionOf('weekly', 'en')).toMatch(/: 40 points over 40 weeks \(weekly\), /);
    expect(captionOf('weekly', 'es')).toMatch(/: 40 puntos en 40 semanas \(semanal\), /);
    expect(captionOf('monthly', 'en')).toMatch(/over 40 months \(monthly\)/);
    expect(captionOf('quarterly', 'en')).toMatch(/over 40 periods \(quarterly\)/);
  });
});

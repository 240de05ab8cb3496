import { wordsFor } from '../../server/i18n.ts';
import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../shared/format/formats.ts';
import { shownDocument } from '../../shared/report/document.ts';
import { titleBlock } from '../../server/exports/outline.ts';
import { sampleReportDocument } from '../helpers/report-document.ts';

const en = formatsFor('en-US');
const es = formatsFor('es-US');
const { day: formatDay, shortDay: formatShortDay, period: formatPeriod, momentDay: formatMomentDay, date: formatDate, dateTime: formatDateTime, time: formatTime, count: formatCount } = en;

// The test run pins TZ to America/Chicago, so "the reader's zone" below is Chicago.
const moment = Date.UTC(2026, 10, 24, 3, 30); // 9:30 PM on November 23 in Chicago

describe('calendar days', () => {
  it('reads a calendar day as written, whatever the time zone', () => {
    expect(formatDay('2026-01-01')).toBe('January 1, 2026');
  });
  it('has a short form for narrow columns', () => {
    expect(formatShortDay('2026-10-03')).toBe('Oct 3, 2026');
    expect(formatDay('2026-10-03', 'medium')).toBe('Oct 3, 2026');
  });
  it('leaves something that is not a date as written instead of failing', () => {
    expect(formatDay('someday')).toBe('someday');
  });
});

describe('report periods', () => {
  it('writes a period with its year once when both ends share it', () => {
    expect(formatPeriod({ from: '2026-09-01', to: '2026-11-30' })).toBe('September 1 – November 30, 2026');
  });
  it('writes both years when the period spans two', () => {
    expect(formatPeriod({ from: '2025-12-01', to: '2026-02-28' })).toBe('December 1, 2025 – February 28, 2026');
  });
  it('names the month at both ends of a period within one month', () => {
    expect(formatPeriod({ from: '2026-09-01', to: '2026-09-30' })).toBe('September 1 – September 30, 2026');
  });
  it('writes a one-day period as that day', () => {
    expect(formatPeriod({ from: '2026-03-05', to: '2026-03-05' })).toBe('March 5, 2026');
  });
  it('prints a one-day period in the PDF and DOCX as the page shows it', () => {
    const doc = sampleReportDocument();
    const oneDay = { ...doc, content: { ...doc.content, period: { ...doc.content.period, from: '2026-03-05', to: '2026-03-05' } } };
    const title = titleBlock(shownDocument(oneDay), wordsFor('en'));
    expect(title.period).toBe('March 5, 2026');
    expect(title.footer).toBe(`${doc.content.networkName} · March 5, 2026`);
  });
});

describe('moments', () => {
  it('reads in the given time zone', () => {
    expect(formatMomentDay(moment, 'America/Chicago')).toBe('November 23, 2026');
    expect(formatMomentDay(moment, 'Europe/Berlin')).toBe('November 24, 2026');
  });
  it('reads in the reader’s own zone when none is given', () => {
    expect(formatDate(new Date(moment))).toBe('Nov 23, 2026');
    expect(formatDateTime(moment).replace(/\s/g, ' ')).toBe('Nov 23, 2026, 9:30 PM');
    expect(formatTime(moment).replace(/\s/g, ' ')).toBe('9:30 PM');
  });
  it('reads an unknown time zone as UTC, the same for everyone', () => {
    expect(formatMomentDay(moment, 'Mars/Olympus')).toBe('November 24, 2026');
    expect(formatDateTime(moment, 'Mars/Olympus').replace(/\s/g, ' ')).toBe('Nov 24, 2026, 3:30 AM');
  });
});

describe('counts and plurals', () => {
  it('groups thousands', () => {
    expect(formatCount(1204)).toBe('1,204');
    expect(es.count(1204)).toBe('1,204'); // US Spanish groups as US English does
  });
  it('uses the singular for one and the plural otherwise, from the catalogue', () => {
    const { t } = wordsFor('en');
    expect(t('validation:import.tooManyValues', { values: 4, columns: 3 })).toContain('4 values');
    const es = wordsFor('es');
    expect([1, 2].map((count) => es.t('cycles:list.count.all', { count, n: String(count) }))).toEqual(['1 ciclo', '2 ciclos']);
  });
});

describe('in Spanish', () => {
  it('writes days, periods and moments as a Spanish reader in the US does', () => {
    expect(es.day('2026-09-01')).toBe('1 de septiembre de 2026');
    expect(es.period({ from: '2026-09-01', to: '2026-11-30' })).toBe('1 de septiembre – 30 de noviembre de 2026');
    expect(es.month('2025-03-01')).toBe('mar 2025');
  });
});

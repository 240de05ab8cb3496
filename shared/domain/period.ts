// The periods an indicator is measured in, as text keys that sort in time order: weekly '2025-W09'
// (an ISO 8601 week, Monday to Sunday), monthly '2025-03', quarterly '2025-Q1', school year
// '2024-25', annual '2025'.

import type { Words } from '../i18n/words.ts';
import { isoWeekOf, isoWeekStart, isoWeeksIn } from './iso-week.ts';

/**
 * Orders two keys written to sort in time order (these periods, calendar days 'YYYY-MM-DD') by their
 * characters. Not localeCompare: its first call builds ICU's collator, which held the network
 * home's first render on a phone for about 40 ms, and no language has a say in how dates sort.
 */
export const byTimeKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Shortest first: the order the definition form offers them in. */
export const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'school_year', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** How a period is written, for hints and error messages. */
export const PERIOD_EXAMPLES: Record<Frequency, string> = {
  weekly: '2025-W09',
  monthly: '2025-03',
  quarterly: '2025-Q1',
  school_year: '2024-25',
  annual: '2025',
};

const PATTERNS: Record<Frequency, RegExp> = {
  weekly: /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/,
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  school_year: /^(\d{4})-(\d{2})$/,
  annual: /^(\d{4})$/,
};

/** The period key for what a person typed ('2025 w9', '2025-3', '2025 q1', '2024-2025' …), or null. */
export function parsePeriod(text: string, frequency: Frequency): string | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, '-');
  if (frequency === 'weekly') {
    const m = /^(\d{4})-?W(\d{1,2})$/.exec(t);
    const week = Number(m?.[2]);
    return m && week >= 1 && week <= isoWeeksIn(Number(m[1])) ? `${m[1]}-W${String(week).padStart(2, '0')}` : null;
  }
  if (frequency === 'monthly') {
    const m = /^(\d{4})-(\d{1,2})$/.exec(t);
    return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]!.padStart(2, '0')}` : null;
  }
  if (frequency === 'quarterly') {
    const m = /^(\d{4})-?Q([1-4])$/.exec(t);
    return m ? `${m[1]}-Q${m[2]}` : null;
  }
  if (frequency === 'school_year') {
    const m = /^(\d{4})[-/](\d{2}|\d{4})$/.exec(t);
    if (!m) return null;
    const start = Number(m[1]);
    const end = Number(m[2]!.length === 4 ? m[2] : `${String(start + 1).slice(0, 2)}${m[2]}`);
    return end === start + 1 ? `${start}-${String(end).slice(2)}` : null;
  }
  return /^\d{4}$/.test(t) ? t : null;
}

export function isPeriod(key: string, frequency: Frequency): boolean {
  return PATTERNS[frequency].test(key) && parsePeriod(key, frequency) === key;
}


/** For people: 'Week of Mar 3, 2025', 'Mar 2025', 'Q1 2025', '2024–25', '2025' (in Spanish 'mar 2025', 'T1 2025'). */
export function periodLabel(key: string, frequency: Frequency, w: Words): string {
  if (frequency === 'weekly') return w.t('period.week', { monday: w.f.shortDay(periodStart(key, frequency)) });
  if (frequency === 'monthly') return w.f.month(`${key}-01`);
  if (frequency === 'quarterly') return w.t('period.quarter', { quarter: key.slice(6), year: key.slice(0, 4) });
  if (frequency === 'school_year') return `${key.slice(0, 4)}–${key.slice(5)}`;
  return key;
}

/**
 * The first day of the period, 'YYYY-MM-DD', for placing it on a time axis. A week starts on its
 * Monday, a school year on 1 August.
 */
export function periodStart(key: string, frequency: Frequency): string {
  const year = key.slice(0, 4);
  if (frequency === 'weekly') return isoWeekStart(Number(year), Number(key.slice(6)));
  if (frequency === 'monthly') return `${key}-01`;
  if (frequency === 'quarterly') return `${year}-${String((Number(key.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (frequency === 'school_year') return `${year}-08-01`;
  return `${year}-01-01`;
}

/** The period that contains a calendar date. */
export function periodOf(isoDate: string, frequency: Frequency): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (frequency === 'weekly') {
    // Around New Year a week belongs to the year its Thursday falls in: 2024-12-30 is in 2025-W01.
    const { year: weekYear, week } = isoWeekOf(isoDate);
    return `${weekYear}-W${String(week).padStart(2, '0')}`;
  }
  if (frequency === 'monthly') return isoDate.slice(0, 7);
  if (frequency === 'quarterly') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  if (frequency === 'school_year') {
    const start = month >= 8 ? year : year - 1;
    return `${start}-${String(start + 1).slice(2)}`;
  }
  return String(year);
}

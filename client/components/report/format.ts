import type { ReportPeriod } from '../../../shared/report/content.ts';

// Dates in a report read the same wherever the reader is: calendar days are formatted as written
// (UTC), moments (publication) in the report's own time zone.

const MONTH_DAY = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
const LONG = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** '2026-09-01' → 'September 1, 2026'. */
export const formatReportDay = (iso: string) => LONG.format(utc(iso));

/** 'September 1 – November 30, 2026'; the year twice only when the period spans two. */
export function formatPeriod(period: Pick<ReportPeriod, 'from' | 'to'>): string {
  const { from, to } = period;
  if (from === to) return formatReportDay(from);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${MONTH_DAY.format(utc(from))} – ${formatReportDay(to)}`;
  return `${formatReportDay(from)} – ${formatReportDay(to)}`;
}

/** A moment (epoch ms) as a day in the given time zone: 'November 23, 2026'. */
export function formatMoment(ms: number, timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone }).format(new Date(ms));
  } catch {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date(ms));
  }
}

export const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

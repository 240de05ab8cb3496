import { LOCALE } from './locale.ts';

// Two kinds of date. A calendar day ('YYYY-MM-DD': a target date, a meeting, a report's period) has
// no time zone, so it reads as written wherever it is read. A moment (a save, a publication) reads
// in a time zone: the one given, or the reader's own when none is.

const formats = new Map<string, Intl.DateTimeFormat>();

function format(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${JSON.stringify(options)} ${timeZone ?? ''}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone })));
  return f;
}

/** A moment in a time zone; a zone this platform does not know reads as UTC, the same for everyone. */
function inZone(options: Intl.DateTimeFormatOptions, moment: Date | number, timeZone: string | undefined): string {
  try {
    return format(options, timeZone).format(moment);
  } catch {
    return format(options, 'UTC').format(moment);
  }
}

const calendarDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** '2026-09-01' → 'September 1, 2026', or 'Sep 1, 2026' for narrow columns; anything else as written. */
export function formatDay(iso: string, style: 'long' | 'medium' = 'long'): string {
  const d = calendarDay(iso);
  return Number.isNaN(d.getTime()) ? iso : format({ dateStyle: style }, 'UTC').format(d);
}

/** 'Sep 1, 2026': a calendar day where room is short. */
export const formatShortDay = (iso: string) => formatDay(iso, 'medium');

/**
 * 'September 1 – November 30, 2026': the year once when both ends share it, both years when the
 * period spans two, and a one-day period as that day.
 */
export function formatPeriod({ from, to }: { from: string; to: string }): string {
  if (from === to) return formatDay(from);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${format({ month: 'long', day: 'numeric' }, 'UTC').format(calendarDay(from))} – ${formatDay(to)}`;
  return `${formatDay(from)} – ${formatDay(to)}`;
}

/** The calendar day a moment fell on in the time zone: 'November 23, 2026'. */
export const formatMomentDay = (moment: Date | number, timeZone?: string) => inZone({ dateStyle: 'long' }, moment, timeZone);

/** 'Sep 3, 2026' for a moment. */
export const formatDate = (moment: Date | number, timeZone?: string) => inZone({ dateStyle: 'medium' }, moment, timeZone);

/** 'Sep 3, 2026, 2:05 PM'. */
export const formatDateTime = (moment: Date | number, timeZone?: string) => inZone({ dateStyle: 'medium', timeStyle: 'short' }, moment, timeZone);

/** '2:05 PM'. */
export const formatTime = (moment: Date | number, timeZone?: string) => inZone({ timeStyle: 'short' }, moment, timeZone);

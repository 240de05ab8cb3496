// Dates and numbers as a reader of one locale writes them, through Intl.
//
// Two kinds of date. A calendar day ('YYYY-MM-DD': a target date, a meeting, a report's period) has
// no time zone, so it reads as written wherever it is read. A moment (a save, a publication) reads
// in a time zone: the one given, or the reader's own when none is.

import { countIn } from './count.ts';

export type Formats = ReturnType<typeof makeFormats>;

const byLocale = new Map<string, Formats>();

/** The formats of a locale ('en-US', 'es-US'), made once and kept. */
export function formatsFor(locale: string): Formats {
  let f = byLocale.get(locale);
  if (!f) byLocale.set(locale, (f = makeFormats(locale)));
  return f;
}

const calendarDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

function makeFormats(locale: string) {
  const cache = new Map<string, Intl.DateTimeFormat>();
  function format(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormat {
    const key = `${JSON.stringify(options)} ${timeZone ?? ''}`;
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
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

  /** '2026-09-01' → 'September 1, 2026', or 'Sep 1, 2026' for narrow columns; anything else as written. */
  function day(iso: string, style: 'long' | 'medium' = 'long'): string {
    const d = calendarDay(iso);
    return Number.isNaN(d.getTime()) ? iso : format({ dateStyle: style }, 'UTC').format(d);
  }

  return {
    locale,
    day,
    /** 'Sep 1, 2026': a calendar day where room is short. */
    shortDay: (iso: string) => day(iso, 'medium'),
    /**
     * 'September 1 – November 30, 2026': the year once when both ends share it, both years when the
     * period spans two, and a one-day period as that day. (Intl's formatRange would join with thin
     * spaces the PDF fonts lack, and fold a shared month away.)
     */
    period({ from, to }: { from: string; to: string }): string {
      if (from === to) return day(from);
      if (from.slice(0, 4) === to.slice(0, 4)) return `${format({ month: 'long', day: 'numeric' }, 'UTC').format(calendarDay(from))} – ${day(to)}`;
      return `${day(from)} – ${day(to)}`;
    },
    /** The calendar day a moment fell on in the time zone: 'November 23, 2026'. */
    momentDay: (moment: Date | number, timeZone?: string) => inZone({ dateStyle: 'long' }, moment, timeZone),
    /** 'Sep 3, 2026' for a moment. */
    date: (moment: Date | number, timeZone?: string) => inZone({ dateStyle: 'medium' }, moment, timeZone),
    /** 'Sep 3, 2026, 2:05 PM'. */
    dateTime: (moment: Date | number, timeZone?: string) => inZone({ dateStyle: 'medium', timeStyle: 'short' }, moment, timeZone),
    /** '2:05 PM'. */
    time: (moment: Date | number, timeZone?: string) => inZone({ timeStyle: 'short' }, moment, timeZone),
    /** 'Mar 2025' for the month a calendar day falls in. */
    month: (iso: string) => format({ month: 'short', year: 'numeric' }, 'UTC').format(calendarDay(iso)),
    /** '1,204'; a fraction keeps at most two digits. */
    count: (n: number) => countIn(locale, n),
  };
}

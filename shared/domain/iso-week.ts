// ISO 8601 weeks: Monday to Sunday, numbered within the year their Thursday falls in, so week 1 is
// the week holding 4 January and a year has 52 weeks, or 53 when it starts on a Thursday (or on a
// Wednesday in a leap year). Calendar days are 'YYYY-MM-DD' read in UTC, with no time zone.

const DAY = 86_400_000;

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** Date.UTC, without its reading of years 0–99 as 1900–1999. */
const ymd = (year: number, monthIndex: number, day: number) => new Date(0).setUTCFullYear(year, monthIndex, day);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** 1 for Monday … 7 for Sunday. */
const weekday = (ms: number) => new Date(ms).getUTCDay() || 7;

/** The Monday of week 1: the Monday on or before 4 January. */
function firstMonday(year: number): number {
  const jan4 = ymd(year, 0, 4);
  return jan4 - (weekday(jan4) - 1) * DAY;
}

/** 52, or 53 for a year whose 28 December (always in the last week) falls in week 53. */
export function isoWeeksIn(year: number): number {
  return isoWeekOf(isoDay(ymd(year, 11, 28))).week;
}

/** The Monday of a week, 'YYYY-MM-DD'. */
export function isoWeekStart(year: number, week: number): string {
  return isoDay(firstMonday(year) + (week - 1) * 7 * DAY);
}

/** The week-numbering year and week of a calendar day. */
export function isoWeekOf(isoDate: string): { year: number; week: number } {
  const day = utc(isoDate);
  const thursday = day + (4 - weekday(day)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: Math.floor((thursday - firstMonday(year)) / (7 * DAY)) + 1 };
}

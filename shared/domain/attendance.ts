/**
 * A meeting's attendance: the members marked present, the guests added by name at the door and
 * the guests only counted. A named guest is one person, never also in the count.
 */
export function attendanceOf(m: { attendees: number; guestCount: number; namedGuests: number }): number {
  return m.attendees + m.namedGuests + m.guestCount;
}

/** How many meetings each side of the comparison takes: the latest few against the few before. */
export const TREND_MEETINGS = 3;

export type AttendanceTrend = {
  /** Average attendance of the latest meetings (up to three), or null with none held. */
  recent: number | null;
  /** Average of the (up to three) meetings before those, or null when there were none. */
  before: number | null;
  /** Null until there is something to compare. */
  trend: 'rising' | 'steady' | 'falling' | null;
};

const average = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Is attendance rising or falling? The average of the latest three meetings against the three
 * before. A change under a tenth of the earlier average, or under one person, is steady: one
 * family more or less at a meeting of twelve is not a trend.
 */
export function attendanceTrend(newestFirst: readonly number[]): AttendanceTrend {
  const recent = average(newestFirst.slice(0, TREND_MEETINGS));
  const before = average(newestFirst.slice(TREND_MEETINGS, 2 * TREND_MEETINGS));
  if (recent === null || before === null) return { recent, before, trend: null };
  const change = recent - before;
  const trend = Math.abs(change) < Math.max(1, before / 10) ? 'steady' : change > 0 ? 'rising' : 'falling';
  return { recent, before, trend };
}

/**
 * The attendees after a form's save: its own changes (ticked, unticked since it was opened)
 * applied to the list as it is now, so members who checked themselves in meanwhile stay.
 */
export function mergedAttendees(now: readonly string[], seen: readonly string[], mine: readonly string[]): string[] {
  const seenSet = new Set(seen);
  const mineSet = new Set(mine);
  const unticked = new Set(seen.filter((id) => !mineSet.has(id)));
  return [...new Set([...now.filter((id) => !unticked.has(id)), ...mine.filter((id) => !seenSet.has(id))])];
}

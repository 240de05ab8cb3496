// Two reports for the same days tell the board the same story twice, or two different stories.
// Overlap is allowed (a quarterly and a yearly report both cover March), so this only warns.

type Period = { from: string; to: string };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The reports whose period shares at least one day with `period`, leaving out `exceptId`. */
export function overlappingReports<R extends Period & { id: number }>(period: Period, reports: readonly R[], exceptId?: number): R[] {
  if (!DAY.test(period.from) || !DAY.test(period.to) || period.from > period.to) return [];
  return reports.filter((r) => r.id !== exceptId && r.from <= period.to && period.from <= r.to);
}

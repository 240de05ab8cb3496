// Rules of the backbone dashboard that no network page has: which days are "this quarter", and how
// long a network has been quiet.

/** The calendar quarter holding `today` ('YYYY-MM-DD'), first and last day, compared as text. */
export function quarterOf(today: string): { from: string; to: string } {
  const year = today.slice(0, 4);
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const first = String(q * 3 + 1).padStart(2, '0');
  const last = String(q * 3 + 3).padStart(2, '0');
  const lastDay = new Date(Date.UTC(Number(year), q * 3 + 3, 0)).getUTCDate();
  return { from: `${year}-${first}-01`, to: `${year}-${last}-${String(lastDay).padStart(2, '0')}` };
}

/** Whole days from `at` to `now` (0 the same day; never negative for a clock a little ahead). */
export function daysSince(at: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - at.getTime()) / 86_400_000));
}

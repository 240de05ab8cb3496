// "Offline — as of 2:05 PM": which moment the answers on screen date from, and how to say it.

/** What the marker needs to know of one cached answer. */
export type ShownAnswer = {
  /** When the answer arrived from the server (0 when it never did). */
  updatedAt: number;
  /** Some screen on display reads it now. */
  active: boolean;
  /** It is never refetched once read (who may set up the site): its age says nothing about the screen's data. */
  neverStale: boolean;
};

/**
 * The oldest answer on screen: the whole screen is at least that fresh, and a person deciding on
 * it should see the weakest claim, not the newest. Answers no screen reads, answers that never
 * arrived and answers that never go stale do not count. Null when nothing on screen counts.
 */
export function oldestShown(answers: Iterable<ShownAnswer>): number | null {
  let oldest: number | null = null;
  for (const a of answers) {
    if (!a.active || a.neverStale || a.updatedAt <= 0) continue;
    if (oldest === null || a.updatedAt < oldest) oldest = a.updatedAt;
  }
  return oldest;
}

/** A time alone when it was today on this device ("2:05 PM"); with its date from any other day. */
export function asOfStyle(asOf: number, now: number): 'time' | 'dateTime' {
  const a = new Date(asOf);
  const b = new Date(now);
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate() ? 'time' : 'dateTime';
}

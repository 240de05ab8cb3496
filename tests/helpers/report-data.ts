import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../server/context.ts';
import { localDate } from '../../shared/report/zone.ts';
import type { CycleFields } from '../../shared/schemas/cycle.ts';
import { cycleFields } from './cycles.ts';
import type { Scene } from './scene.ts';
import { callerFor } from './trpc.ts';

// Data for report tests, dated around today: actions and status changes are stamped with the
// real clock, so a fixed calendar period would drift out from under them.

const TZ = 'America/Chicago';
const DAY = 86_400_000;

/** The calendar date `n` days from today in Chicago. */
export const day = (n: number) => localDate(Date.now() + n * DAY, TZ);

/** A period from 30 days ago to 30 days ahead: today is inside it, so facts are read as of today. */
export const period = () => ({ from: day(-30), to: day(30), timeZone: TZ });

/** The last `count` months up to this one, oldest first ('YYYY-MM'). */
export function recentMonths(count: number): string[] {
  const [y, m] = day(0).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

export const wholeRow = (p: string, numerator: number, denominator: number, groupId: number | null = null) => ({ period: p, groupId, value: null, numerator, denominator, note: '' });

/** A cycle in network A that `owner` (a member of A) creates and owns. */
export async function cycleIn(s: Scene, owner: SessionUser, extra: Partial<CycleFields>) {
  const created = await callerFor(s.db, owner).cycle.create({ networkId: s.networkA, clientId: randomUUID(), rampId: null, ...cycleFields(owner.id, extra) });
  return created.id;
}

/** A report on `period()` in network A, created by the facilitator. */
export async function reportOnPeriod(s: Scene, title = 'Board update') {
  const { id } = await callerFor(s.db, s.facilitator).report.create({ networkId: s.networkA, title, ...period() });
  return { networkId: s.networkA, reportId: id };
}

/** A full draft save for `reportOnPeriod`: override what the test changes. */
export function saveOf(
  ref: { networkId: number; reportId: number },
  version: number,
  extra: Partial<{ title: string; narrative: { highlights: string; challenges: string; asks: string }; featuredCycleIds: number[] }> = {},
) {
  return { ...ref, version, title: 'Board update', ...period(), narrative: { highlights: '', challenges: '', asks: '' }, featuredCycleIds: [], hidden: [], ...extra };
}

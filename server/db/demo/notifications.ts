// The services notify people as the demo's story is written, all in the minute it loads. A bell
// with 150 unread notifications from "just now" tells no story, so each is moved to the day its
// event happened in the story, and what is more than a week old is marked read, as its reader
// would have.
import { eq, lt, max } from 'drizzle-orm';
import { addDays } from '../../../shared/domain/needs-you.ts';
import type { Db } from '../client.ts';
import { notification, pdsaCycle, reportVersion } from '../schema.ts';
import { storyTime } from './story-time.ts';

const DAY = 86_400_000;
const READ_AFTER_DAYS = 7;

/** The day a cycle reached each stage, from its own dates: its test runs from start to end. */
const STAGE_DAY: Record<string, (start: string, end: string) => string> = {
  do: (start) => start,
  study: (_, end) => end,
  act: (_, end) => addDays(end, 2),
  done: (_, end) => addDays(end, 3),
};

export function dateDemoNotifications(db: Db, now = new Date()): void {
  const idIn = (link: string) => Number(link.split('/').pop());
  const rows = db.select({ id: notification.id, event: notification.event, detail: notification.detail, link: notification.link }).from(notification).all();
  for (const n of rows) {
    let at: Date | null = null;
    if (n.event === 'cycle_stage') {
      const cycle = db.select({ start: pdsaCycle.startDate, end: pdsaCycle.endDate }).from(pdsaCycle).where(eq(pdsaCycle.id, idIn(n.link))).get();
      const day = cycle?.start && cycle.end ? STAGE_DAY[String(n.detail.stage)]?.(cycle.start, cycle.end) : undefined;
      if (day) at = storyTime(`${day} 17:00`);
    } else if (n.event === 'report_published') {
      at = db.select({ at: max(reportVersion.publishedAt) }).from(reportVersion).where(eq(reportVersion.reportId, idIn(n.link))).get()?.at ?? null;
    }
    if (at) db.update(notification).set({ createdAt: new Date(Math.min(at.getTime(), now.getTime())) }).where(eq(notification.id, n.id)).run();
  }
  const weekAgo = new Date(now.getTime() - READ_AFTER_DAYS * DAY);
  for (const n of db.select({ id: notification.id, createdAt: notification.createdAt }).from(notification).where(lt(notification.createdAt, weekAgo)).all()) {
    db.update(notification).set({ readAt: new Date(n.createdAt.getTime() + DAY) }).where(eq(notification.id, n.id)).run();
  }
}

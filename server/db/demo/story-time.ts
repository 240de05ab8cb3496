// The demo is written through the services, which stamp everything with the moment it runs. Its
// charter, plan and progress notes belong to dates inside the demo's own story (reports read
// them "as they stood at the period's end"), so each step is re-dated to the day it happened.
import { gt, gte, max } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { actionNote, actionPlan, auditLog, charterReview, charterVersion, driverNode, notification, planAction, planReview } from '../schema.ts';

// Every table a charter or plan step writes to; `at` is the audit log's name for its creation time.
const CREATED = [charterVersion, charterReview, driverNode, planAction, actionNote, planReview, notification] as const;
const UPDATED = [driverNode, planAction] as const;

/** A wall-clock time in the partnership's own time zone (US Central), e.g. on('2026-02-10 17:30'). */
export function storyTime(local: string): Date {
  const [date, time = '12:00'] = local.split(' ');
  // Central time is UTC−6 in winter and UTC−5 in summer; the exact hour does not matter to the
  // story, only the day, so noon-ish hours keep every step on its day in either offset.
  const month = Number(date!.slice(5, 7));
  const offset = month >= 4 && month <= 10 ? '-05:00' : '-06:00';
  return new Date(`${date}T${time}:00${offset}`);
}

/** Runs `step` and dates every row it created (and every row it changed) at `when`. */
export function on<T>(db: Db, when: string, step: () => T): T {
  const at = storyTime(when);
  const before = CREATED.map((t) => db.select({ id: max(t.id) }).from(t).get()?.id ?? 0);
  const beforeAudit = db.select({ id: max(auditLog.id) }).from(auditLog).get()?.id ?? 0;
  const started = new Date(Date.now() - 1);
  const result = step();
  CREATED.forEach((t, i) => db.update(t).set({ createdAt: at }).where(gt(t.id, before[i]!)).run());
  for (const t of UPDATED) db.update(t).set({ updatedAt: at }).where(gte(t.updatedAt, started)).run();
  db.update(actionPlan).set({ updatedAt: at }).where(gte(actionPlan.updatedAt, started)).run();
  db.update(auditLog).set({ at }).where(gt(auditLog.id, beforeAudit)).run();
  return result;
}

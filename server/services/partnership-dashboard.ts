import { and, asc, count, eq, gte, inArray, lte, max, sql } from 'drizzle-orm';
import { attendanceOf, attendanceTrend, TREND_MEETINGS } from '../../shared/domain/attendance.ts';
import { daysSince, quarterOf } from '../../shared/domain/backbone.ts';
import { charterStatus, type CharterReviewEvent } from '../../shared/domain/charter.ts';
import { hasNextCycle, summarizeFidelity } from '../../shared/domain/cycle.ts';
import { isOverdue, localToday, planState, type PlanReviewEvent } from '../../shared/domain/plan.ts';
import type { Words } from '../../shared/i18n/words.ts';
import { formatValue } from '../../shared/indicator/format.ts';
import { overviewOf } from '../../shared/indicator/overview.ts';
import { groupBy } from '../../shared/group-by.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { actionPlan, auditLog, charterReview, charterVersion, indicator, meeting, meetingAttendee, network, pdsaCycle, planAction, planReview } from '../db/schema.ts';
import { cycleDate, fidelityColumns } from './cycle-list.ts';
import { measurementsOf } from './measures.ts';
import { latestPublications } from './reports.ts';

// The backbone's view across networks: one row per network, each number worked out by the rule its
// network's own page uses. Every table is read once for all networks (grouped, or filtered to what
// the rows need), never once per network, so a movement of hundreds of networks stays one quick call.

/** Every network's outcome: the verdict the indicator page opens with, and its whole-population values. */
function outcomes(db: Db, w: Words) {
  const inds = db.select().from(indicator).where(eq(indicator.kind, 'outcome')).all();
  const rows = inds.length ? measurementsOf(db, inds.map((i) => i.id), { wholeOnly: true }) : new Map();
  return new Map(
    inds.map((ind) => {
      const overview = overviewOf({ ...ind, dimensions: [] }, rows.get(ind.id) ?? [], ind, w);
      // Only the ends are written out (for the sparkline's name): formatting every value costs more than the analysis.
      const end = (r: (typeof overview.rows)[number] | undefined) => r && { label: r.label, shown: formatValue(ind, r.value, w) };
      const ends = overview.rows.length ? { first: end(overview.rows[0])!, last: end(overview.rows.at(-1))! } : null;
      return [ind.networkId, { name: ind.name, verdict: overview.verdict.verdict, sentence: overview.verdict.sentence, values: overview.rows.map((r) => r.value), ends }] as const;
    }),
  );
}

/** Cycles dated this quarter, and their method fidelity as the cycles page sums it. */
function cyclesThisQuarter(db: Db, today: string) {
  const { from, to } = quarterOf(today);
  const rows = db
    .select({
      networkId: pdsaCycle.networkId,
      ...fidelityColumns,
    })
    .from(pdsaCycle)
    // Naming the networks lets SQLite seek each one's days in the cycle-date index instead of
    // reading every cycle ever logged.
    .where(and(inArray(pdsaCycle.networkId, db.select({ id: network.id }).from(network)), gte(cycleDate, from), lte(cycleDate, to)))
    .all();
  // Whether a cycle was carried on depends on its ramp's later cycles, this quarter or not.
  const rampIds = [...new Set(rows.flatMap((r) => (r.rampId === null ? [] : [r.rampId])))];
  const lastInRamp = new Map(
    rampIds.length
      ? db.select({ rampId: pdsaCycle.rampId, last: max(pdsaCycle.rampNumber) }).from(pdsaCycle).where(inArray(pdsaCycle.rampId, rampIds)).groupBy(pdsaCycle.rampId).all().map((r) => [r.rampId!, r.last ?? 0])
      : [],
  );
  const byNetwork = groupBy(rows, (r) => r.networkId);
  return (networkId: number) => summarizeFidelity((byNetwork.get(networkId) ?? []).map((r) => ({ ...r, hasNextCycle: hasNextCycle(r, lastInRamp) })));
}

/** Where each plan stands in review, and how many of its actions are overdue. */
function plans(db: Db, today: string) {
  const versions = new Map(db.select({ networkId: actionPlan.networkId, version: actionPlan.version }).from(actionPlan).all().map((p) => [p.networkId, p.version]));
  const events = groupBy(
    db.select({ networkId: planReview.networkId, kind: planReview.kind, planVersion: planReview.planVersion }).from(planReview).orderBy(asc(planReview.id)).all(),
    (e) => e.networkId,
  );
  // Only actions that can be overdue are read; isOverdue, the plan pages' rule, decides.
  const late = db
    .select({ networkId: planAction.networkId, dueDate: planAction.dueDate, status: planAction.status })
    .from(planAction)
    .where(sql`${planAction.dueDate} < ${today}`)
    .all()
    .filter((a) => isOverdue(a, today));
  const overdue = new Map<number, number>();
  for (const a of late) overdue.set(a.networkId, (overdue.get(a.networkId) ?? 0) + 1);
  return (networkId: number) => ({
    state: planState((events.get(networkId) ?? []) as PlanReviewEvent[], versions.get(networkId) ?? 0),
    overdue: overdue.get(networkId) ?? 0,
  });
}

/** Where each charter stands: its newest version against its review history. */
function charters(db: Db) {
  const latest = new Map(
    db.select({ networkId: charterVersion.networkId, n: max(charterVersion.number) }).from(charterVersion).groupBy(charterVersion.networkId).all().map((r) => [r.networkId, r.n ?? 0]),
  );
  const reviews = groupBy(
    db.select({ networkId: charterReview.networkId, version: charterReview.versionNumber, decision: charterReview.decision }).from(charterReview).orderBy(asc(charterReview.id)).all(),
    (r) => r.networkId,
  );
  return (networkId: number) => charterStatus(latest.get(networkId) ?? 0, (reviews.get(networkId) ?? []) as CharterReviewEvent[]);
}

/** Each network's most recently published report, under the title it was published with. */
function lastReports(db: Db) {
  const last = new Map<number, { title: string; publishedAt: Date }>();
  for (const p of latestPublications(db).values()) {
    const seen = last.get(p.networkId);
    if (!seen || p.publishedAt > seen.publishedAt) last.set(p.networkId, { title: p.title, publishedAt: p.publishedAt });
  }
  return last;
}

/** The latest six meetings held by today in each network, newest first, with their attendance. */
function attendance(db: Db, today: string) {
  const ranked = db
    .select({
      id: meeting.id,
      networkId: meeting.networkId,
      guestCount: meeting.guestCount,
      // Spelled out: inside a select list drizzle leaves columns unqualified, and "id" would be the guest's.
      namedGuests: sql<number>`(select count(*) from "meeting_guest" as "g" where "g"."meeting_id" = "meeting"."id")`.as('named_guests'),
      place: sql<number>`row_number() over (partition by ${meeting.networkId} order by ${meeting.date} desc, ${meeting.id} desc)`.as('place'),
    })
    .from(meeting)
    .where(lte(meeting.date, today))
    .as('ranked');
  const rows = db
    .select({ networkId: ranked.networkId, guestCount: ranked.guestCount, namedGuests: ranked.namedGuests, attendees: count(meetingAttendee.userId) })
    .from(ranked)
    .leftJoin(meetingAttendee, eq(meetingAttendee.meetingId, ranked.id))
    .where(lte(ranked.place, 2 * TREND_MEETINGS))
    .groupBy(ranked.id)
    .orderBy(asc(ranked.networkId), asc(ranked.place))
    .all();
  const byNetwork = groupBy(rows, (r) => r.networkId);
  return (networkId: number) => attendanceTrend((byNetwork.get(networkId) ?? []).map(attendanceOf));
}

/** When each network last saw activity: its newest audit row. */
function lastActivity(db: Db) {
  const newest = db.select({ id: max(auditLog.id) }).from(auditLog).where(sql`${auditLog.networkId} is not null`).groupBy(auditLog.networkId);
  return new Map(
    db
      .select({ networkId: auditLog.networkId, at: auditLog.at })
      .from(auditLog)
      .where(inArray(auditLog.id, newest))
      .all()
      .map((r) => [r.networkId!, r.at]),
  );
}

/** The dashboard's rows, every network of every status, by name. */
export function partnershipNetworks(db: Db, _actor: SessionUser, w: Words, now = new Date()) {
  const today = localToday(now);
  const networks = db
    .select({ id: network.id, name: network.name, slug: network.slug, outcomeArea: network.outcomeArea, status: network.status })
    .from(network)
    .orderBy(asc(network.name), asc(network.id))
    .all();
  if (networks.length === 0) return { quarter: quarterOf(today), networks: [] };
  const outcome = outcomes(db, w);
  const fidelity = cyclesThisQuarter(db, today);
  const plan = plans(db, today);
  const charter = charters(db);
  const report = lastReports(db);
  const trend = attendance(db, today);
  const active = lastActivity(db);
  return {
    quarter: quarterOf(today),
    networks: networks.map((n) => {
      const at = active.get(n.id) ?? null;
      return {
        ...n,
        outcome: outcome.get(n.id) ?? null,
        cycles: fidelity(n.id),
        plan: plan(n.id),
        charter: charter(n.id),
        report: report.get(n.id) ?? null,
        attendance: trend(n.id),
        lastActivityAt: at,
        daysSinceActivity: at === null ? null : daysSince(at, now),
      };
    }),
  };
}

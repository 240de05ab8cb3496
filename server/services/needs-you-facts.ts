import { and, asc, eq, gte, inArray, isNotNull, lt, lte, ne, notInArray, or, sql } from 'drizzle-orm';
import { addDays, ACTION_HORIZON_DAYS, MEETING_NOTES_WINDOW_DAYS, needsYou, type NeedsYouFacts, type NeedsYouItem } from '../../shared/domain/needs-you.ts';
import { roleAtLeast } from '../../shared/domain/permissions.ts';
import { localToday } from '../../shared/domain/plan.ts';
import type { NetworkRole } from '../../shared/schemas/membership.ts';
import { actionPlan, charterReview, charterVersion, meeting, pdsaCycle, planAction, planReview, report } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { groupBy } from '../../shared/group-by.ts';

export type PersonInNetwork = { networkId: number; slug: string; role: NetworkRole | null };

const dayOf = (moment: Date) => localToday(moment);

const byNetwork = <T extends { networkId: number }>(rows: readonly T[]) => groupBy(rows, (row) => row.networkId);

/**
 * What needs one person in each of the given networks. A fixed number of set-based queries
 * whatever the number of networks: each reads only the networks where the person's role makes it
 * matter (a lead's charter, a facilitator's reports), and the rules run on the rows in memory.
 */
export function needsYouIn(db: DbOrTx, userId: string, networks: readonly PersonInNetwork[], now = new Date()): Map<number, NeedsYouItem[]> {
  const today = localToday(now);
  const all = networks.filter((n) => n.role !== null).map((n) => n.networkId);
  const leads = networks.filter((n) => n.role === 'lead').map((n) => n.networkId);
  const overseen = networks.filter((n) => n.role !== null && roleAtLeast(n.role, 'facilitator')).map((n) => n.networkId);
  const result = new Map<number, NeedsYouItem[]>(networks.map((n) => [n.networkId, []]));
  if (all.length === 0) return result;

  const charterLatest = leads.length
    ? db
        .select({ networkId: charterVersion.networkId, number: charterVersion.number, createdAt: charterVersion.createdAt })
        .from(charterVersion)
        .where(
          and(
            inArray(charterVersion.networkId, leads),
            sql`${charterVersion.number} = (select max(c2.number) from charter_version c2 where c2.network_id = "charter_version"."network_id")`,
          ),
        )
        .all()
    : [];
  const charterReviews = leads.length
    ? db
        .select({ networkId: charterReview.networkId, version: charterReview.versionNumber, decision: charterReview.decision })
        .from(charterReview)
        .where(inArray(charterReview.networkId, leads))
        .orderBy(asc(charterReview.id))
        .all()
    : [];
  // Only the last review decides where the plan stands.
  const planRows = overseen.length
    ? db
        .select({ networkId: actionPlan.networkId, version: actionPlan.version, kind: planReview.kind, planVersion: planReview.planVersion, at: planReview.createdAt })
        .from(actionPlan)
        .innerJoin(planReview, eq(planReview.networkId, actionPlan.networkId))
        .where(and(inArray(actionPlan.networkId, overseen), sql`${planReview.id} = (select max(p2.id) from plan_review p2 where p2.network_id = ${actionPlan.networkId})`))
        .all()
    : [];
  const reports = overseen.length
    ? db
        .select({ id: report.id, networkId: report.networkId, title: report.title, periodTo: report.periodTo })
        .from(report)
        .where(
          and(
            inArray(report.networkId, overseen),
            lt(report.periodTo, today),
            sql`not exists (select 1 from report_version rv where rv.report_id = "report"."id")`,
          ),
        )
        .all()
    : [];
  const meetings = overseen.length
    ? db
        .select({ id: meeting.id, networkId: meeting.networkId, title: meeting.title, date: meeting.date, hasNotes: sql<number>`trim(${meeting.notes}) <> ''` })
        .from(meeting)
        .where(and(inArray(meeting.networkId, overseen), lt(meeting.date, today), gte(meeting.date, addDays(today, -MEETING_NOTES_WINDOW_DAYS))))
        .all()
    : [];

  const mine = or(
    eq(pdsaCycle.ownerId, userId),
    sql`exists (select 1 from cycle_co_owner cc where cc.cycle_id = "pdsa_cycle"."id" and cc.user_id = ${userId})`,
  );
  const cycles = db
    .select({
      id: pdsaCycle.id,
      networkId: pdsaCycle.networkId,
      title: pdsaCycle.title,
      stage: pdsaCycle.stage,
      endDate: pdsaCycle.endDate,
      loggedOn: pdsaCycle.loggedOn,
      updatedAt: pdsaCycle.updatedAt,
      questions: pdsaCycle.questions,
      learning: pdsaCycle.learning,
      decision: pdsaCycle.decision,
      mine: sql<number>`${mine}`,
    })
    .from(pdsaCycle)
    .where(
      and(
        inArray(pdsaCycle.networkId, all),
        ne(pdsaCycle.stage, 'done'),
        overseen.length ? or(mine, and(inArray(pdsaCycle.networkId, overseen), isNotNull(pdsaCycle.endDate), lt(pdsaCycle.endDate, today))) : mine,
      ),
    )
    .all();
  const actions = db
    .select({ id: planAction.id, networkId: planAction.networkId, title: planAction.title, dueDate: planAction.dueDate, status: planAction.status })
    .from(planAction)
    .where(
      and(
        inArray(planAction.networkId, all),
        eq(planAction.ownerId, userId),
        notInArray(planAction.status, ['done', 'dropped']),
        isNotNull(planAction.dueDate),
        lte(planAction.dueDate, addDays(today, ACTION_HORIZON_DAYS)),
      ),
    )
    .all();

  const charters = byNetwork(charterLatest);
  const charterEvents = byNetwork(charterReviews);
  const plans = byNetwork(planRows);
  const reportsBy = byNetwork(reports);
  const meetingsBy = byNetwork(meetings);
  const cyclesBy = byNetwork(cycles);
  const actionsBy = byNetwork(actions);

  for (const n of networks) {
    if (n.role === null) continue;
    const latest = charters.get(n.networkId)?.[0];
    const plan = plans.get(n.networkId)?.[0];
    const facts: NeedsYouFacts = {
      today,
      slug: n.slug,
      role: n.role,
      userId,
      charter: {
        latestVersion: latest?.number ?? 0,
        latestSavedOn: latest ? dayOf(latest.createdAt) : null,
        reviews: (charterEvents.get(n.networkId) ?? []).map((r) => ({ version: r.version, decision: r.decision })),
      },
      plan: plan ? { version: plan.version, reviews: [{ kind: plan.kind, planVersion: plan.planVersion, on: dayOf(plan.at) }] } : { version: 0, reviews: [] },
      unpublishedReports: reportsBy.get(n.networkId) ?? [],
      cycles: (cyclesBy.get(n.networkId) ?? []).map((c) => ({ ...c, changedOn: dayOf(c.updatedAt), mine: Boolean(c.mine) })),
      pastMeetings: (meetingsBy.get(n.networkId) ?? []).map((m) => ({ ...m, hasNotes: Boolean(m.hasNotes) })),
      myActions: (actionsBy.get(n.networkId) ?? []).map((a) => ({ ...a, dueDate: a.dueDate! })),
    };
    result.set(n.networkId, needsYou(facts));
  }
  return result;
}

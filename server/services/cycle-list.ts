import { and, count, desc, eq, exists, gte, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { hasNextCycle, lastInRamps, summarizeFidelity } from '../../shared/domain/cycle.ts';
import { CYCLE_STAGES, DECISIONS, SNIPPET_CLOSE, SNIPPET_OPEN, type CycleStage, type Decision } from '../../shared/schemas/cycle.ts';
import type { Db } from '../db/client.ts';
import { cycleCoOwner, cycleIndicator, driverNode, meeting, partnerOrganization, pdsaCycle, user } from '../db/schema.ts';
import { ftsQuery } from './cycle-search.ts';
import type { SessionUser } from '../context.ts';
import type { NetworkAccess } from '../trpc.ts';

const col = (c: { name: string }) => sql`${pdsaCycle}.${sql.identifier(c.name)}`;

/** A cycle's date: its start date, or the day it was logged. Filters and ordering use it. */
export const cycleDate = sql<string>`coalesce(${col(pdsaCycle.startDate)}, ${col(pdsaCycle.loggedOn)})`;

type ListFilters = {
  networkId: number;
  q?: string;
  stage?: CycleStage;
  decision?: Decision | 'none';
  changeIdeaId?: number;
  partnerOrganizationId?: number;
  ownerId?: string;
  meetingId?: number;
  rampId?: number;
  indicatorId?: number;
  toComplete?: boolean;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
};

export function listCycles(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, f: Omit<ListFilters, 'networkId'>) {
  const where: SQL[] = [eq(pdsaCycle.networkId, networkId)];
  if (f.stage) where.push(eq(pdsaCycle.stage, f.stage));
  if (f.decision === 'none') where.push(isNull(pdsaCycle.decision));
  else if (f.decision) where.push(eq(pdsaCycle.decision, f.decision));
  if (f.changeIdeaId) where.push(eq(pdsaCycle.changeIdeaId, f.changeIdeaId));
  if (f.partnerOrganizationId) where.push(eq(pdsaCycle.partnerOrganizationId, f.partnerOrganizationId));
  if (f.meetingId) where.push(eq(pdsaCycle.meetingId, f.meetingId));
  if (f.rampId) where.push(eq(pdsaCycle.rampId, f.rampId));
  if (f.indicatorId) {
    const named = db
      .select({ one: sql`1` })
      .from(cycleIndicator)
      .where(and(sql`${cycleIndicator}.${sql.identifier(cycleIndicator.cycleId.name)} = ${col(pdsaCycle.id)}`, eq(cycleIndicator.indicatorId, f.indicatorId)));
    where.push(exists(named));
  }
  if (f.toComplete) where.push(eq(pdsaCycle.quickLog, true), ne(pdsaCycle.stage, 'done'));
  if (f.from) where.push(gte(cycleDate, f.from));
  if (f.to) where.push(lte(cycleDate, f.to));
  if (f.ownerId) {
    const coOwned = db
      .select({ one: sql`1` })
      .from(cycleCoOwner)
      .where(and(sql`${cycleCoOwner}.${sql.identifier(cycleCoOwner.cycleId.name)} = ${col(pdsaCycle.id)}`, eq(cycleCoOwner.userId, f.ownerId)));
    where.push(or(eq(pdsaCycle.ownerId, f.ownerId), exists(coOwned))!);
  }
  const match = f.q ? ftsQuery(f.q) : null;
  if (match) where.push(sql`${col(pdsaCycle.id)} in (select rowid from cycle_search where cycle_search match ${match})`);
  const condition = and(...where);

  const total = db.select({ n: count() }).from(pdsaCycle).where(condition).get()?.n ?? 0;
  // With a search, the best matches come first (FTS5's bm25 rank) and each has a snippet. Joined,
  // not asked per row: a correlated FTS subquery re-runs the search for every row.
  const query = db
    .select({
      id: pdsaCycle.id,
      title: pdsaCycle.title,
      stage: pdsaCycle.stage,
      decision: pdsaCycle.decision,
      date: cycleDate,
      quickLog: pdsaCycle.quickLog,
      rampId: pdsaCycle.rampId,
      rampNumber: pdsaCycle.rampNumber,
      ownerId: pdsaCycle.ownerId,
      ownerName: user.name,
      changeIdeaId: pdsaCycle.changeIdeaId,
      changeIdeaTitle: driverNode.title,
      organizationName: partnerOrganization.name,
      meetingId: pdsaCycle.meetingId,
      meetingTitle: meeting.title,
      snippet: match ? sql<string | null>`snippet(cycle_search, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 14)` : sql<string | null>`null`,
    })
    .from(pdsaCycle)
    .$dynamic();
  if (match) query.innerJoin(sql`cycle_search`, and(sql`cycle_search.rowid = ${col(pdsaCycle.id)}`, sql`cycle_search match ${match}`));
  const items = query
    .leftJoin(user, eq(user.id, pdsaCycle.ownerId))
    .leftJoin(driverNode, eq(driverNode.id, pdsaCycle.changeIdeaId))
    .leftJoin(partnerOrganization, eq(partnerOrganization.id, pdsaCycle.partnerOrganizationId))
    .leftJoin(meeting, eq(meeting.id, pdsaCycle.meetingId))
    .where(condition)
    .orderBy(...(match ? [sql`cycle_search.rank`] : []), desc(cycleDate), desc(pdsaCycle.id))
    .limit(f.limit)
    .offset(f.offset)
    .all();
  return { items, total, offset: f.offset, limit: f.limit };
}

/** What the method-fidelity summary (summarizeFidelity) reads of each cycle. */
export const fidelityColumns = {
  stage: pdsaCycle.stage,
  questions: pdsaCycle.questions,
  predictedBeforeDo: pdsaCycle.predictedBeforeDo,
  decision: pdsaCycle.decision,
  nextSteps: pdsaCycle.nextSteps,
  rampId: pdsaCycle.rampId,
  rampNumber: pdsaCycle.rampNumber,
};

/** The network's cycles at a glance: by stage and decision, and how sound the method has been. */
export function cycleOverview(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const rows = db
    .select({
      id: pdsaCycle.id,
      ...fidelityColumns,
      quickLog: pdsaCycle.quickLog,
    })
    .from(pdsaCycle)
    .where(eq(pdsaCycle.networkId, networkId))
    .all();
  const lastInRamp = lastInRamps(rows);
  const facts = rows.map((r) => ({ ...r, hasNextCycle: hasNextCycle(r, lastInRamp) }));
  const byStage = Object.fromEntries(CYCLE_STAGES.map((s) => [s, rows.filter((r) => r.stage === s).length])) as Record<CycleStage, number>;
  const byDecision = Object.fromEntries(DECISIONS.map((d) => [d, rows.filter((r) => r.decision === d).length])) as Record<Decision, number>;
  return {
    total: rows.length,
    byStage,
    byDecision,
    toComplete: rows.filter((r) => r.quickLog && r.stage !== 'done').length,
    fidelity: summarizeFidelity(facts),
  };
}

/** For the driver diagram: each change idea's cycles and decisions. */
export function cyclesByChangeIdea(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const rows = db
    .select({ changeIdeaId: pdsaCycle.changeIdeaId, stage: pdsaCycle.stage, decision: pdsaCycle.decision })
    .from(pdsaCycle)
    .where(and(eq(pdsaCycle.networkId, networkId), sql`${col(pdsaCycle.changeIdeaId)} is not null`))
    .all();
  const byIdea = new Map<number, { changeIdeaId: number; cycles: number; active: number; adopt: number; adapt: number; abandon: number }>();
  for (const r of rows) {
    const id = r.changeIdeaId!;
    const entry = byIdea.get(id) ?? { changeIdeaId: id, cycles: 0, active: 0, adopt: 0, adapt: 0, abandon: 0 };
    entry.cycles += 1;
    if (r.stage !== 'done') entry.active += 1;
    if (r.decision) entry[r.decision] += 1;
    byIdea.set(id, entry);
  }
  return [...byIdea.values()];
}

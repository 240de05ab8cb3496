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

const p = sql.placeholder;

/**
 * The list's two queries (its count and its page), built by drizzle once for each shape of filters
 * (which filters are set, not their values: those are bound at each call). Building them on every
 * call cost as much as running them.
 */
function buildList(db: Db, shape: Set<keyof ListFilters | 'search' | 'noDecision'>) {
  const where: SQL[] = [eq(pdsaCycle.networkId, p('networkId'))];
  if (shape.has('stage')) where.push(eq(pdsaCycle.stage, p('stage')));
  if (shape.has('noDecision')) where.push(isNull(pdsaCycle.decision));
  else if (shape.has('decision')) where.push(eq(pdsaCycle.decision, p('decision')));
  if (shape.has('changeIdeaId')) where.push(eq(pdsaCycle.changeIdeaId, p('changeIdeaId')));
  if (shape.has('partnerOrganizationId')) where.push(eq(pdsaCycle.partnerOrganizationId, p('partnerOrganizationId')));
  if (shape.has('meetingId')) where.push(eq(pdsaCycle.meetingId, p('meetingId')));
  if (shape.has('rampId')) where.push(eq(pdsaCycle.rampId, p('rampId')));
  if (shape.has('indicatorId')) {
    const named = db
      .select({ one: sql`1` })
      .from(cycleIndicator)
      .where(and(sql`${cycleIndicator}.${sql.identifier(cycleIndicator.cycleId.name)} = ${col(pdsaCycle.id)}`, eq(cycleIndicator.indicatorId, p('indicatorId'))));
    where.push(exists(named));
  }
  if (shape.has('toComplete')) where.push(eq(pdsaCycle.quickLog, true), ne(pdsaCycle.stage, 'done'));
  if (shape.has('from')) where.push(gte(cycleDate, p('from')));
  if (shape.has('to')) where.push(lte(cycleDate, p('to')));
  if (shape.has('ownerId')) {
    const coOwned = db
      .select({ one: sql`1` })
      .from(cycleCoOwner)
      .where(and(sql`${cycleCoOwner}.${sql.identifier(cycleCoOwner.cycleId.name)} = ${col(pdsaCycle.id)}`, eq(cycleCoOwner.userId, p('ownerId'))));
    where.push(or(eq(pdsaCycle.ownerId, p('ownerId')), exists(coOwned))!);
  }
  const search = shape.has('search');
  if (search) where.push(sql`${col(pdsaCycle.id)} in (select rowid from cycle_search where cycle_search match ${p('match')})`);
  const condition = and(...where);

  const total = db.select({ n: count() }).from(pdsaCycle).where(condition).prepare();
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
      snippet: search ? sql<string | null>`snippet(cycle_search, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 14)` : sql<string | null>`null`,
    })
    .from(pdsaCycle)
    .$dynamic();
  if (search) query.innerJoin(sql`cycle_search`, and(sql`cycle_search.rowid = ${col(pdsaCycle.id)}`, sql`cycle_search match ${p('match')}`));
  const page = query
    .leftJoin(user, eq(user.id, pdsaCycle.ownerId))
    .leftJoin(driverNode, eq(driverNode.id, pdsaCycle.changeIdeaId))
    .leftJoin(partnerOrganization, eq(partnerOrganization.id, pdsaCycle.partnerOrganizationId))
    .leftJoin(meeting, eq(meeting.id, pdsaCycle.meetingId))
    .where(condition)
    .orderBy(...(search ? [sql`cycle_search.rank`] : []), desc(cycleDate), desc(pdsaCycle.id))
    .limit(p('limit'))
    .offset(p('offset'))
    .prepare();
  return { total, page };
}

const listsByDb = new WeakMap<Db, Map<string, ReturnType<typeof buildList>>>();

export function listCycles(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, f: Omit<ListFilters, 'networkId'>) {
  const match = f.q ? ftsQuery(f.q) : null;
  const values: Record<string, unknown> = { networkId, offset: f.offset, limit: f.limit, match };
  const shape = new Set<keyof ListFilters | 'search' | 'noDecision'>();
  for (const key of ['stage', 'decision', 'changeIdeaId', 'partnerOrganizationId', 'meetingId', 'rampId', 'indicatorId', 'from', 'to', 'ownerId'] as const) {
    if (f[key]) {
      shape.add(key);
      values[key] = f[key];
    }
  }
  if (f.decision === 'none') shape.add('noDecision');
  if (f.toComplete) shape.add('toComplete');
  if (match) shape.add('search');
  const key = [...shape].join();
  let lists = listsByDb.get(db);
  if (!lists) listsByDb.set(db, (lists = new Map()));
  let list = lists.get(key);
  if (!list) lists.set(key, (list = buildList(db, shape)));
  return { items: list.page.all(values), total: list.total.get(values)?.n ?? 0, offset: f.offset, limit: f.limit };
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

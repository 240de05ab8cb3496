import { eq, sql } from 'drizzle-orm';
import { LIBRARY_PAGE_SIZE, SCALE_MINIMUM, scaleLevel, type ScaleLevel } from '../../shared/domain/library.ts';
import type { CycleQuestion, CycleStage, Decision } from '../../shared/schemas/cycle.ts';
import type { OutcomeArea } from '../../shared/schemas/network.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { membership, network } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { ftsQuery } from './cycle-search.ts';
import { createNode } from './plan-nodes.ts';
import type { NetworkAccess } from '../trpc.ts';

// The partnership's learning library: the change ideas of every network whose lead shared them,
// and the reader's own networks' ideas (marked as theirs), each with what its cycles predicted,
// found and learned. Never a person's name (owners, co-owners, loggers), never a partner
// organization (the public pages show none either), never a retired idea.

type Filters = { q?: string | undefined; outcomeArea?: OutcomeArea | undefined; decision?: Decision | undefined; scale?: ScaleLevel | undefined; page: number };

/** Only people who belong to a network, partnership staff and site admins read the library. */
function assertReader(db: Db, actor: SessionUser) {
  if (actor.isAdmin || actor.partnershipStaff) return;
  const any = db.select({ id: membership.id }).from(membership).where(eq(membership.userId, actor.id)).limit(1).get();
  if (!any) throw new AppError('FORBIDDEN', { key: 'errors:library.forMembersOfANetwork' });
}

type Row = {
  id: number;
  title: string;
  description: string;
  networkId: number;
  networkName: string;
  slug: string;
  outcomeArea: OutcomeArea;
  publicPage: number;
  ours: number;
  scale: number | null;
  total: number;
  cycles: string;
  copiedInto: string;
};

type CycleJson = { id: number; title: string; stage: CycleStage; decision: Decision | null; questions: CycleQuestion[] | null; learning: string; date: string };

/** One page of the library, read in one query: the ideas, their cycles and where I copied them. */
export function searchLibrary(db: Db, actor: SessionUser, f: Filters) {
  assertReader(db, actor);
  const match = f.q ? ftsQuery(f.q) : null;
  const mine = sql`(select network_id from membership where user_id = ${actor.id})`;
  const ofIdea = sql`c.change_idea_id = n.id and c.network_id = n.network_id`;
  const where = [
    sql`n.kind = 'change_idea'`,
    sql`n.retired_at is null`,
    sql`(w.shares_learning = 1 or n.network_id in ${mine})`,
    f.outcomeArea ? sql`w.outcome_area = ${f.outcomeArea}` : undefined,
    f.decision ? sql`exists (select 1 from pdsa_cycle c where ${ofIdea} and c.decision = ${f.decision})` : undefined,
    // Uncorrelated: each search runs once, not once per idea.
    match
      ? sql`(n.id in (select rowid from node_search where node_search match ${match})
          or n.id in (select c.change_idea_id from pdsa_cycle c where c.id in (select rowid from cycle_search where cycle_search match ${match})))`
      : undefined,
  ].filter((w) => w !== undefined);
  const minimum = f.scale ? SCALE_MINIMUM[f.scale] : 0;
  const offset = (f.page - 1) * LIBRARY_PAGE_SIZE;
  const rows = db.all<Row>(sql`
    with ideas as (
      select n.id, n.title, n.description, n.network_id as networkId, w.name as networkName, w.slug, w.outcome_area as outcomeArea,
        w.public_report as publicPage, (n.network_id in ${mine}) as ours,
        -- A cycle outside a ramp is a ramp of its own.
        (select max(k) from (select count(*) as k from pdsa_cycle c where ${ofIdea} group by coalesce(c.ramp_id, -c.id))) as scale,
        (select max(coalesce(c.start_date, c.logged_on)) from pdsa_cycle c where ${ofIdea}) as lastDate
      from driver_node n join network w on w.id = n.network_id
      where ${sql.join(where, sql` and `)}
    )
    select i.id, i.title, i.description, i.networkId, i.networkName, i.slug, i.outcomeArea, i.publicPage, i.ours, i.scale,
      count(*) over () as total,
      (select json_group_array(json(x)) from (
         select json_object('id', c.id, 'title', c.title, 'stage', c.stage, 'decision', c.decision, 'questions', json(c.questions),
           'learning', c.learning, 'date', coalesce(c.start_date, c.logged_on)) as x
         from pdsa_cycle c where c.change_idea_id = i.id and c.network_id = i.networkId
         order by coalesce(c.start_date, c.logged_on), c.id)) as cycles,
      (select json_group_array(d.network_id) from driver_node d
         where d.source_node_id = i.id and d.retired_at is null and d.network_id in ${mine}) as copiedInto
    from ideas i
    where coalesce(i.scale, 0) >= ${minimum}
    order by i.lastDate desc nulls last, i.id desc
    limit ${LIBRARY_PAGE_SIZE} offset ${offset}
  `);
  return {
    total: rows[0]?.total ?? 0,
    page: f.page,
    pageSize: LIBRARY_PAGE_SIZE,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      network: { id: r.networkId, name: r.networkName, outcomeArea: r.outcomeArea, ours: r.ours === 1, publicSlug: r.publicPage === 1 ? r.slug : null },
      scale: r.scale ?? 0,
      scaleLevel: scaleLevel(r.scale ?? 0),
      // Picked field by field: whatever else a cycle holds never leaves here.
      cycles: (JSON.parse(r.cycles) as CycleJson[]).map((c) => ({
        id: c.id,
        title: c.title,
        stage: c.stage,
        decision: c.decision,
        date: c.date,
        learning: c.learning,
        questions: (c.questions ?? []).map((q) => ({ question: q.question, prediction: q.prediction ?? '', result: q.result ?? '' })),
      })),
      copiedInto: JSON.parse(r.copiedInto) as number[],
    })),
  };
}

/** An idea the actor may read in the library, with its network's name for the credit. */
function libraryIdea(db: Db, actor: SessionUser, nodeId: number) {
  const row = db.get<{ id: number; title: string; description: string; networkId: number; networkName: string }>(sql`
    select n.id, n.title, n.description, n.network_id as networkId, w.name as networkName
    from driver_node n join network w on w.id = n.network_id
    where n.id = ${nodeId} and n.kind = 'change_idea' and n.retired_at is null
      and (w.shares_learning = 1 or n.network_id in (select network_id from membership where user_id = ${actor.id}))`);
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:library.thereIsNoSuchIdea', field: 'sourceNodeId' });
  return row;
}

/** "Try this in our network": the idea's title and description become a change idea of my plan, crediting its source. */
export function copyIdea(db: Db, actor: SessionUser, access: NetworkAccess, input: { sourceNodeId: number; parentId: number }) {
  const source = libraryIdea(db, actor, input.sourceNodeId);
  if (source.networkId === access.networkId) throw new AppError('INVALID_PLACEMENT', { key: 'errors:library.alreadyInThisNetwork', field: 'networkId' });
  return createNode(db, actor, access, {
    parentId: input.parentId,
    title: source.title,
    description: source.description,
    source: { nodeId: source.id, networkName: source.networkName },
  });
}

/** A lead shares the network's change ideas and learnings in the library, or stops sharing them. */
export function setSharesLearning(db: Db, actor: SessionUser, { networkId }: NetworkAccess, { enabled }: { enabled: boolean }) {
  return db.transaction((tx) => {
    const row = tx.update(network).set({ sharesLearning: enabled, updatedAt: new Date() }).where(eq(network.id, networkId)).returning({ id: network.id }).get();
    if (!row) throw new AppError('NOT_FOUND');
    recordAudit(tx, { actorId: actor.id, action: enabled ? 'network.shareLearning' : 'network.unshareLearning', entityType: 'network', entityId: networkId, networkId });
    return { sharesLearning: enabled };
  });
}

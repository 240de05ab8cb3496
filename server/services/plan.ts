import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { planChanges, planState, type PlanSnapshot } from '../../shared/domain/plan.ts';
import { ratifiedVersion } from '../../shared/domain/charter.ts';
import type { Db } from '../db/client.ts';
import { actionNote, actionPlan, charterReview, charterVersion, driverNode, partnerOrganization, planAction, planReview, planReviewComment, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import type { SessionUser } from '../context.ts';
import type { NetworkAccess } from '../trpc.ts';

export function planVersion(db: DbOrTx, networkId: number): number {
  return db.select({ v: actionPlan.version }).from(actionPlan).where(eq(actionPlan.networkId, networkId)).get()?.v ?? 0;
}

/** Every change to the diagram or to what an action is moves the plan to a new version. */
export function bumpPlanVersion(tx: DbOrTx, networkId: number): number {
  return tx
    .insert(actionPlan)
    .values({ networkId, version: 1 })
    .onConflictDoUpdate({ target: actionPlan.networkId, set: { version: sql`${actionPlan.version} + 1`, updatedAt: new Date() } })
    .returning({ v: actionPlan.version })
    .get().v;
}

export function listNodes(db: DbOrTx, networkId: number) {
  return db
    .select({
      id: driverNode.id,
      parentId: driverNode.parentId,
      kind: driverNode.kind,
      title: driverNode.title,
      description: driverNode.description,
      position: driverNode.position,
      retiredAt: driverNode.retiredAt,
      version: driverNode.version,
      sourceNetworkName: driverNode.sourceNetworkName,
    })
    .from(driverNode)
    .where(eq(driverNode.networkId, networkId))
    .orderBy(asc(driverNode.position), asc(driverNode.id))
    .all();
}

export function listActions(db: DbOrTx, networkId: number) {
  const latestNote = sql<string | null>`(select ${actionNote.body} from ${actionNote} where ${actionNote}.${sql.identifier(actionNote.actionId.name)} = ${planAction}.${sql.identifier(planAction.id.name)} and ${actionNote}.${sql.identifier(actionNote.body.name)} <> '' order by ${actionNote}.${sql.identifier(actionNote.id.name)} desc limit 1)`;
  return db
    .select({
      id: planAction.id,
      title: planAction.title,
      nodeId: planAction.nodeId,
      ownerId: planAction.ownerId,
      ownerName: user.name,
      partnerOrganizationId: planAction.partnerOrganizationId,
      organizationName: partnerOrganization.name,
      startDate: planAction.startDate,
      dueDate: planAction.dueDate,
      status: planAction.status,
      version: planAction.version,
      updatedAt: planAction.updatedAt,
      latestNote,
    })
    .from(planAction)
    .leftJoin(user, eq(user.id, planAction.ownerId))
    .leftJoin(partnerOrganization, eq(partnerOrganization.id, planAction.partnerOrganizationId))
    .where(eq(planAction.networkId, networkId))
    .orderBy(asc(planAction.dueDate), asc(planAction.id))
    .all();
}

/** The plan as it is now, in the form kept when a lead approves it. */
export function snapshotOf(db: DbOrTx, networkId: number): PlanSnapshot {
  return {
    nodes: listNodes(db, networkId).map((n) => ({
      id: n.id,
      parentId: n.parentId,
      kind: n.kind,
      title: n.title,
      description: n.description,
      position: n.position,
      retired: n.retiredAt !== null,
    })),
    actions: listActions(db, networkId).map((a) => ({
      id: a.id,
      title: a.title,
      nodeId: a.nodeId,
      ownerName: a.ownerName,
      organizationName: a.organizationName,
      startDate: a.startDate,
      dueDate: a.dueDate,
      status: a.status,
    })),
  };
}

export function reviewEvents(db: DbOrTx, networkId: number) {
  return db
    .select({
      id: planReview.id,
      kind: planReview.kind,
      planVersion: planReview.planVersion,
      note: planReview.note,
      at: planReview.createdAt,
      byName: user.name,
    })
    .from(planReview)
    .leftJoin(user, eq(user.id, planReview.byId))
    .where(eq(planReview.networkId, networkId))
    .orderBy(asc(planReview.id))
    .all();
}

/** The aim the diagram grows from: the ratified charter's, or the newest draft's. */
function charterAim(db: Db, networkId: number): { text: string; ratified: boolean } | null {
  const reviews = db
    .select({ version: charterReview.versionNumber, decision: charterReview.decision })
    .from(charterReview)
    .where(eq(charterReview.networkId, networkId))
    .orderBy(asc(charterReview.id))
    .all();
  const ratified = ratifiedVersion(reviews);
  const row = db
    .select({ number: charterVersion.number, content: charterVersion.content })
    .from(charterVersion)
    .where(ratified ? and(eq(charterVersion.networkId, networkId), eq(charterVersion.number, ratified)) : eq(charterVersion.networkId, networkId))
    .orderBy(desc(charterVersion.number))
    .limit(1)
    .get();
  const text = row?.content.sections.aim.trim();
  return text ? { text, ratified: ratified !== null } : null;
}

export function getPlan(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const version = planVersion(db, networkId);
  const events = reviewEvents(db, networkId);
  const state = planState(events, version);
  const last = events.at(-1) ?? null;
  const comments =
    last && last.kind === 'changes_requested'
      ? db.select().from(planReviewComment).where(eq(planReviewComment.reviewId, last.id)).orderBy(asc(planReviewComment.id)).all()
      : [];
  const lastApproval = [...events].reverse().find((e) => e.kind === 'approved') ?? null;
  const current = snapshotOf(db, networkId);
  const approvedSnapshot = lastApproval
    ? db.select({ snapshot: planReview.snapshot }).from(planReview).where(eq(planReview.id, lastApproval.id)).get()?.snapshot ?? null
    : null;
  return {
    version,
    state,
    aim: charterAim(db, networkId),
    nodes: listNodes(db, networkId),
    actions: listActions(db, networkId),
    lastReview: last && { ...last, comments },
    lastApproval,
    changesSinceApproval: approvedSnapshot ? planChanges(approvedSnapshot, current) : null,
  };
}

export function listSnapshots(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  return reviewEvents(db, networkId)
    .filter((e) => e.kind === 'approved')
    .reverse();
}

export function getSnapshot(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, { snapshotId }: { snapshotId: number }) {
  const row = db
    .select({ id: planReview.id, at: planReview.createdAt, planVersion: planReview.planVersion, note: planReview.note, snapshot: planReview.snapshot, byName: user.name })
    .from(planReview)
    .leftJoin(user, eq(user.id, planReview.byId))
    .where(and(eq(planReview.id, snapshotId), eq(planReview.networkId, networkId), eq(planReview.kind, 'approved')))
    .get();
  if (!row || !row.snapshot) throw new AppError('NOT_FOUND', { key: 'errors:plan.thereIsNoSuchApproved' });
  return { ...row, snapshot: row.snapshot };
}

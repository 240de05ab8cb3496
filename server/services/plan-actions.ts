import { and, asc, eq } from 'drizzle-orm';
import { notificationLinks } from '../../shared/domain/notification-links.ts';
import { can } from '../../shared/domain/permissions.ts';
import { actionEditOutcome, planState } from '../../shared/domain/plan.ts';
import type { ActionStatus } from '../../shared/schemas/plan.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { actionNote, planAction, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import type { NetworkAccess } from '../trpc.ts';
import { recordAudit } from './audit.ts';
import { networkSlug } from './notification-recipients.ts';
import { notify } from './notifications.ts';
import { assertMembers, assertNode, assertOrganization } from './links.ts';
import { bumpPlanVersion, planVersion as planVersionOf, reviewEvents } from './plan.ts';
import { assertVersion } from './versions.ts';
import { oncePerWrite } from './write-receipts.ts';

type ActionFields = {
  title: string;
  nodeId: number | null;
  ownerId: string | null;
  partnerOrganizationId: number | null;
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
};

function actionIn(db: DbOrTx, networkId: number, actionId: number) {
  const row = db.select().from(planAction).where(and(eq(planAction.id, actionId), eq(planAction.networkId, networkId))).get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:planactions.thereIsNoSuchAction' });
  return row;
}

/** Links point inside the network: a node of its diagram, an owner from its members, a known organization. */
function assertLinks(db: DbOrTx, networkId: number, f: ActionFields) {
  assertNode(db, networkId, f.nodeId, 'nodeId');
  if (f.ownerId !== null) assertMembers(db, networkId, [f.ownerId], 'ownerId', 'Choose an owner from the network.');
  assertOrganization(db, f.partnerOrganizationId);
}

const fieldsOf = (f: ActionFields) => ({
  title: f.title,
  nodeId: f.nodeId,
  ownerId: f.ownerId,
  partnerOrganizationId: f.partnerOrganizationId,
  startDate: f.startDate,
  dueDate: f.dueDate,
  status: f.status,
});

/** The person an action now belongs to hears of it (not when they took it themselves). */
function notifyOwner(tx: DbOrTx, actor: SessionUser, networkId: number, action: { id: number; title: string; ownerId: string | null }) {
  if (!action.ownerId) return;
  notify(tx, {
    userIds: [action.ownerId],
    event: 'action_assigned',
    networkId,
    actorId: actor.id,
    detail: { title: action.title },
    link: notificationLinks.action(networkSlug(tx, networkId), action.id),
  });
}

export function createAction(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: ActionFields) {
  return db.transaction((tx) => {
    assertLinks(tx, networkId, input);
    const created = tx.insert(planAction).values({ networkId, ...fieldsOf(input) }).returning().get();
    const planVersion = bumpPlanVersion(tx, networkId);
    recordAudit(tx, { actorId: actor.id, action: 'plan.addAction', entityType: 'plan_action', entityId: created.id, networkId, detail: { title: created.title, planVersion } });
    notifyOwner(tx, actor, networkId, created);
    return { ...created, planVersion };
  });
}

/**
 * Facilitators and leads edit everything about an action. A change of status is kept as a note;
 * a change to the agreed action (shared/domain/plan.ts) makes a new plan version for review.
 */
export function updateAction(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: ActionFields & { actionId: number; version: number }) {
  return db.transaction((tx) => {
    const current = actionIn(tx, networkId, input.actionId);
    assertVersion(current.version, input.version);
    assertLinks(tx, networkId, input);
    tx.update(planAction)
      .set({ ...fieldsOf(input), version: current.version + 1, updatedAt: new Date() })
      .where(eq(planAction.id, current.id))
      .run();
    if (current.status !== input.status) {
      tx.insert(actionNote).values({ actionId: current.id, authorId: actor.id, statusFrom: current.status, statusTo: input.status }).run();
    }
    const state = planState(reviewEvents(tx, networkId), planVersionOf(tx, networkId));
    const { changed, returnsToDraft } = actionEditOutcome(state, current, input);
    const planVersion = changed.length ? bumpPlanVersion(tx, networkId) : null;
    recordAudit(tx, {
      actorId: actor.id,
      action: 'plan.updateAction',
      entityType: 'plan_action',
      entityId: current.id,
      networkId,
      detail: { title: input.title, planVersion, changed, returnedToDraft: returnsToDraft },
    });
    if (input.ownerId !== current.ownerId) notifyOwner(tx, actor, networkId, { id: current.id, title: input.title, ownerId: input.ownerId });
    return { version: current.version + 1, planVersion, returnedToDraft: returnsToDraft };
  });
}

/**
 * Progress: a status and a note. Owners report on their own actions; facilitators and leads on
 * any. Progress does not change the plan itself, so it never sends an approved plan back to draft.
 */
export function reportProgress(
  db: Db,
  actor: SessionUser,
  access: NetworkAccess,
  input: { actionId: number; version: number; status: ActionStatus; note?: string; writeId?: string },
) {
  return db.transaction((tx) => oncePerWrite(tx, actor, 'plan.reportProgress', input.writeId, () => {
    const current = actionIn(tx, access.networkId, input.actionId);
    if (current.ownerId !== actor.id && !can(access, 'plan.edit')) throw new AppError('NOT_ACTION_OWNER');
    assertVersion(current.version, input.version);
    const note = input.note ?? '';
    if (current.status === input.status && !note) {
      throw new AppError('NOTHING_TO_REPORT', { field: 'note' });
    }
    tx.update(planAction).set({ status: input.status, version: current.version + 1, updatedAt: new Date() }).where(eq(planAction.id, current.id)).run();
    const statusChanged = current.status !== input.status;
    tx.insert(actionNote)
      .values({ actionId: current.id, authorId: actor.id, body: note, statusFrom: statusChanged ? current.status : null, statusTo: statusChanged ? input.status : null })
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'plan.reportProgress',
      entityType: 'plan_action',
      entityId: current.id,
      networkId: access.networkId,
      detail: { from: current.status, to: input.status },
    });
    return { version: current.version + 1 };
  }));
}

export function actionNotes(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, { actionId }: { actionId: number }) {
  actionIn(db, networkId, actionId);
  return db
    .select({ id: actionNote.id, body: actionNote.body, statusFrom: actionNote.statusFrom, statusTo: actionNote.statusTo, at: actionNote.createdAt, authorName: user.name })
    .from(actionNote)
    .leftJoin(user, eq(user.id, actionNote.authorId))
    .where(eq(actionNote.actionId, actionId))
    .orderBy(asc(actionNote.id))
    .all();
}

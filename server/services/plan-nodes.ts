import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AuditAction } from '../../shared/domain/audit-actions.ts';
import { childKind } from '../../shared/domain/plan.ts';
import type { NodeKind } from '../../shared/schemas/plan.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { driverNode } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { bumpPlanVersion } from './plan.ts';
import type { NetworkAccess } from '../trpc.ts';
import { assertVersion } from './versions.ts';

function nodeIn(db: DbOrTx, networkId: number, nodeId: number, field = 'nodeId') {
  const node = db.select().from(driverNode).where(and(eq(driverNode.id, nodeId), eq(driverNode.networkId, networkId))).get();
  if (!node) throw new AppError('NOT_FOUND', { key: 'errors:plannodes.thereIsNoSuchItem', field });
  return node;
}

/** The kind a child of `parentId` has, refusing parents that cannot have children. */
function kindUnder(db: DbOrTx, networkId: number, parentId: number | null): NodeKind {
  const parent = parentId === null ? null : nodeIn(db, networkId, parentId, 'parentId');
  if (parent?.retiredAt) throw new AppError('INVALID_PLACEMENT', { key: 'errors:plannodes.thatItemIsRetiredRestore', field: 'parentId' });
  const kind = childKind(parent?.kind ?? null);
  if (!kind) throw new AppError('INVALID_PLACEMENT', { key: 'errors:plannodes.changeIdeasAreTheLast', field: 'parentId' });
  return kind;
}

function activeSiblings(db: DbOrTx, networkId: number, parentId: number | null) {
  return db
    .select({ id: driverNode.id })
    .from(driverNode)
    .where(
      and(
        eq(driverNode.networkId, networkId),
        parentId === null ? isNull(driverNode.parentId) : eq(driverNode.parentId, parentId),
        isNull(driverNode.retiredAt),
      ),
    )
    .orderBy(asc(driverNode.position), asc(driverNode.id))
    .all()
    .map((r) => r.id);
}

function renumber(db: DbOrTx, ids: number[]) {
  ids.forEach((id, position) => db.update(driverNode).set({ position }).where(eq(driverNode.id, id)).run());
}

type Audit = { action: AuditAction; nodeId: number; detail?: Record<string, unknown> };
function audited(tx: DbOrTx, actor: SessionUser, networkId: number, a: Audit) {
  const planVersion = bumpPlanVersion(tx, networkId);
  recordAudit(tx, { actorId: actor.id, action: a.action, entityType: 'driver_node', entityId: a.nodeId, networkId, detail: { ...a.detail, planVersion } });
  return planVersion;
}

/** A change idea copied from another network's learning library: the idea and that network's name, for the credit. */
type NodeSource = { nodeId: number; networkName: string };

export function createNode(
  db: Db,
  actor: SessionUser,
  { networkId }: NetworkAccess,
  input: { parentId: number | null; title: string; description?: string | undefined; source?: NodeSource },
) {
  return db.transaction((tx) => {
    const kind = kindUnder(tx, networkId, input.parentId);
    // Only change ideas travel between networks: a copy goes under a secondary driver.
    if (input.source && kind !== 'change_idea') throw new AppError('INVALID_PLACEMENT', { key: 'errors:plannodes.aChangeIdeaGoesUnder', field: 'parentId' });
    const position = activeSiblings(tx, networkId, input.parentId).length;
    const source = input.source ? { sourceNodeId: input.source.nodeId, sourceNetworkName: input.source.networkName } : {};
    const node = tx
      .insert(driverNode)
      .values({ networkId, parentId: input.parentId, kind, title: input.title, description: input.description ?? '', position, ...source })
      .returning()
      .get();
    const planVersion = audited(tx, actor, networkId, { action: 'plan.addNode', nodeId: node.id, detail: { kind, title: node.title, ...source } });
    return { ...node, planVersion };
  });
}

export function updateNode(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { nodeId: number; version: number; title: string; description?: string }) {
  return db.transaction((tx) => {
    const node = nodeIn(tx, networkId, input.nodeId);
    assertVersion(node.version, input.version);
    tx.update(driverNode)
      .set({ title: input.title, description: input.description ?? node.description, version: node.version + 1, updatedAt: new Date() })
      .where(eq(driverNode.id, node.id))
      .run();
    const planVersion = audited(tx, actor, networkId, { action: 'plan.renameNode', nodeId: node.id, detail: { from: node.title, to: input.title } });
    return { version: node.version + 1, planVersion };
  });
}

/** Moves a node to a place among the children of a parent of the same level as before. */
export function moveNode(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { nodeId: number; version: number; parentId: number | null; position: number }) {
  return db.transaction((tx) => {
    const node = nodeIn(tx, networkId, input.nodeId);
    assertVersion(node.version, input.version);
    if (node.retiredAt) throw new AppError('INVALID_PLACEMENT', { key: 'errors:plannodes.restoreThisItemBeforeMoving' });
    if (kindUnder(tx, networkId, input.parentId) !== node.kind) {
      throw new AppError('INVALID_PLACEMENT', { key: 'errors:plannodes.anItemKeepsItsLevel', field: 'parentId' });
    }
    const oldSiblings = activeSiblings(tx, networkId, node.parentId).filter((id) => id !== node.id);
    const newSiblings = node.parentId === input.parentId ? oldSiblings : activeSiblings(tx, networkId, input.parentId);
    newSiblings.splice(Math.min(input.position, newSiblings.length), 0, node.id);
    tx.update(driverNode).set({ parentId: input.parentId, version: node.version + 1, updatedAt: new Date() }).where(eq(driverNode.id, node.id)).run();
    if (node.parentId !== input.parentId) renumber(tx, oldSiblings);
    renumber(tx, newSiblings);
    const planVersion = audited(tx, actor, networkId, {
      action: 'plan.moveNode',
      nodeId: node.id,
      detail: { fromParent: node.parentId, toParent: input.parentId, position: input.position },
    });
    return { version: node.version + 1, planVersion };
  });
}

/** Retiring keeps the node (and what hangs under it) in history and in old snapshots. */
export function setNodeRetired(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { nodeId: number; version: number; retired: boolean }) {
  return db.transaction((tx) => {
    const node = nodeIn(tx, networkId, input.nodeId);
    assertVersion(node.version, input.version);
    if ((node.retiredAt !== null) === input.retired) return { version: node.version, planVersion: null };
    if (!input.retired) kindUnder(tx, networkId, node.parentId); // the parent must be active again first
    const siblings = activeSiblings(tx, networkId, node.parentId).filter((id) => id !== node.id);
    tx.update(driverNode)
      .set({ retiredAt: input.retired ? new Date() : null, version: node.version + 1, updatedAt: new Date() })
      .where(eq(driverNode.id, node.id))
      .run();
    renumber(tx, input.retired ? siblings : [...siblings, node.id]);
    const planVersion = audited(tx, actor, networkId, { action: input.retired ? 'plan.retireNode' : 'plan.restoreNode', nodeId: node.id, detail: { title: node.title } });
    return { version: node.version + 1, planVersion };
  });
}

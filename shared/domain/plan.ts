import type { MessageKey } from '../i18n/message.ts';
import type { ActionStatus, NodeKind } from '../schemas/plan.ts';

/** The level a new node takes under its parent; null when the parent cannot have children. */
export function childKind(parentKind: NodeKind | null): NodeKind | null {
  if (parentKind === null) return 'primary';
  if (parentKind === 'primary') return 'secondary';
  if (parentKind === 'secondary') return 'change_idea';
  return null;
}

const CLOSED: readonly ActionStatus[] = ['done', 'dropped'];

/** Overdue: due before today and not done or dropped. Dates are 'YYYY-MM-DD', compared as text. */
export function isOverdue(action: { dueDate: string | null; status: ActionStatus }, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && !CLOSED.includes(action.status);
}

/** Today's calendar date where the person is, as 'YYYY-MM-DD'. */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export type PlanReviewEvent = { kind: 'submitted' | 'approved' | 'changes_requested'; planVersion: number };
export type PlanState = 'draft' | 'in_review' | 'approved' | 'changes_requested';

/**
 * Where the plan stands. A review speaks of the version it saw: once the plan changes after it,
 * the plan is a draft again (and must be submitted again).
 */
export function planState(events: readonly PlanReviewEvent[], planVersion: number): PlanState {
  const last = events.at(-1);
  if (!last || last.planVersion !== planVersion) return 'draft';
  if (last.kind === 'submitted') return 'in_review';
  return last.kind;
}

/** A refusal in the reader's language: its catalogue key. */
export type PlanReviewBlock = { key: MessageKey };

/** Why a review step is refused, or null. `planVersion` is what the reviewer saw. */
export function reviewStepBlock(
  step: 'submit' | 'approve' | 'request_changes',
  state: PlanState,
  currentVersion: number,
  seenVersion: number,
): PlanReviewBlock | null {
  if (seenVersion !== currentVersion) return { key: 'plan:review.blocked.stale' };
  if (currentVersion === 0) return { key: 'plan:review.blocked.empty' };
  if (step === 'submit') {
    if (state === 'in_review') return { key: 'plan:review.blocked.waiting' };
    if (state === 'approved') return { key: 'plan:review.blocked.approved' };
    return null;
  }
  if (state !== 'in_review') return { key: 'plan:review.blocked.notSubmitted' };
  return null;
}

// --- Which action edits need a lead's approval again ------------------------------------------

/**
 * An approved plan is the partners' agreement on what will be done, where it sits in the driver
 * diagram, who does it and by when: changing any of these needs a lead's approval again. How the
 * work is going (status, progress notes) is not the agreement, and never sends the plan back.
 */
export const ACTION_REVIEW_FIELDS = ['title', 'nodeId', 'ownerId', 'partnerOrganizationId', 'startDate', 'dueDate'] as const;
export type ActionReviewField = (typeof ACTION_REVIEW_FIELDS)[number];

type ActionDefinition = Record<ActionReviewField, string | number | null> & { status: ActionStatus };

/** What an edit changes of the agreed action, and whether that takes an approved or submitted plan back to draft. */
export function actionEditOutcome(state: PlanState, before: ActionDefinition, after: ActionDefinition) {
  const changed = ACTION_REVIEW_FIELDS.filter((f) => before[f] !== after[f]);
  return { changed, returnsToDraft: changed.length > 0 && (state === 'approved' || state === 'in_review') };
}

// --- What changed since the last approval ---------------------------------------------------

export type SnapshotNode = { id: number; parentId: number | null; kind: NodeKind; title: string; description: string; position: number; retired: boolean };
export type SnapshotAction = {
  id: number;
  title: string;
  nodeId: number | null;
  ownerName: string | null;
  organizationName: string | null;
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
};
export type PlanSnapshot = { nodes: SnapshotNode[]; actions: SnapshotAction[] };

export type PlanChange =
  | { kind: 'node_added' | 'node_retired' | 'node_restored'; id: number; title: string; nodeKind: NodeKind }
  | { kind: 'node_renamed'; id: number; from: string; to: string; nodeKind: NodeKind }
  // A move names the parent it left and the one it went to (null: the top of the diagram).
  | { kind: 'node_moved'; id: number; title: string; nodeKind: NodeKind; from: string | null; to: string | null }
  | { kind: 'action_added' | 'action_removed'; id: number; title: string }
  | { kind: 'action_changed'; id: number; title: string; changes: ActionFieldChange[] };

/** One field of an action, before and after; a linked driver or change idea is given by its title. */
export type ActionFieldChange = { field: ActionField; from: string | null; to: string | null };
export type ActionField = 'title' | 'nodeId' | 'ownerName' | 'organizationName' | 'startDate' | 'dueDate';

// The snapshot's names for ACTION_REVIEW_FIELDS: status is progress, not plan, and owners
// update it without sending the plan back for review.
const ACTION_FIELDS: ActionField[] = ['title', 'nodeId', 'ownerName', 'organizationName', 'startDate', 'dueDate'];

/** The differences between an approved snapshot and the plan now, in diagram order. */
export function planChanges(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const changes: PlanChange[] = [];
  const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const newNodes = new Map(after.nodes.map((n) => [n.id, n]));
  const titleIn = (nodes: Map<number, SnapshotNode>, id: number | null) => (id === null ? null : (nodes.get(id)?.title ?? null));
  for (const node of after.nodes) {
    const old = oldNodes.get(node.id);
    const base = { id: node.id, nodeKind: node.kind };
    if (!old) {
      if (!node.retired) changes.push({ kind: 'node_added', ...base, title: node.title });
      continue;
    }
    if (old.retired !== node.retired) changes.push({ kind: node.retired ? 'node_retired' : 'node_restored', ...base, title: node.title });
    if (old.title !== node.title) changes.push({ kind: 'node_renamed', ...base, from: old.title, to: node.title });
    if (old.parentId !== node.parentId) {
      changes.push({ kind: 'node_moved', ...base, title: node.title, from: titleIn(oldNodes, old.parentId), to: titleIn(newNodes, node.parentId) });
    }
  }
  const oldActions = new Map(before.actions.map((a) => [a.id, a]));
  const newIds = new Set(after.actions.map((a) => a.id));
  for (const action of after.actions) {
    const old = oldActions.get(action.id);
    if (!old) {
      changes.push({ kind: 'action_added', id: action.id, title: action.title });
      continue;
    }
    const value = (a: SnapshotAction, nodes: Map<number, SnapshotNode>, f: ActionField) => (f === 'nodeId' ? titleIn(nodes, a.nodeId) : a[f]);
    const fields = ACTION_FIELDS.filter((f) => old[f] !== action[f]).map((field) => ({ field, from: value(old, oldNodes, field), to: value(action, newNodes, field) }));
    if (fields.length) changes.push({ kind: 'action_changed', id: action.id, title: action.title, changes: fields });
  }
  for (const old of before.actions) {
    if (!newIds.has(old.id)) changes.push({ kind: 'action_removed', id: old.id, title: old.title });
  }
  return changes;
}

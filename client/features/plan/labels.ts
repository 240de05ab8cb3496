import type { ActionFieldChange, PlanChange, PlanState } from '../../../shared/domain/plan.ts';
import { ACTION_STATUS_LABELS, NODE_KIND_LABELS, type ActionStatus, type NodeKind } from '../../../shared/schemas/plan.ts';
import { formatShortDay } from '../../../shared/format/dates.ts';

type Tone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

export const ACTION_STATUS_TONE: Record<ActionStatus, Tone> = {
  not_started: 'neutral',
  in_progress: 'accent',
  done: 'success',
  blocked: 'danger',
  dropped: 'neutral',
};

export const PLAN_STATE_TONE: Record<PlanState, Tone> = {
  draft: 'neutral',
  in_review: 'accent',
  approved: 'success',
  changes_requested: 'warning',
};

/** Lower case inside a sentence: "Add secondary driver", "a change idea". */
export function kindWord(kind: NodeKind): string {
  return NODE_KIND_LABELS[kind].toLowerCase();
}

/** The plural a column or a list is headed with. */
export const NODE_KIND_PLURALS: Record<NodeKind, string> = {
  primary: 'Primary drivers',
  secondary: 'Secondary drivers',
  change_idea: 'Change ideas',
};

export function statusLabel(status: ActionStatus): string {
  return ACTION_STATUS_LABELS[status];
}

/** A person or organization that is gone (or was never named) still needs a word. */
export function who(name: string | null | undefined): string {
  return name ?? 'Someone';
}

/** What changed in one field of an action, in the words people use for it. */
function fieldChange(c: ActionFieldChange): string {
  const date = (v: string | null) => (v === null ? 'none' : formatShortDay(v));
  switch (c.field) {
    case 'title':
      return `renamed from “${c.from ?? ''}”`;
    case 'nodeId':
      return c.to === null ? `no longer linked to “${c.from ?? ''}”` : c.from === null ? `linked to “${c.to}”` : `linked to “${c.to}” instead of “${c.from}”`;
    case 'ownerName':
      return c.to === null ? `owner ${c.from ?? ''} removed` : c.from === null ? `owner set to ${c.to}` : `owner changed from ${c.from} to ${c.to}`;
    case 'organizationName':
      return c.to === null ? `partner organization ${c.from ?? ''} removed` : c.from === null ? `partner organization set to ${c.to}` : `partner organization changed from ${c.from} to ${c.to}`;
    case 'startDate':
    case 'dueDate': {
      const label = c.field === 'startDate' ? 'start date' : 'due date';
      if (c.from === null) return `${label} set to ${date(c.to)}`;
      if (c.to === null) return `${label} ${date(c.from)} removed`;
      return `${label} moved from ${date(c.from)} to ${date(c.to)}`;
    }
  }
}

/** One change since the last approval, as a sentence. */
export function describeChange(change: PlanChange): string {
  switch (change.kind) {
    case 'node_added':
      return `Added ${kindWord(change.nodeKind)} “${change.title}”`;
    case 'node_retired':
      return `Retired ${kindWord(change.nodeKind)} “${change.title}”`;
    case 'node_restored':
      return `Restored ${kindWord(change.nodeKind)} “${change.title}”`;
    case 'node_renamed':
      return `Renamed ${kindWord(change.nodeKind)} “${change.from}” to “${change.to}”`;
    case 'node_moved': {
      const place = (title: string | null) => (title === null ? 'the top of the diagram' : `under “${title}”`);
      return `Moved ${kindWord(change.nodeKind)} “${change.title}” from ${place(change.from)} to ${place(change.to)}`;
    }
    case 'action_added':
      return `Added action “${change.title}”`;
    case 'action_removed':
      return `Removed action “${change.title}”`;
    case 'action_changed':
      return `Changed action “${change.title}”: ${change.changes.map(fieldChange).join('; ')}`;
  }
}

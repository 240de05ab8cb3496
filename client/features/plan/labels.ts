import type { PlanChange, PlanState, SnapshotAction } from '../../../shared/domain/plan.ts';
import { ACTION_STATUS_LABELS, NODE_KIND_LABELS, type ActionStatus, type NodeKind } from '../../../shared/schemas/plan.ts';
import { formatDate } from '../../lib/format.ts';

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

/** 'YYYY-MM-DD' is a calendar date with no time zone: read it as a local date so it never shifts a day. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatDate(new Date(y, m - 1, d));
}

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

const FIELD_LABELS: Partial<Record<keyof SnapshotAction, string>> = {
  title: 'what will be done',
  nodeId: 'linked driver or change idea',
  ownerName: 'owner',
  organizationName: 'partner organization',
  startDate: 'start date',
  dueDate: 'due date',
};

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
    case 'node_moved':
      return `Moved ${kindWord(change.nodeKind)} “${change.title}” under another driver`;
    case 'action_added':
      return `Added action “${change.title}”`;
    case 'action_removed':
      return `Removed action “${change.title}”`;
    case 'action_changed':
      return `Changed the ${listWords(change.fields.map((f) => FIELD_LABELS[f] ?? f))} of action “${change.title}”`;
  }
}

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

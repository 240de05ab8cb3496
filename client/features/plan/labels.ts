import type { ActionFieldChange, PlanChange, PlanState } from '../../../shared/domain/plan.ts';
import type { ActionStatus } from '../../../shared/schemas/plan.ts';
import type { Words } from '../../../shared/i18n/words.ts';

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

/** A person or organization that is gone (or was never named) still needs a word. */
export function who(w: Words, name: string | null | undefined): string {
  return name ?? w.t('plan:someone');
}

/** What changed in one field of an action, in the words people use for it. */
function fieldChange(w: Words, c: ActionFieldChange): string {
  const from = c.from ?? '';
  const to = c.to ?? '';
  switch (c.field) {
    case 'title':
      return w.t('plan:changes.field.title', { from });
    case 'nodeId':
    case 'ownerName':
    case 'organizationName': {
      const how = c.to === null ? 'removed' : c.from === null ? 'set' : 'changed';
      return w.t(`plan:changes.field.${c.field}.${how}`, { from, to });
    }
    case 'startDate':
    case 'dueDate': {
      const how = c.from === null ? 'set' : c.to === null ? 'removed' : 'moved';
      return w.t(`plan:changes.field.${c.field}.${how}`, { from: c.from && w.f.shortDay(c.from), to: c.to && w.f.shortDay(c.to) });
    }
  }
}

/** One change since the last approval, as a sentence. */
export function describeChange(w: Words, change: PlanChange): string {
  switch (change.kind) {
    case 'node_added':
    case 'node_retired':
    case 'node_restored':
      return w.t(`plan:changes.${change.kind}`, { kind: w.t(`plan:kind.inSentence.${change.nodeKind}`), title: change.title });
    case 'node_renamed':
      return w.t('plan:changes.node_renamed', { kind: w.t(`plan:kind.inSentence.${change.nodeKind}`), from: change.from, to: change.to });
    case 'node_moved': {
      const place = (title: string | null) => (title === null ? w.t('plan:changes.place.top') : w.t('plan:changes.place.under', { title }));
      return w.t('plan:changes.node_moved', {
        kind: w.t(`plan:kind.inSentence.${change.nodeKind}`),
        title: change.title,
        from: place(change.from),
        to: place(change.to),
      });
    }
    case 'action_added':
    case 'action_removed':
      return w.t(`plan:changes.${change.kind}`, { title: change.title });
    case 'action_changed':
      return w.t('plan:changes.action_changed', { title: change.title, changes: change.changes.map((c) => fieldChange(w, c)).join('; ') });
  }
}

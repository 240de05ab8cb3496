import { isOverdue } from '../../../../shared/domain/plan.ts';
import { byTimeKey } from '../../../../shared/domain/period.ts';
import { ACTION_STATUSES } from '../../../../shared/schemas/plan.ts';
import type { Words } from '../../../../shared/i18n/words.ts';
import type { PlanAction } from '../use-plan.ts';

export const SORTS = ['due', 'due-desc', 'updated', 'title'] as const;
export type Sort = (typeof SORTS)[number];

export const GROUPS = ['none', 'status', 'owner', 'organization'] as const;
export type Group = (typeof GROUPS)[number];

/** The list's filters, all kept in the address so a filtered list can be shared and bookmarked. */
export type Filters = {
  view: 'mine' | 'all';
  /** '' for any, 'overdue', or a status. */
  status: string;
  /** '' for anyone, 'none' for no owner, or a user id. */
  owner: string;
  /** '' for any, 'none', or an organization id. */
  organization: string;
  /** '' or a node id: the actions linked to one driver or change idea. */
  node: string;
  sort: Sort;
  group: Group;
};

export function readFilters(params: URLSearchParams, defaultView: Filters['view']): Filters {
  const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  return {
    view: pick(params.get('view'), ['mine', 'all'], defaultView),
    status: params.get('status') ?? '',
    owner: params.get('owner') ?? '',
    organization: params.get('organization') ?? '',
    node: params.get('node') ?? '',
    sort: pick(params.get('sort'), SORTS, 'due'),
    group: pick(params.get('group'), GROUPS, 'none'),
  };
}

export function filterActions(actions: readonly PlanAction[], f: Filters, me: string, today: string): PlanAction[] {
  return actions.filter(
    (a) =>
      (f.view === 'all' || a.ownerId === me) &&
      (!f.status || (f.status === 'overdue' ? isOverdue(a, today) : a.status === f.status)) &&
      (!f.owner || (f.owner === 'none' ? a.ownerId === null : a.ownerId === f.owner)) &&
      (!f.organization || (f.organization === 'none' ? a.partnerOrganizationId === null : String(a.partnerOrganizationId) === f.organization)) &&
      (!f.node || String(a.nodeId) === f.node),
  );
}

// Undated actions go last either way: they have no place on a timeline yet.
const NO_DATE = '9999-12-31';
const closed = (a: PlanAction) => a.status === 'done' || a.status === 'dropped';

export function sortActions(actions: PlanAction[], sort: Sort): PlanAction[] {
  const byTitle = (a: PlanAction, b: PlanAction) => a.title.localeCompare(b.title);
  const list = [...actions];
  switch (sort) {
    case 'due':
      // What still needs doing comes first; done and dropped actions after it.
      return list.sort((a, b) => Number(closed(a)) - Number(closed(b)) || byTimeKey(a.dueDate ?? NO_DATE, b.dueDate ?? NO_DATE) || byTitle(a, b));
    case 'due-desc':
      return list.sort((a, b) => byTimeKey(b.dueDate ?? '', a.dueDate ?? '') || byTitle(a, b));
    case 'updated':
      return list.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
    case 'title':
      return list.sort(byTitle);
  }
}

/** A group's heading: a status, or a person's or organization's own name (never translated). */
export type ActionGroup = { key: string; label: string; ownName: boolean; actions: PlanAction[] };

export function groupActions(w: Words, actions: PlanAction[], group: Group): ActionGroup[] {
  if (group === 'none') return [{ key: 'all', label: '', ownName: false, actions }];
  const groups = new Map<string, ActionGroup>();
  for (const a of actions) {
    const [key, label, ownName] =
      group === 'status'
        ? [a.status, w.t(`labels.actionStatus.${a.status}`), false]
        : group === 'owner'
          ? [a.ownerId ?? '', a.ownerName ?? w.t('plan:actions.noOwner'), a.ownerName !== null]
          : [String(a.partnerOrganizationId ?? ''), a.organizationName ?? w.t('plan:actions.noOrganization'), a.organizationName !== null];
    const g = groups.get(key) ?? { key, label, ownName, actions: [] };
    g.actions.push(a);
    groups.set(key, g);
  }
  const order = (g: ActionGroup) => (group === 'status' ? ACTION_STATUSES.indexOf(g.key as PlanAction['status']) : 0);
  // Statuses in their own order; people and organizations by name, "none" last.
  return [...groups.values()].sort((a, b) => order(a) - order(b) || Number(a.key === '') - Number(b.key === '') || a.label.localeCompare(b.label));
}

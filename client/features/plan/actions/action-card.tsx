import { CalendarClock, TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { isOverdue } from '../../../../shared/domain/plan.ts';
import { NODE_KIND_LABELS } from '../../../../shared/schemas/plan.ts';
import { Badge } from '../../../components/ui/badge.tsx';
import { cx } from '../../../components/ui/cx.ts';
import { formatShortDay } from '../../../../shared/format/dates.ts';
import { ACTION_STATUS_TONE, statusLabel } from '../labels.ts';
import { commentsAbout, ReviewNote } from '../review/review-note.tsx';
import type { Plan, PlanAction } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

/** The word that makes an overdue action stand out without relying on its colour. */
export function OverdueBadge() {
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
      <TriangleAlert aria-hidden="true" className="size-3.5" /> Overdue
    </span>
  );
}

export function ActionDates({ action, overdue }: { action: PlanAction; overdue: boolean }) {
  if (!action.startDate && !action.dueDate) return <span className="text-slate-600">No dates</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5">
      <CalendarClock aria-hidden="true" className="size-4 shrink-0 text-slate-600" />
      {action.startDate && <span>Starts {formatShortDay(action.startDate)}</span>}
      {action.startDate && action.dueDate && <span aria-hidden="true">·</span>}
      {action.dueDate && <span className={cx(overdue && 'font-semibold text-red-800')}>Due {formatShortDay(action.dueDate)}</span>}
    </span>
  );
}

/** One action in the list: what, who, when, where it stands, and a lead's comment on it. */
export function ActionCard({ action, plan, slug, today, mine }: { action: PlanAction; plan: Plan; slug: string; today: string; mine: boolean }) {
  const overdue = isOverdue(action, today);
  const node = action.nodeId === null ? null : plan.nodes.find((n) => n.id === action.nodeId);
  return (
    <li className={cx('space-y-2 p-4', overdue && 'border-l-4 border-l-red-700')}>
      <div className="flex flex-col gap-1.5 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
        <Link to={paths.action.href({ slug, actionId: action.id })} className="min-w-0 font-medium break-words">
          {action.title}
        </Link>
        <div className="flex shrink-0 flex-wrap items-center gap-1.5">
          {overdue && <OverdueBadge />}
          <Badge tone={ACTION_STATUS_TONE[action.status]}>{statusLabel(action.status)}</Badge>
        </div>
      </div>
      <div className="space-y-1 text-sm text-slate-700">
        <p>
          {action.ownerName ? (
            <>
              {action.ownerName}
              {mine && <span className="text-slate-600"> (you)</span>}
            </>
          ) : (
            <span className="text-slate-600">No owner yet</span>
          )}
          {action.organizationName && <span className="text-slate-600"> · {action.organizationName}</span>}
        </p>
        <p>
          <ActionDates action={action} overdue={overdue} />
        </p>
        {node && (
          <p className="break-words text-slate-600">
            {NODE_KIND_LABELS[node.kind]}: {node.title}
            {node.retiredAt && ' (retired)'}
          </p>
        )}
        {action.latestNote && <p className="line-clamp-2 break-words text-slate-600">Latest note: “{action.latestNote}”</p>}
      </div>
      <ReviewNote plan={plan} comments={commentsAbout(plan, 'action', action.id)} />
    </li>
  );
}

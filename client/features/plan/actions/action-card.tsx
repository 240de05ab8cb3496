import { CalendarClock, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isOverdue } from '../../../../shared/domain/plan.ts';
import { Badge } from '../../../components/ui/badge.tsx';
import { cx } from '../../../components/ui/cx.ts';
import { useFormats } from '../../../lib/use-words.ts';
import { ACTION_STATUS_TONE } from '../labels.ts';
import { commentsAbout, ReviewNote } from '../review/review-note.tsx';
import type { Plan, PlanAction } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

/** The word that makes an overdue action stand out without relying on its colour. */
export function OverdueBadge() {
  const { t } = useTranslation('plan');
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
      <TriangleAlert aria-hidden="true" className="size-3.5" /> {t('actions.overdue')}
    </span>
  );
}

export function ActionDates({ action, overdue }: { action: PlanAction; overdue: boolean }) {
  const { t } = useTranslation('plan');
  const f = useFormats();
  if (!action.startDate && !action.dueDate) return <span className="text-slate-600">{t('actions.noDates')}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5">
      <CalendarClock aria-hidden="true" className="size-4 shrink-0 text-slate-600" />
      {action.startDate && <span>{t('actions.starts', { date: f.shortDay(action.startDate) })}</span>}
      {action.startDate && action.dueDate && <span aria-hidden="true">·</span>}
      {action.dueDate && <span className={cx(overdue && 'font-semibold text-red-800')}>{t('actions.due', { date: f.shortDay(action.dueDate) })}</span>}
    </span>
  );
}

/** One action in the list: what, who, when, where it stands, and a lead's comment on it. */
export function ActionCard({ action, plan, slug, today, mine }: { action: PlanAction; plan: Plan; slug: string; today: string; mine: boolean }) {
  const { t } = useTranslation(['plan', 'common']);
  const overdue = isOverdue(action, today);
  const node = action.nodeId === null ? null : plan.nodes.find((n) => n.id === action.nodeId);
  return (
    <li className={cx('space-y-2 p-4', overdue && 'border-l-4 border-l-red-700')}>
      <div className="flex flex-col gap-1.5 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
        <Link to={paths.action.href({ slug, actionId: action.id })} className="min-w-0 font-medium break-words" translate="no">
          {action.title}
        </Link>
        <div className="flex shrink-0 flex-wrap items-center gap-1.5">
          {overdue && <OverdueBadge />}
          <Badge tone={ACTION_STATUS_TONE[action.status]}>{t(`common:labels.actionStatus.${action.status}`)}</Badge>
        </div>
      </div>
      <div className="space-y-1 text-sm text-slate-700">
        <p>
          {action.ownerName ? (
            <>
              <span translate="no">{action.ownerName}</span>
              {mine && <span className="text-slate-600"> {t('actions.you')}</span>}
            </>
          ) : (
            <span className="text-slate-600">{t('actions.noOwnerYet')}</span>
          )}
          {action.organizationName && (
            <span className="text-slate-600">
              {' · '}
              <span translate="no">{action.organizationName}</span>
            </span>
          )}
        </p>
        <p>
          <ActionDates action={action} overdue={overdue} />
        </p>
        {node && (
          <p className="break-words text-slate-600">
            {t(node.retiredAt ? 'actions.linkedRetired' : 'actions.linked', { kind: t(`common:labels.nodeKind.${node.kind}`), title: node.title })}
          </p>
        )}
        {action.latestNote && <p className="line-clamp-2 break-words text-slate-600">{t('actions.latestNote', { note: action.latestNote })}</p>}
      </div>
      <ReviewNote plan={plan} comments={commentsAbout(plan, 'action', action.id)} />
    </li>
  );
}

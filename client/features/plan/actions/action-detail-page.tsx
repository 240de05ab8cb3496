import { Pencil } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isOverdue, localToday } from '../../../../shared/domain/plan.ts';
import { can } from '../../../../shared/domain/permissions.ts';
import { SuccessNotice } from '../../../components/ui/success-notice.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { buttonClasses } from '../../../components/ui/button.tsx';
import { cx } from '../../../components/ui/cx.ts';
import { SectionCard } from '../../../components/ui/card.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { ActionNotFound } from './action-form-pages.tsx';
import type { ActionPageState } from './action-form.tsx';
import { OverdueBadge } from './action-card.tsx';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { ACTION_STATUS_TONE } from '../labels.ts';
import { useFormats } from '../../../lib/use-words.ts';
import { ProgressForm } from './progress-form.tsx';
import { ProgressNotes } from './progress-notes.tsx';
import { commentsAbout, ReviewNote } from '../review/review-note.tsx';
import { usePlan } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

export function ActionDetailPage() {
  const { t } = useTranslation(['plan', 'common']);
  const f = useFormats();
  const { network, standing, myId, plan } = usePlan();
  const { actionId } = useParams();
  const action = plan.actions.find((a) => String(a.id) === actionId);
  usePageTitle(action ? t('detail.title', { action: action.title, network: network.name }) : t('detail.notFoundTitle', { network: network.name }));
  const location = useLocation();
  const [notice] = useState((location.state as ActionPageState)?.notice);
  if (!action) return <ActionNotFound />;

  const canEdit = can(standing, 'plan.edit');
  // Owners report on their own actions; facilitators and leads on any.
  const canReport = canEdit || (can(standing, 'action.progress') && action.ownerId === myId);
  const overdue = isOverdue(action, localToday());
  const node = action.nodeId === null ? null : plan.nodes.find((n) => n.id === action.nodeId);

  return (
    <div className="space-y-4">
      <BackLink to={paths.actions.href({ slug: network.slug })}>{t('detail.back')}</BackLink>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-2">
          <h3 className="text-lg font-semibold break-words text-slate-900" translate="no">
            {action.title}
          </h3>
          <p className="flex flex-wrap items-center gap-1.5">
            {overdue && <OverdueBadge />}
            <Badge tone={ACTION_STATUS_TONE[action.status]}>{t(`common:labels.actionStatus.${action.status}`)}</Badge>
          </p>
        </div>
        {canEdit && (
          <Link to={paths.editAction.href({ slug: network.slug, actionId: action.id })} className={buttonClasses('secondary', 'md', 'no-underline hover:no-underline')}>
            <Pencil aria-hidden="true" className="size-4" /> {t('detail.edit')}
          </Link>
        )}
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      <ReviewNote plan={plan} comments={commentsAbout(plan, 'action', action.id)} />

      <div className={cx('grid items-start gap-4', canReport && 'md:grid-cols-2')}>
        <SectionCard title={t('detail.details')} headingLevel={3}>
          <dl className="space-y-3 text-sm">
            <Detail term={t('actions.filter.owner')}>
              {action.ownerName ? (
                <>
                  <span translate="no">{action.ownerName}</span>
                  {action.ownerId === myId && ` ${t('actions.you')}`}
                </>
              ) : (
                t('actions.noOwnerYet')
              )}
            </Detail>
            <Detail term={t('form.organization.label')}>
              {action.organizationName ? <span translate="no">{action.organizationName}</span> : t('form.organization.none')}
            </Detail>
            <Detail term={t('detail.start')}>{action.startDate ? f.shortDay(action.startDate) : t('form.noDate')}</Detail>
            <Detail term={t('detail.due')}>
              {action.dueDate ? f.shortDay(action.dueDate) : t('form.noDate')}
              {overdue && <span className="font-semibold text-red-800"> {t('detail.overdue')}</span>}
            </Detail>
            <Detail term={t('detail.linkedTo')}>
              {node ? (
                <Link to={`${paths.planDiagram.href({ slug: network.slug })}#node-${node.id}`} className="break-words">
                  {t(node.retiredAt ? 'actions.linkedRetired' : 'actions.linked', { kind: t(`common:labels.nodeKind.${node.kind}`), title: node.title })}
                </Link>
              ) : (
                t('detail.notLinked')
              )}
            </Detail>
          </dl>
        </SectionCard>
        {canReport && (
          <SectionCard title={t('detail.updateProgress')} headingLevel={3}>
            <ProgressForm key={action.id} action={action} />
          </SectionCard>
        )}
      </div>

      <SectionCard title={t('detail.progressNotes')} headingLevel={3}>
        <ProgressNotes actionId={action.id} />
      </SectionCard>
    </div>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_minmax(0,1fr)] gap-2">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

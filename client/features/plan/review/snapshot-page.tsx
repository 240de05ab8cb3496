import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SnapshotAction, SnapshotNode } from '../../../../shared/domain/plan.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { MessagePage } from '../../../components/ui/message-page.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AimBox } from '../diagram/aim-box.tsx';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { DriverDiagram } from '../diagram/driver-diagram.tsx';
import { ACTION_STATUS_TONE, who } from '../labels.ts';
import { buildTree } from '../../../../shared/domain/plan-tree.ts';
import { usePlan } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

/** An approved plan as it was: read-only, whatever has changed since. */
export function SnapshotPage() {
  const { t } = useTranslation(['plan', 'common']);
  const w = useWords('plan');
  const f = useFormats();
  const { network, plan } = usePlan();
  const { snapshotId } = useParams();
  const trpc = useTRPC();
  const id = Number(snapshotId);
  const snapshot = useQuery({ ...trpc.plan.snapshot.queryOptions({ networkId: network.id, snapshotId: id }), enabled: Number.isInteger(id) && id > 0 });
  const title = snapshot.data ? t('snapshot.title', { date: f.date(snapshot.data.at) }) : t('snapshot.titleUnknown');
  usePageTitle(t('snapshot.pageTitle', { title, network: network.name }));
  const back = <BackLink to={paths.planReview.href({ slug: network.slug })}>{t('snapshot.back')}</BackLink>;

  if (!Number.isInteger(id) || id <= 0 || errorCode(snapshot.error) === 'NOT_FOUND' || errorCode(snapshot.error) === 'BAD_REQUEST') {
    return (
      <MessagePage headingLevel={2} title={t('snapshot.notFound.title')}>
        {t('snapshot.notFound.body')}
      </MessagePage>
    );
  }
  if (snapshot.isPending) return <LoadingState label={t('snapshot.loading')} />;
  if (snapshot.isError) return <ErrorState message={errorMessage(snapshot.error)} onRetry={() => void snapshot.refetch()} />;

  const { nodes, actions } = snapshot.data.snapshot;
  const retired = buildTree(nodes).retired;
  return (
    <div className="space-y-4">
      {back}
      <div className="space-y-1">
        <h3 className="text-lg font-semibold text-slate-900">{title}</h3>
        <p className="text-sm text-slate-700">
          {t('status.sentence.approvedBy', { name: who(w, snapshot.data.byName), date: f.date(snapshot.data.at) })}
          {snapshot.data.note && ` ${t('snapshot.note', { note: snapshot.data.note })}`}
        </p>
      </div>
      <Alert tone="info">{t('snapshot.asApproved')}</Alert>

      <section aria-labelledby="snapshot-diagram" className="space-y-3">
        <h4 id="snapshot-diagram" className="text-base font-semibold text-slate-900">
          {t('diagram.heading')}
        </h4>
        {nodes.length === 0 ? (
          <EmptyState>{t('snapshot.emptyDiagram')}</EmptyState>
        ) : (
          <DriverDiagram
            nodes={nodes}
            aim={<AimBox aim={plan.aim} caption={t('snapshot.aimCaption')} />}
            footer={(node) => {
              const count = actions.filter((a) => a.nodeId === node.id).length;
              return <p className="text-sm text-slate-700">{t('diagram.actions', { count, n: f.count(count) })}</p>;
            }}
          />
        )}
        {retired.length > 0 && (
          <p className="text-sm text-slate-700">
            {t('snapshot.retiredThen', {
              items: retired.map((n) => t('snapshot.retiredItem', { kind: t(`common:labels.nodeKind.${n.kind}`), title: n.title })).join('; '),
            })}
          </p>
        )}
      </section>

      <section aria-labelledby="snapshot-actions" className="space-y-3">
        <h4 id="snapshot-actions" className="text-base font-semibold text-slate-900">
          {t('layout.sections.actions')}
        </h4>
        {actions.length === 0 ? (
          <EmptyState>{t('snapshot.noActions')}</EmptyState>
        ) : (
          <ul aria-label={t('snapshot.actionsLabel')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
            {actions.map((a) => (
              <SnapshotActionItem key={a.id} action={a} nodes={nodes} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function SnapshotActionItem({ action, nodes }: { action: SnapshotAction; nodes: SnapshotNode[] }) {
  const { t } = useTranslation(['plan', 'common']);
  const f = useFormats();
  const node = nodes.find((n) => n.id === action.nodeId);
  const dates = [action.startDate && t('actions.starts', { date: f.shortDay(action.startDate) }), action.dueDate && t('actions.due', { date: f.shortDay(action.dueDate) })];
  return (
    <li className="space-y-1 p-4 text-sm">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between">
        <p className="font-medium break-words text-slate-900" translate="no">
          {action.title}
        </p>
        <Badge tone={ACTION_STATUS_TONE[action.status]}>{t(`common:labels.actionStatus.${action.status}`)}</Badge>
      </div>
      <p className="text-slate-700">
        {action.ownerName ? <span translate="no">{action.ownerName}</span> : t('actions.noOwner')}
        {action.organizationName && (
          <>
            {' · '}
            <span translate="no">{action.organizationName}</span>
          </>
        )}
      </p>
      <p className="text-slate-700">{action.startDate || action.dueDate ? dates.filter(Boolean).join(' · ') : t('actions.noDates')}</p>
      {node && (
        <p className="break-words text-slate-600">{t('actions.linked', { kind: t(`common:labels.nodeKind.${node.kind}`), title: node.title })}</p>
      )}
    </li>
  );
}

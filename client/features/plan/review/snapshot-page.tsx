import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { SnapshotAction, SnapshotNode } from '../../../../shared/domain/plan.ts';
import { NODE_KIND_LABELS } from '../../../../shared/schemas/plan.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { MessagePage } from '../../../components/ui/message-page.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { formatDate } from '../../../../shared/format/dates.ts';
import { plural } from '../../../../shared/format/words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AimBox } from '../diagram/aim-box.tsx';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { DriverDiagram } from '../diagram/driver-diagram.tsx';
import { formatShortDay } from '../../../../shared/format/dates.ts';
import { ACTION_STATUS_TONE, statusLabel, who } from '../labels.ts';
import { buildTree } from '../../../../shared/domain/plan-tree.ts';
import { usePlan } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

/** An approved plan as it was: read-only, whatever has changed since. */
export function SnapshotPage() {
  const { network, plan } = usePlan();
  const { snapshotId } = useParams();
  const trpc = useTRPC();
  const id = Number(snapshotId);
  const snapshot = useQuery({ ...trpc.plan.snapshot.queryOptions({ networkId: network.id, snapshotId: id }), enabled: Number.isInteger(id) && id > 0 });
  const title = snapshot.data ? `Plan approved on ${formatDate(snapshot.data.at)}` : 'Approved plan';
  usePageTitle(`${title} · ${network.name}`);
  const back = <BackLink to={paths.planReview.href({ slug: network.slug })}>Review and approved plans</BackLink>;

  if (!Number.isInteger(id) || id <= 0 || errorCode(snapshot.error) === 'NOT_FOUND' || errorCode(snapshot.error) === 'BAD_REQUEST') {
    return (
      <MessagePage headingLevel={2} title="Approved plan not found">
        There is no such approved plan in this network. The link may be mistyped.
      </MessagePage>
    );
  }
  if (snapshot.isPending) return <LoadingState label="Loading the approved plan" />;
  if (snapshot.isError) return <ErrorState message={errorMessage(snapshot.error)} onRetry={() => void snapshot.refetch()} />;

  const { nodes, actions } = snapshot.data.snapshot;
  const retired = buildTree(nodes).retired;
  return (
    <div className="space-y-4">
      {back}
      <div className="space-y-1">
        <h3 className="text-lg font-semibold text-slate-900">{title}</h3>
        <p className="text-sm text-slate-700">
          Approved by {who(snapshot.data.byName)} on {formatDate(snapshot.data.at)}.
          {snapshot.data.note && <> Note: “{snapshot.data.note}”</>}
        </p>
      </div>
      <Alert tone="info">This is the plan exactly as it was approved. It is kept as it was and cannot be changed.</Alert>

      <section aria-labelledby="snapshot-diagram" className="space-y-3">
        <h4 id="snapshot-diagram" className="text-base font-semibold text-slate-900">
          Driver diagram
        </h4>
        {nodes.length === 0 ? (
          <EmptyState>The driver diagram was empty.</EmptyState>
        ) : (
          <DriverDiagram
            nodes={nodes}
            aim={<AimBox aim={plan.aim} caption="The charter’s aim today: approvals keep the plan, not the charter." />}
            footer={(node) => <p className="text-sm text-slate-700">{plural(actions.filter((a) => a.nodeId === node.id).length, 'action')}</p>}
          />
        )}
        {retired.length > 0 && (
          <p className="text-sm text-slate-700">
            Retired then: {retired.map((n) => `${NODE_KIND_LABELS[n.kind]} “${n.title}”`).join('; ')}.
          </p>
        )}
      </section>

      <section aria-labelledby="snapshot-actions" className="space-y-3">
        <h4 id="snapshot-actions" className="text-base font-semibold text-slate-900">
          Actions
        </h4>
        {actions.length === 0 ? (
          <EmptyState>There were no actions.</EmptyState>
        ) : (
          <ul aria-label="Actions as approved" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
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
  const node = nodes.find((n) => n.id === action.nodeId);
  return (
    <li className="space-y-1 p-4 text-sm">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between">
        <p className="font-medium break-words text-slate-900">{action.title}</p>
        <Badge tone={ACTION_STATUS_TONE[action.status]}>{statusLabel(action.status)}</Badge>
      </div>
      <p className="text-slate-700">
        {action.ownerName ?? 'No owner'}
        {action.organizationName && ` · ${action.organizationName}`}
      </p>
      <p className="text-slate-700">
        {action.startDate && `Starts ${formatShortDay(action.startDate)}`}
        {action.startDate && action.dueDate && ' · '}
        {action.dueDate && `Due ${formatShortDay(action.dueDate)}`}
        {!action.startDate && !action.dueDate && 'No dates'}
      </p>
      {node && (
        <p className="break-words text-slate-600">
          {NODE_KIND_LABELS[node.kind]}: {node.title}
        </p>
      )}
    </li>
  );
}

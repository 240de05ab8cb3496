import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { NODE_KIND_LABELS } from '../../../../shared/schemas/plan.ts';
import { SectionCard } from '../../../components/ui/card.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDate } from '../../../../shared/format/dates.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { describeChange, who } from '../labels.ts';
import { usePlan, type Plan, type ReviewComment } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

export function ReviewPage() {
  const { network, plan } = usePlan();
  usePageTitle(`Plan review · ${network.name}`);
  return (
    <div className="space-y-4">
      <h3 className="text-lg font-semibold text-slate-900">Review</h3>
      <RequestedChanges plan={plan} slug={network.slug} />
      <ChangesSinceApproval plan={plan} />
      <Snapshots slug={network.slug} />
    </div>
  );
}

function RequestedChanges({ plan, slug }: { plan: Plan; slug: string }) {
  const review = plan.lastReview;
  if (review?.kind !== 'changes_requested') return null;
  return (
    <SectionCard title="Requested changes" headingLevel={3}>
      <p className="mb-3 text-sm text-slate-700">
        {who(review.byName)} requested changes on {formatDate(review.at)}. They show next to what they are about until the plan is submitted again.
      </p>
      <ul className="space-y-3">
        {review.comments.map((c, i) => (
          <li key={i} className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="font-semibold break-words">
              <CommentTarget comment={c} plan={plan} slug={slug} />
            </p>
            <p className="break-words whitespace-pre-line">{c.body}</p>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}

function CommentTarget({ comment, plan, slug }: { comment: ReviewComment; plan: Plan; slug: string }) {
  if (comment.target === 'node') {
    const node = plan.nodes.find((n) => n.id === comment.targetId);
    if (!node) return <>About an item no longer in the diagram</>;
    return (
      <>
        About {NODE_KIND_LABELS[node.kind].toLowerCase()} <Link to={`${paths.planDiagram.href({ slug })}#node-${node.id}`} className="underline">“{node.title}”</Link>
      </>
    );
  }
  if (comment.target === 'action') {
    const action = plan.actions.find((a) => a.id === comment.targetId);
    if (!action) return <>About an action no longer in the plan</>;
    return (
      <>
        About action <Link to={paths.action.href({ slug, actionId: action.id })} className="underline">“{action.title}”</Link>
      </>
    );
  }
  return <>About the whole plan</>;
}

function ChangesSinceApproval({ plan }: { plan: Plan }) {
  const changes = plan.changesSinceApproval;
  return (
    <SectionCard title="What changed since the last approval" headingLevel={3}>
      {changes === null || !plan.lastApproval ? (
        <p className="text-sm text-slate-700">The plan has not been approved yet, so there is nothing to compare with.</p>
      ) : changes.length === 0 ? (
        <p className="text-sm text-slate-700">
          Nothing, apart from progress on actions: the plan is as {who(plan.lastApproval.byName)} approved it on {formatDate(plan.lastApproval.at)}.
        </p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700">
            Since {who(plan.lastApproval.byName)} approved it on {formatDate(plan.lastApproval.at)} (progress on actions aside):
          </p>
          <ul className="list-disc space-y-1 pl-6 text-sm text-slate-900">
            {changes.map((c, i) => (
              <li key={i} className="break-words">
                {describeChange(c)}
              </li>
            ))}
          </ul>
        </>
      )}
    </SectionCard>
  );
}

function Snapshots({ slug }: { slug: string }) {
  const { network } = usePlan();
  const trpc = useTRPC();
  const snapshots = useQuery(trpc.plan.snapshots.queryOptions({ networkId: network.id }));
  return (
    <SectionCard title="Approved plans" headingLevel={3}>
      {snapshots.isPending && <LoadingState label="Loading approved plans" />}
      {snapshots.isError && <ErrorState message={errorMessage(snapshots.error)} onRetry={() => void snapshots.refetch()} />}
      {snapshots.data?.length === 0 && <EmptyState>No approved plan yet. Each approval keeps the plan as it was, to look back at here.</EmptyState>}
      {snapshots.data && snapshots.data.length > 0 && (
        <ul className="divide-y divide-slate-200">
          {snapshots.data.map((s) => (
            <li key={s.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between sm:gap-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  Approved by {who(s.byName)} on {formatDate(s.at)}
                </p>
                {s.note && <p className="break-words text-slate-700">“{s.note}”</p>}
              </div>
              <Link to={paths.planSnapshot.href({ slug, snapshotId: s.id })} className="inline-flex min-h-11 shrink-0 items-center text-sm font-medium">
                View the plan approved on {formatDate(s.at)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../../../components/ui/card.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { describeChange, who } from '../labels.ts';
import { usePlan, type Plan, type ReviewComment } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

export function ReviewPage() {
  const { t } = useTranslation('plan');
  const { network, plan } = usePlan();
  usePageTitle(t('review.title', { network: network.name }));
  return (
    <div className="space-y-4">
      <h3 className="text-lg font-semibold text-slate-900">{t('layout.sections.review')}</h3>
      <RequestedChanges plan={plan} slug={network.slug} />
      <ChangesSinceApproval plan={plan} />
      <Snapshots slug={network.slug} />
    </div>
  );
}

function RequestedChanges({ plan, slug }: { plan: Plan; slug: string }) {
  const { t } = useTranslation('plan');
  const w = useWords('plan');
  const f = useFormats();
  const review = plan.lastReview;
  if (review?.kind !== 'changes_requested') return null;
  return (
    <SectionCard title={t('review.requested.title')} headingLevel={3}>
      <p className="mb-3 text-sm text-slate-700">{t('review.requested.intro', { name: who(w, review.byName), date: f.date(review.at) })}</p>
      <ul className="space-y-3">
        {review.comments.map((c, i) => (
          <li key={i} className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="font-semibold break-words">
              <CommentTarget comment={c} plan={plan} slug={slug} />
            </p>
            <p translate="no" className="break-words whitespace-pre-line">
              {c.body}
            </p>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}

function CommentTarget({ comment, plan, slug }: { comment: ReviewComment; plan: Plan; slug: string }) {
  const { t } = useTranslation('plan');
  if (comment.target === 'node') {
    const node = plan.nodes.find((n) => n.id === comment.targetId);
    if (!node) return <>{t('review.about.goneNode')}</>;
    return (
      <Trans
        t={t}
        i18nKey="review.about.node"
        values={{ kind: t(`kind.lower.${node.kind}`), title: node.title }}
        components={{ a: <Link to={`${paths.planDiagram.href({ slug })}#node-${node.id}`} className="underline" /> }}
      />
    );
  }
  if (comment.target === 'action') {
    const action = plan.actions.find((a) => a.id === comment.targetId);
    if (!action) return <>{t('review.about.goneAction')}</>;
    return (
      <Trans
        t={t}
        i18nKey="review.about.action"
        values={{ title: action.title }}
        components={{ a: <Link to={paths.action.href({ slug, actionId: action.id })} className="underline" /> }}
      />
    );
  }
  return <>{t('review.about.plan')}</>;
}

function ChangesSinceApproval({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plan');
  const w = useWords('plan');
  const f = useFormats();
  const changes = plan.changesSinceApproval;
  const by = plan.lastApproval && { name: who(w, plan.lastApproval.byName), date: f.date(plan.lastApproval.at) };
  return (
    <SectionCard title={t('review.since.title')} headingLevel={3}>
      {changes === null || !by ? (
        <p className="text-sm text-slate-700">{t('review.since.notApproved')}</p>
      ) : changes.length === 0 ? (
        <p className="text-sm text-slate-700">{t('review.since.nothing', by)}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700">{t('review.since.intro', by)}</p>
          <ul className="list-disc space-y-1 pl-6 text-sm text-slate-900">
            {changes.map((c, i) => (
              <li key={i} className="break-words">
                {describeChange(w, c)}
              </li>
            ))}
          </ul>
        </>
      )}
    </SectionCard>
  );
}

function Snapshots({ slug }: { slug: string }) {
  const { t } = useTranslation('plan');
  const w = useWords('plan');
  const f = useFormats();
  const { network } = usePlan();
  const trpc = useTRPC();
  const snapshots = useQuery(trpc.plan.snapshots.queryOptions({ networkId: network.id }));
  return (
    <SectionCard title={t('review.snapshots.title')} headingLevel={3}>
      {snapshots.isPending && <LoadingState label={t('review.snapshots.loading')} />}
      {snapshots.isError && <ErrorState message={errorMessage(snapshots.error)} onRetry={() => void snapshots.refetch()} />}
      {snapshots.data?.length === 0 && <EmptyState>{t('review.snapshots.empty')}</EmptyState>}
      {snapshots.data && snapshots.data.length > 0 && (
        <ul className="divide-y divide-slate-200">
          {snapshots.data.map((s) => (
            <li key={s.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between sm:gap-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">{t('review.snapshots.approvedBy', { name: who(w, s.byName), date: f.date(s.at) })}</p>
                {s.note && <p className="break-words text-slate-700">{t('form.quoted', { title: s.note })}</p>}
              </div>
              <Link to={paths.planSnapshot.href({ slug, snapshotId: s.id })} className="inline-flex min-h-11 shrink-0 items-center text-sm font-medium">
                {t('review.snapshots.view', { date: f.date(s.at) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

import { MessageSquareWarning } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { who } from '../labels.ts';
import type { Plan, ReviewComment } from '../use-plan.ts';

/** The lead's requested-change comments about one thing; they stand until the plan is submitted again. */
export function commentsAbout(plan: Plan, target: ReviewComment['target'], id: number | null): ReviewComment[] {
  if (plan.lastReview?.kind !== 'changes_requested') return [];
  return plan.lastReview.comments.filter((c) => c.target === target && (target === 'plan' || c.targetId === id));
}

/** A lead's comments next to the node or action they are about. */
export function ReviewNote({ plan, comments }: { plan: Plan; comments: ReviewComment[] }) {
  const { t } = useTranslation('plan');
  const w = useWords('plan');
  if (!comments.length) return null;
  return (
    <div className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-2.5 text-sm text-amber-950">
      <p className="flex items-center gap-1.5 font-semibold">
        <MessageSquareWarning aria-hidden="true" className="size-4 shrink-0" />
        {t('comments.by', { name: who(w, plan.lastReview?.byName) })}
      </p>
      {comments.map((c, i) => (
        <p key={i} translate="no" className="break-words whitespace-pre-line">
          {c.body}
        </p>
      ))}
    </div>
  );
}

/** The lead's comments about the whole plan, on top of every plan page. */
export function PlanComments({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plan');
  const w = useWords('plan');
  const f = useFormats();
  const comments = commentsAbout(plan, 'plan', null);
  const review = plan.lastReview;
  if (!comments.length || !review) return null;
  return (
    <section aria-label={t('comments.wholePlan')} className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h3 className="flex items-center gap-2 font-semibold">
        <MessageSquareWarning aria-hidden="true" className="size-5 shrink-0" />
        {t('comments.wholePlanBy', { name: who(w, review.byName), date: f.date(review.at) })}
      </h3>
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {comments.map((c, i) => (
          <li key={i} translate="no" className="break-words whitespace-pre-line">
            {c.body}
          </li>
        ))}
      </ul>
    </section>
  );
}

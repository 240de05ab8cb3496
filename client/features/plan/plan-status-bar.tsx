import { useState } from 'react';
import { PLAN_STATE_LABELS } from '../../../shared/domain/plan.ts';
import { can } from '../../../shared/domain/permissions.ts';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { formatDate } from '../../../shared/format/dates.ts';
import { PLAN_STATE_TONE, who } from './labels.ts';
import { RequestChangesDialog } from './review/request-changes-dialog.tsx';
import { REVIEW_STEP_BUTTON, ReviewStepDialog } from './review/review-step-dialog.tsx';
import type { Plan } from './use-plan.ts';

/** Where the plan stands in its review, and the next review step for whoever may take it. */
export function PlanStatusBar({ plan }: { plan: Plan }) {
  const { standing } = useCurrentNetwork();
  const [notice, setNotice] = useState<string | null>(null);
  // Which review step's dialog is open. Held here, not next to its button: a refresh may hide the
  // button (the plan moved on), and the dialog must stay to say so.
  const [open, setOpen] = useState<'submit' | 'approve' | 'request' | null>(null);
  const dialog = (name: NonNullable<typeof open>) => ({
    open: open === name,
    onOpenChange: (o: boolean) => setOpen(o ? name : null),
    onDone: setNotice,
  });
  const { state, lastApproval } = plan;
  const canSubmit = can(standing, 'plan.edit') && (state === 'draft' || state === 'changes_requested') && plan.version > 0;
  const canReview = can(standing, 'plan.review') && state === 'in_review';

  return (
    <section aria-label="Plan status" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className="font-medium text-slate-900">Plan status</span>
            <Badge tone={PLAN_STATE_TONE[state]}>{PLAN_STATE_LABELS[state]}</Badge>
          </p>
          <p className="text-sm text-slate-700">{stateSentence(plan)}</p>
          {lastApproval && state !== 'approved' && (
            <p className="text-sm text-slate-700">
              Last approved by {who(lastApproval.byName)} on {formatDate(lastApproval.at)}.
            </p>
          )}
          {/* The note that goes with where the plan stands: the submission's, or the approval's. */}
          {state === 'in_review' && plan.lastReview?.note && (
            <p className="text-sm break-words text-slate-700">
              Note from {who(plan.lastReview.byName)}: “{plan.lastReview.note}”
            </p>
          )}
          {state === 'approved' && lastApproval?.note && (
            <p className="text-sm break-words text-slate-700">
              Note from {who(lastApproval.byName)}: “{lastApproval.note}”
            </p>
          )}
        </div>
        {(canSubmit || canReview) && (
          <div className="flex shrink-0 flex-wrap gap-2">
            {canSubmit && <Button onClick={() => setOpen('submit')}>{REVIEW_STEP_BUTTON.submit}</Button>}
            {canReview && <Button onClick={() => setOpen('approve')}>{REVIEW_STEP_BUTTON.approve}</Button>}
            {canReview && (
              <Button variant="secondary" onClick={() => setOpen('request')}>
                Request changes
              </Button>
            )}
          </div>
        )}
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      <ReviewStepDialog step="submit" plan={plan} {...dialog('submit')} />
      <ReviewStepDialog step="approve" plan={plan} {...dialog('approve')} />
      <RequestChangesDialog plan={plan} {...dialog('request')} />
    </section>
  );
}

function stateSentence(plan: Plan): string {
  const review = plan.lastReview;
  if (plan.version === 0) return 'The plan is empty. Facilitators add drivers, change ideas and actions, then submit it for a lead’s review.';
  switch (plan.state) {
    case 'approved':
      return plan.lastApproval ? `Approved by ${who(plan.lastApproval.byName)} on ${formatDate(plan.lastApproval.at)}.` : 'Approved.';
    case 'in_review':
      return review ? `Submitted by ${who(review.byName)} on ${formatDate(review.at)}, waiting for a lead’s review.` : 'Waiting for a lead’s review.';
    case 'changes_requested':
      return review ? `${who(review.byName)} requested changes on ${formatDate(review.at)}: see the comments.` : 'A lead requested changes.';
    case 'draft':
      if (review?.kind === 'changes_requested') return `${who(review.byName)} requested changes on ${formatDate(review.at)}. The plan has been edited since: submit it again when it is ready.`;
      if (review) return 'Edited since its last review: submit it again for a lead to approve.';
      return 'Not submitted for review yet.';
  }
}

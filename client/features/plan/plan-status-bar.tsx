import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/domain/permissions.ts';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { useFormats, useWords } from '../../lib/use-words.ts';
import type { Formats } from '../../../shared/format/formats.ts';
import type { Words } from '../../../shared/i18n/words.ts';
import { PLAN_STATE_TONE, who } from './labels.ts';
import { RequestChangesDialog } from './review/request-changes-dialog.tsx';
import { ReviewStepDialog } from './review/review-step-dialog.tsx';
import type { Plan } from './use-plan.ts';

/** Where the plan stands in its review, and the next review step for whoever may take it. */
export function PlanStatusBar({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['plan', 'common']);
  const w = useWords('plan');
  const f = useFormats();
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
    <section aria-label={t('status.label')} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className="font-medium text-slate-900">{t('status.label')}</span>
            <Badge tone={PLAN_STATE_TONE[state]}>{t(`common:labels.planState.${state}`)}</Badge>
          </p>
          <p className="text-sm text-slate-700">{stateSentence(t, w, f, plan)}</p>
          {lastApproval && state !== 'approved' && (
            <p className="text-sm text-slate-700">{t('status.lastApproved', { name: who(w, lastApproval.byName), date: f.date(lastApproval.at) })}</p>
          )}
          {/* The note that goes with where the plan stands: the submission's, or the approval's. */}
          {state === 'in_review' && plan.lastReview?.note && (
            <p className="text-sm break-words text-slate-700">{t('status.noteFrom', { name: who(w, plan.lastReview.byName), note: plan.lastReview.note })}</p>
          )}
          {state === 'approved' && lastApproval?.note && (
            <p className="text-sm break-words text-slate-700">{t('status.noteFrom', { name: who(w, lastApproval.byName), note: lastApproval.note })}</p>
          )}
        </div>
        {(canSubmit || canReview) && (
          <div className="flex shrink-0 flex-wrap gap-2">
            {canSubmit && <Button onClick={() => setOpen('submit')}>{t('step.submit.button')}</Button>}
            {canReview && <Button onClick={() => setOpen('approve')}>{t('step.approve.button')}</Button>}
            {canReview && (
              <Button variant="secondary" onClick={() => setOpen('request')}>
                {t('status.requestChanges')}
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

function stateSentence(t: TFunction<['plan', 'common']>, w: Words, f: Formats, plan: Plan): string {
  const review = plan.lastReview;
  const by = (r: { byName: string | null; at: Date }) => ({ name: who(w, r.byName), date: f.date(r.at) });
  if (plan.version === 0) return t('status.sentence.empty');
  switch (plan.state) {
    case 'approved':
      return plan.lastApproval ? t('status.sentence.approvedBy', by(plan.lastApproval)) : t('status.sentence.approved');
    case 'in_review':
      return review ? t('status.sentence.submittedBy', by(review)) : t('status.sentence.waiting');
    case 'changes_requested':
      return review ? t('status.sentence.changesRequestedBy', by(review)) : t('status.sentence.changesRequested');
    case 'draft':
      if (review?.kind === 'changes_requested') return t('status.sentence.editedAfterChanges', by(review));
      if (review) return t('status.sentence.editedSinceReview');
      return t('status.sentence.notSubmitted');
  }
}

import { and, desc, eq } from 'drizzle-orm';
import { notificationLinks } from '../../shared/domain/notification-links.ts';
import { planState, reviewStepBlock } from '../../shared/domain/plan.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { driverNode, planAction, planReview, planReviewComment } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { networkSlug, peopleOf } from './notification-recipients.ts';
import { notify } from './notifications.ts';
import { planVersion, reviewEvents, snapshotOf } from './plan.ts';
import type { NetworkAccess } from '../trpc.ts';

type Step = 'submit' | 'approve' | 'request_changes';
const KIND = { submit: 'submitted', approve: 'approved', request_changes: 'changes_requested' } as const;
const AUDIT = { submit: 'plan.submit', approve: 'plan.approve', request_changes: 'plan.requestChanges' } as const;

type Comment = { target: 'plan' | 'node' | 'action'; targetId: number | null; body: string };

function assertTarget(db: DbOrTx, networkId: number, c: Comment, index: number) {
  const field = `comments.${index}.targetId`;
  if (c.target === 'plan') return;
  if (c.targetId === null) throw new AppError('NOT_FOUND', { key: 'errors:planreview.chooseWhatTheCommentIs', field });
  const table = c.target === 'node' ? driverNode : planAction;
  const found = db.select({ id: table.id }).from(table).where(and(eq(table.id, c.targetId), eq(table.networkId, networkId))).get();
  if (!found) throw new AppError('NOT_FOUND', { key: 'errors:planreview.thatItemIsNotIn', field });
}

/**
 * One step of the review: a facilitator submits, a lead approves (keeping a dated snapshot) or
 * requests changes with comments. Every step names the plan version its author saw.
 */
export function reviewStep(
  db: Db,
  actor: SessionUser,
  { networkId }: NetworkAccess,
  input: { step: Step; planVersion: number; note?: string; comments?: Comment[] },
) {
  return db.transaction((tx) => {
    const current = planVersion(tx, networkId);
    const state = planState(reviewEvents(tx, networkId), current);
    const block = reviewStepBlock(input.step, state, current, input.planVersion);
    if (block) throw new AppError(current === input.planVersion ? 'PLAN_REVIEW_REFUSED' : 'STALE_VERSION', block);
    (input.comments ?? []).forEach((c, i) => assertTarget(tx, networkId, c, i));
    const review = tx
      .insert(planReview)
      .values({
        networkId,
        kind: KIND[input.step],
        planVersion: current,
        note: input.note || null,
        snapshot: input.step === 'approve' ? snapshotOf(tx, networkId) : null,
        byId: actor.id,
      })
      .returning({ id: planReview.id })
      .get();
    for (const c of input.comments ?? []) {
      tx.insert(planReviewComment).values({ reviewId: review.id, target: c.target, targetId: c.target === 'plan' ? null : c.targetId, body: c.body }).run();
    }
    recordAudit(tx, {
      actorId: actor.id,
      action: AUDIT[input.step],
      entityType: 'plan_review',
      entityId: review.id,
      networkId,
      detail: { planVersion: current, comments: input.comments?.length ?? 0 },
    });
    notifyStep(tx, actor, networkId, input.step);
    return { reviewId: review.id, state: planState([{ kind: KIND[input.step], planVersion: current }], current) };
  });
}

/** Leads hear of a plan sent for review; whoever sent it hears the answer. */
function notifyStep(tx: DbOrTx, actor: SessionUser, networkId: number, step: Step) {
  const link = notificationLinks.planReview(networkSlug(tx, networkId));
  if (step === 'submit') {
    notify(tx, { userIds: peopleOf(tx, networkId, ['lead']), event: 'review_requested', networkId, actorId: actor.id, link });
    return;
  }
  const submitted = tx
    .select({ byId: planReview.byId })
    .from(planReview)
    .where(and(eq(planReview.networkId, networkId), eq(planReview.kind, 'submitted')))
    .orderBy(desc(planReview.id))
    .get();
  const userIds = submitted?.byId ? [submitted.byId] : peopleOf(tx, networkId, ['facilitator']);
  notify(tx, { userIds, event: step === 'approve' ? 'review_approved' : 'changes_requested', networkId, actorId: actor.id, link });
}

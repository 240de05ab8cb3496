import {
  actionCreateInput,
  actionProgressInput,
  actionRefInput,
  actionUpdateInput,
  nodeCreateInput,
  nodeMoveInput,
  nodeRetireInput,
  nodeUpdateInput,
  planApproveInput,
  planRequestChangesInput,
  planSubmitInput,
  snapshotRefInput,
} from '../../shared/schemas/plan.ts';
import { getPlan, getSnapshot, listSnapshots } from '../services/plan.ts';
import { actionNotes, createAction, reportProgress, updateAction } from '../services/plan-actions.ts';
import { createNode, moveNode, setNodeRetired, updateNode } from '../services/plan-nodes.ts';
import { reviewStep } from '../services/plan-review.ts';
import { networkProcedure, router } from '../trpc.ts';

const read = networkProcedure('plan.read');
const edit = networkProcedure('plan.edit');
const review = networkProcedure('plan.review');

export const planRouter = router({
  get: read.query(({ ctx }) => getPlan(ctx.db, ctx.user, ctx.access)),
  snapshots: read.query(({ ctx }) => listSnapshots(ctx.db, ctx.user, ctx.access)),
  snapshot: read.input(snapshotRefInput).query(({ ctx, input }) => getSnapshot(ctx.db, ctx.user, ctx.access, input)),

  addNode: edit.input(nodeCreateInput).mutation(({ ctx, input }) => createNode(ctx.db, ctx.user, ctx.access, input)),
  renameNode: edit.input(nodeUpdateInput).mutation(({ ctx, input }) => updateNode(ctx.db, ctx.user, ctx.access, input)),
  moveNode: edit.input(nodeMoveInput).mutation(({ ctx, input }) => moveNode(ctx.db, ctx.user, ctx.access, input)),
  retireNode: edit.input(nodeRetireInput).mutation(({ ctx, input }) => setNodeRetired(ctx.db, ctx.user, ctx.access, input)),

  addAction: edit.input(actionCreateInput).mutation(({ ctx, input }) => createAction(ctx.db, ctx.user, ctx.access, input)),
  updateAction: edit.input(actionUpdateInput).mutation(({ ctx, input }) => updateAction(ctx.db, ctx.user, ctx.access, input)),
  reportProgress: networkProcedure('action.progress')
    .input(actionProgressInput)
    .mutation(({ ctx, input }) => reportProgress(ctx.db, ctx.user, ctx.access, input)),
  actionNotes: read.input(actionRefInput).query(({ ctx, input }) => actionNotes(ctx.db, ctx.user, ctx.access, input)),

  submit: edit.input(planSubmitInput).mutation(({ ctx, input }) => reviewStep(ctx.db, ctx.user, ctx.access, { ...input, step: 'submit' })),
  approve: review.input(planApproveInput).mutation(({ ctx, input }) => reviewStep(ctx.db, ctx.user, ctx.access, { ...input, step: 'approve' })),
  requestChanges: review
    .input(planRequestChangesInput)
    .mutation(({ ctx, input }) => reviewStep(ctx.db, ctx.user, ctx.access, { ...input, step: 'request_changes' })),
});

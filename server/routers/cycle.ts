import {
  cycleContinueInput,
  cycleCreateInput,
  cycleDeleteInput,
  cycleListInput,
  cycleRefInput,
  cycleStageInput,
  cycleUpdateInput,
  quickLogInput,
  rampRefInput,
  rampRenameInput,
} from '../../shared/schemas/cycle.ts';
import { cycleOverview, cyclesByChangeIdea, listCycles } from '../services/cycle-list.ts';
import { continueRamp, createCycle, deleteCycle, getCycle, quickLog, setStage, updateCycle } from '../services/cycles.ts';
import { getRamp, listRamps, renameRamp } from '../services/ramps.ts';
import { wordsFor } from '../i18n.ts';
import { networkProcedure, router } from '../trpc.ts';

const read = networkProcedure('cycle.read');
const create = networkProcedure('cycle.create');
// Members pass here; the service lets them change only their own cycles.
const edit = networkProcedure('cycle.edit');

export const cycleRouter = router({
  list: read.input(cycleListInput).query(({ ctx, input }) => listCycles(ctx.db, ctx.user, ctx.access, input)),
  get: read.input(cycleRefInput).query(({ ctx, input }) => getCycle(ctx.db, ctx.user, ctx.access, input, wordsFor(ctx.lang))),
  overview: read.query(({ ctx }) => cycleOverview(ctx.db, ctx.user, ctx.access)),
  byChangeIdea: read.query(({ ctx }) => cyclesByChangeIdea(ctx.db, ctx.user, ctx.access)),
  ramps: read.query(({ ctx }) => listRamps(ctx.db, ctx.user, ctx.access)),
  ramp: read.input(rampRefInput).query(({ ctx, input }) => getRamp(ctx.db, ctx.user, ctx.access, input)),

  create: create.input(cycleCreateInput).mutation(({ ctx, input }) => createCycle(ctx.db, ctx.user, ctx.access, input)),
  quickLog: create.input(quickLogInput).mutation(({ ctx, input }) => quickLog(ctx.db, ctx.user, ctx.access, input)),
  update: edit.input(cycleUpdateInput).mutation(({ ctx, input }) => updateCycle(ctx.db, ctx.user, ctx.access, input)),
  setStage: edit.input(cycleStageInput).mutation(({ ctx, input }) => setStage(ctx.db, ctx.user, ctx.access, input, wordsFor(ctx.lang))),
  continueRamp: edit.input(cycleContinueInput).mutation(({ ctx, input }) => continueRamp(ctx.db, ctx.user, ctx.access, input)),
  renameRamp: edit.input(rampRenameInput).mutation(({ ctx, input }) => renameRamp(ctx.db, ctx.user, ctx.access, input)),
  delete: edit.input(cycleDeleteInput).mutation(({ ctx, input }) => deleteCycle(ctx.db, ctx.user, ctx.access, input)),
});

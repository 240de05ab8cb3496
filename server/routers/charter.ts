import { charterRatifyInput, charterReturnInput, charterSaveInput, charterVersionRef } from '../../shared/schemas/charter.ts';
import { getCharter, getCharterVersion, listCharterVersions, reviewCharter, saveCharter } from '../services/charter.ts';
import { networkProcedure, router } from '../trpc.ts';

export const charterRouter = router({
  get: networkProcedure('charter.read').query(({ ctx }) => getCharter(ctx.db, ctx.user, ctx.access)),
  versions: networkProcedure('charter.read').query(({ ctx }) => listCharterVersions(ctx.db, ctx.user, ctx.access)),
  version: networkProcedure('charter.read')
    .input(charterVersionRef)
    .query(({ ctx, input }) => getCharterVersion(ctx.db, ctx.user, ctx.access, input)),
  save: networkProcedure('charter.edit').input(charterSaveInput).mutation(({ ctx, input }) => saveCharter(ctx.db, ctx.user, ctx.access, input)),
  ratify: networkProcedure('charter.review')
    .input(charterRatifyInput)
    .mutation(({ ctx, input }) =>
      reviewCharter(ctx.db, ctx.user, ctx.access, { version: input.version, decision: 'ratified', comment: input.note || null }),
    ),
  returnDraft: networkProcedure('charter.review')
    .input(charterReturnInput)
    .mutation(({ ctx, input }) =>
      reviewCharter(ctx.db, ctx.user, ctx.access, { version: input.version, decision: 'returned', comment: input.comment }),
    ),
});

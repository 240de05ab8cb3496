import { libraryCopyInput, librarySearchInput, librarySharingInput } from '../../shared/schemas/library.ts';
import { copyIdea, searchLibrary, setSharesLearning } from '../services/library.ts';
import { networkProcedure, protectedProcedure, router } from '../trpc.ts';

export const libraryRouter = router({
  search: protectedProcedure.input(librarySearchInput).query(({ ctx, input }) => searchLibrary(ctx.db, ctx.user, input)),
  // `networkId` is the network whose plan receives the copy: its plan editors only, never staff.
  copy: networkProcedure('plan.edit')
    .input(libraryCopyInput)
    .mutation(({ ctx, input }) => copyIdea(ctx.db, ctx.user, ctx.access, input)),
  setSharing: networkProcedure('network.update')
    .input(librarySharingInput)
    .mutation(({ ctx, input }) => setSharesLearning(ctx.db, ctx.user, ctx.access, input)),
});

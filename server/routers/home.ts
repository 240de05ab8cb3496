import { networkBySlugInput } from '../../shared/schemas/network.ts';
import { homeCounts, networkHome, networkHomeBySlug } from '../services/home.ts';
import { networkProcedure, protectedProcedure, router } from '../trpc.ts';

export const homeRouter = router({
  network: networkProcedure('network.read').query(({ ctx }) => networkHome(ctx.db, ctx.user, ctx.access)),
  /** The network at an address and its home together: the network home's first load (client/app/first-page-data.ts). */
  bySlug: protectedProcedure.input(networkBySlugInput).query(({ ctx, input }) => networkHomeBySlug(ctx.db, ctx.user, input)),
  counts: protectedProcedure.query(({ ctx }) => homeCounts(ctx.db, ctx.user)),
});

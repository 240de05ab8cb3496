import { networkBySlugInput } from '../../shared/schemas/network.ts';
import { needsYouPageInput } from '../../shared/schemas/home.ts';
import { homeCounts, moreNeedsYou, networkHome, networkHomeBySlug } from '../services/home.ts';
import { networkProcedure, protectedProcedure, router } from '../trpc.ts';

export const homeRouter = router({
  network: networkProcedure('network.read').query(({ ctx }) => networkHome(ctx.db, ctx.user, ctx.access)),
  /** The network at an address and its home together: the network home's first load (client/app/first-page-data.ts). */
  bySlug: protectedProcedure.input(networkBySlugInput).query(({ ctx, input }) => networkHomeBySlug(ctx.db, ctx.user, input)),
  /** What needs me past the home's first items, a page at a time. */
  needsYou: networkProcedure('network.read').input(needsYouPageInput).query(({ ctx, input }) => moreNeedsYou(ctx.db, ctx.user, ctx.access, input)),
  counts: protectedProcedure.query(({ ctx }) => homeCounts(ctx.db, ctx.user)),
});

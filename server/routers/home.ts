import { homeCounts, networkHome } from '../services/home.ts';
import { networkProcedure, protectedProcedure, router } from '../trpc.ts';

export const homeRouter = router({
  network: networkProcedure('network.read').query(({ ctx }) => networkHome(ctx.db, ctx.user, ctx.access)),
  counts: protectedProcedure.query(({ ctx }) => homeCounts(ctx.db, ctx.user)),
});

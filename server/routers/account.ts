import { publicProcedure, router } from '../trpc.ts';

export const accountRouter = router({
  /** Who is signed in, or null. Public so the client can decide what to show. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
});

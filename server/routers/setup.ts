import { newAccountInput } from '../../shared/schemas/auth.ts';
import { createFirstAdmin, needsFirstAdmin } from '../services/setup.ts';
import { publicProcedure, router } from '../trpc.ts';

export const setupRouter = router({
  status: publicProcedure.query(({ ctx }) => ({ needsFirstAdmin: needsFirstAdmin(ctx.db) })),
  createAdmin: publicProcedure.input(newAccountInput).mutation(({ ctx, input }) => createFirstAdmin(ctx.db, input)),
});

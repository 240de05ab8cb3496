import { newAccountInput } from '../../shared/schemas/auth.ts';
import { createFirstAdmin, needsFirstAdmin } from '../services/setup.ts';
import { publicProcedure, router } from '../trpc.ts';

export const setupRouter = router({
  // mailOn: whether this Needle sends email, so screens offer it only when it will go.
  status: publicProcedure.query(({ ctx }) => ({ needsFirstAdmin: needsFirstAdmin(ctx.db), mailOn: ctx.mailOn })),
  createAdmin: publicProcedure.input(newAccountInput).mutation(({ ctx, input }) => createFirstAdmin(ctx.db, input)),
});

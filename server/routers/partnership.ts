import { partnershipSaveInput } from '../../shared/schemas/partnership.ts';
import { getPartnership, savePartnership } from '../services/partnership.ts';
import { adminProcedure, publicProcedure, router } from '../trpc.ts';

// The logo travels as raw bytes, not in a JSON body: server/http/partnership-logo-routes.ts.
export const partnershipRouter = router({
  /** Public: the report card, emails and signed-out pages show the partnership's name and logo. */
  get: publicProcedure.query(({ ctx }) => getPartnership(ctx.db, ctx.lang)),
  save: adminProcedure.input(partnershipSaveInput).mutation(({ ctx, input }) => savePartnership(ctx.db, ctx.user, ctx.lang, input)),
});

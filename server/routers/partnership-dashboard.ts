import { wordsFor } from '../i18n.ts';
import { partnershipNetworks } from '../services/partnership-dashboard.ts';
import { backboneProcedure, router } from '../trpc.ts';

export const partnershipDashboardRouter = router({
  networks: backboneProcedure.query(({ ctx }) => partnershipNetworks(ctx.db, ctx.user, wordsFor(ctx.lang))),
});

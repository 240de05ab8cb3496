import { appointLeadInput } from '../../shared/schemas/membership.ts';
import { networkBySlugInput, networkCreateInput, networkUpdateInput } from '../../shared/schemas/network.ts';
import {
  appointLead,
  createNetwork,
  getNetworkBySlug,
  listNetworks,
  networkOverview,
  updateNetwork,
} from '../services/networks.ts';
import { setPublicPage } from '../services/public-page.ts';
import { z } from 'zod';
import { adminProcedure, networkProcedure, protectedProcedure, router } from '../trpc.ts';

export const networkRouter = router({
  list: protectedProcedure.query(({ ctx }) => listNetworks(ctx.db, ctx.user)),
  bySlug: protectedProcedure.input(networkBySlugInput).query(({ ctx, input }) => getNetworkBySlug(ctx.db, ctx.user, input)),
  overview: networkProcedure('network.read').query(({ ctx }) => networkOverview(ctx.db, ctx.user, ctx.access)),
  create: adminProcedure.input(networkCreateInput).mutation(({ ctx, input }) => createNetwork(ctx.db, ctx.user, input)),
  update: networkProcedure('network.update')
    .input(networkUpdateInput)
    .mutation(({ ctx, input }) => updateNetwork(ctx.db, ctx.user, ctx.access, input)),
  setPublicPage: networkProcedure('network.update')
    .input(z.object({ enabled: z.boolean() }))
    .mutation(({ ctx, input }) => setPublicPage(ctx.db, ctx.user, ctx.access, input)),
  appointLead: adminProcedure
    .input(appointLeadInput)
    .mutation(({ ctx, input }) => appointLead(ctx.db, ctx.user, input)),
});

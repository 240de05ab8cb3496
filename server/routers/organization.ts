import { organizationCreateInput } from '../../shared/schemas/organization.ts';
import { createOrganization, listOrganizations } from '../services/organizations.ts';
import { protectedProcedure, router } from '../trpc.ts';

// Partner organizations are shared across the partnership: the same library works in several networks.
export const organizationRouter = router({
  list: protectedProcedure.query(({ ctx }) => listOrganizations(ctx.db)),
  create: protectedProcedure
    .input(organizationCreateInput)
    .mutation(({ ctx, input }) => createOrganization(ctx.db, ctx.user, input)),
});

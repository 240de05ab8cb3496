import { organizationAddInput, organizationCreateInput, organizationMergeInput, organizationRenameInput } from '../../shared/schemas/organization.ts';
import { addOrganization, createOrganization, listOrganizations, mergeOrganizations, renameOrganization } from '../services/organizations.ts';
import { networkProcedure, protectedProcedure, router } from '../trpc.ts';

const manage = networkProcedure('organization.manage');

// Partner organizations are shared across the partnership: the same library works in several networks.
// Facilitators, leads and site admins keep the list from a network's page; the entry is logged there.
export const organizationRouter = router({
  list: protectedProcedure.query(({ ctx }) => listOrganizations(ctx.db, ctx.user)),
  create: protectedProcedure
    .input(organizationCreateInput)
    .mutation(({ ctx, input }) => createOrganization(ctx.db, ctx.user, input)),
  add: manage.input(organizationAddInput).mutation(({ ctx, input }) => addOrganization(ctx.db, ctx.user, ctx.access, input)),
  rename: manage.input(organizationRenameInput).mutation(({ ctx, input }) => renameOrganization(ctx.db, ctx.user, ctx.access, input)),
  merge: manage.input(organizationMergeInput).mutation(({ ctx, input }) => mergeOrganizations(ctx.db, ctx.user, ctx.access, input)),
});

import {
  invitationCreateInput,
  invitationRevokeInput,
  invitationSignUpInput,
  invitationTokenInput,
} from '../../shared/schemas/invitation.ts';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  revokeInvitation,
  signUpWithInvitation,
} from '../services/invitations.ts';
import { networkProcedure, protectedProcedure, publicProcedure, router } from '../trpc.ts';

export const invitationRouter = router({
  list: networkProcedure('invitation.list').query(({ ctx }) => listInvitations(ctx.db, ctx.user, ctx.access)),
  create: networkProcedure('invitation.create')
    .input(invitationCreateInput)
    .mutation(({ ctx, input }) => createInvitation(ctx.db, ctx.user, ctx.access, input)),
  revoke: networkProcedure('invitation.revoke')
    .input(invitationRevokeInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.user, ctx.access, input)),
  // Holding the link is the permission to see it.
  preview: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) => previewInvitation(ctx.db, ctx.user, input)),
  accept: protectedProcedure.input(invitationTokenInput).mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.user, input)),
  signUp: publicProcedure
    .input(invitationSignUpInput)
    .mutation(({ ctx, input }) => signUpWithInvitation(ctx.db, input)),
});

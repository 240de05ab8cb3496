import { can } from '../../shared/domain/permissions.ts';
import { changeRoleInput, removeMemberInput, setMyOrganizationInput } from '../../shared/schemas/membership.ts';
import { changeRole, listMembers, removeMember, setMyOrganization } from '../services/members.ts';
import { networkProcedure, router } from '../trpc.ts';

export const memberRouter = router({
  // Everyone in a network sees who is in it; email addresses only those who invite and manage.
  list: networkProcedure('member.list').query(({ ctx }) =>
    listMembers(ctx.db, ctx.access.networkId, { withEmails: can(ctx.access, 'invitation.list') }),
  ),
  changeRole: networkProcedure('member.changeRole')
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => changeRole(ctx.db, ctx.user, ctx.access.networkId, input.userId, input.role)),
  remove: networkProcedure('member.remove')
    .input(removeMemberInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.user, ctx.access.networkId, input.userId)),
  setMyOrganization: networkProcedure('member.setMyOrganization')
    .input(setMyOrganizationInput)
    .mutation(({ ctx, input }) => setMyOrganization(ctx.db, ctx.user, ctx.access.networkId, input.organization)),
});

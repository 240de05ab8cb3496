import { changeRoleInput, removeMemberInput, setMyOrganizationInput } from '../../shared/schemas/membership.ts';
import { changeRole, listMembers, removeMember, setMyOrganization } from '../services/members.ts';
import { networkProcedure, router } from '../trpc.ts';

export const memberRouter = router({
  list: networkProcedure('member.list').query(({ ctx }) => listMembers(ctx.db, ctx.user, ctx.access)),
  changeRole: networkProcedure('member.changeRole')
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => changeRole(ctx.db, ctx.user, ctx.access, input)),
  remove: networkProcedure('member.remove')
    .input(removeMemberInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.user, ctx.access, input)),
  setMyOrganization: networkProcedure('member.setMyOrganization')
    .input(setMyOrganizationInput)
    .mutation(({ ctx, input }) => setMyOrganization(ctx.db, ctx.user, ctx.access, input)),
});

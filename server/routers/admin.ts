import { auditListInput, userListInput, userRefInput } from '../../shared/schemas/admin.ts';
import { listAudit } from '../services/audit.ts';
import { listUsers, setDeactivated } from '../services/users.ts';
import { adminProcedure, networkProcedure, router } from '../trpc.ts';

export const adminRouter = router({
  users: adminProcedure.input(userListInput).query(({ ctx, input }) => listUsers(ctx.db, input?.search)),
  deactivateUser: adminProcedure.input(userRefInput).mutation(({ ctx, input }) => setDeactivated(ctx.db, ctx.user, input.userId, true)),
  reactivateUser: adminProcedure.input(userRefInput).mutation(({ ctx, input }) => setDeactivated(ctx.db, ctx.user, input.userId, false)),
  audit: adminProcedure.input(auditListInput).query(({ ctx, input }) => listAudit(ctx.db, input)),
});

/** A lead reads the audit log of their own network. */
export const auditRouter = router({
  network: networkProcedure('audit.listNetwork')
    .input(auditListInput.omit({ networkId: true }))
    .query(({ ctx, input }) => listAudit(ctx.db, { ...input, networkId: ctx.access.networkId })),
});

import { auditListInput, mailRetryInput, partnershipStaffInput, userListInput, userRefInput } from '../../shared/schemas/admin.ts';
import { createResetLink } from '../services/accounts.ts';
import { listAudit, listNetworkAudit } from '../services/audit.ts';
import { listMail, retryMail } from '../services/mail-admin.ts';
import { listUsers, setDeactivated, setPartnershipStaff } from '../services/users.ts';
import { adminProcedure, networkProcedure, router } from '../trpc.ts';

export const adminRouter = router({
  users: adminProcedure.input(userListInput).query(({ ctx, input }) => listUsers(ctx.db, ctx.user, input)),
  deactivateUser: adminProcedure.input(userRefInput).mutation(({ ctx, input }) => setDeactivated(ctx.db, ctx.user, { ...input, deactivated: true })),
  reactivateUser: adminProcedure.input(userRefInput).mutation(({ ctx, input }) => setDeactivated(ctx.db, ctx.user, { ...input, deactivated: false })),
  setPartnershipStaff: adminProcedure.input(partnershipStaffInput).mutation(({ ctx, input }) => setPartnershipStaff(ctx.db, ctx.user, input)),
  resetLink: adminProcedure.input(userRefInput).mutation(({ ctx, input }) => createResetLink(ctx.db, ctx.user, input)),
  audit: adminProcedure.input(auditListInput).query(({ ctx, input }) => listAudit(ctx.db, ctx.user, input)),
  mail: router({
    list: adminProcedure.query(({ ctx }) => listMail(ctx.db, ctx.mailOn)),
    retry: adminProcedure.input(mailRetryInput).mutation(({ ctx, input }) => retryMail(ctx.db, ctx.user, input)),
  }),
});

/** A lead reads the audit log of their own network. */
export const auditRouter = router({
  network: networkProcedure('audit.listNetwork')
    .input(auditListInput.omit({ networkId: true }))
    .query(({ ctx, input }) => listNetworkAudit(ctx.db, ctx.user, ctx.access, input)),
});

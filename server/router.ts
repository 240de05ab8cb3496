import { accountRouter } from './routers/account.ts';
import { adminRouter, auditRouter } from './routers/admin.ts';
import { charterRouter } from './routers/charter.ts';
import { cycleRouter } from './routers/cycle.ts';
import { homeRouter } from './routers/home.ts';
import { indicatorRouter } from './routers/indicator.ts';
import { invitationRouter } from './routers/invitation.ts';
import { libraryRouter } from './routers/library.ts';
import { meetingRouter } from './routers/meeting.ts';
import { memberRouter } from './routers/member.ts';
import { networkRouter } from './routers/network.ts';
import { notificationsRouter } from './routers/notifications.ts';
import { organizationRouter } from './routers/organization.ts';
import { partnershipRouter } from './routers/partnership.ts';
import { partnershipDashboardRouter } from './routers/partnership-dashboard.ts';
import { planRouter } from './routers/plan.ts';
import { publicRouter } from './routers/public.ts';
import { reportRouter } from './routers/report.ts';
import { setupRouter } from './routers/setup.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  setup: setupRouter,
  account: accountRouter,
  network: networkRouter,
  home: homeRouter,
  member: memberRouter,
  invitation: invitationRouter,
  organization: organizationRouter,
  admin: adminRouter,
  audit: auditRouter,
  charter: charterRouter,
  plan: planRouter,
  cycle: cycleRouter,
  meeting: meetingRouter,
  indicator: indicatorRouter,
  report: reportRouter,
  public: publicRouter,
  notifications: notificationsRouter,
  partnership: partnershipRouter,
  dashboard: partnershipDashboardRouter,
  library: libraryRouter,
});

export type AppRouter = typeof appRouter;

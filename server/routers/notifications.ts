import { notificationPreferencesInput } from '../../shared/schemas/notification.ts';
import { notificationListInput, notificationMarkReadInput } from '../../shared/schemas/notification-inbox.ts';
import { listNotifications, markMineRead, notificationPreferences, setNotificationPreferences, unreadCount } from '../services/notification-inbox.ts';
import { protectedProcedure, router } from '../trpc.ts';

export const notificationsRouter = router({
  list: protectedProcedure.input(notificationListInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.user, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.user)),
  markRead: protectedProcedure.input(notificationMarkReadInput).mutation(({ ctx, input }) => markMineRead(ctx.db, ctx.user, input)),
  preferences: protectedProcedure.query(({ ctx }) => notificationPreferences(ctx.db, ctx.user, ctx.mailOn)),
  setPreferences: protectedProcedure.input(notificationPreferencesInput).mutation(({ ctx, input }) => setNotificationPreferences(ctx.db, ctx.user, input)),
});

import { changePasswordInput, setLanguageInput, updateNameInput } from '../../shared/schemas/account.ts';
import { changePassword, signOutEverywhere } from '../services/accounts.ts';
import { calendarAddress, resetCalendar } from '../services/calendar.ts';
import { setLanguage, updateName } from '../services/users.ts';
import { protectedProcedure, publicProcedure, router } from '../trpc.ts';

export const accountRouter = router({
  /** Who is signed in, or null. Public so the client can decide what to show. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
  updateName: protectedProcedure.input(updateNameInput).mutation(({ ctx, input }) => updateName(ctx.db, ctx.user, input)),
  setLanguage: protectedProcedure.input(setLanguageInput).mutation(({ ctx, input }) => setLanguage(ctx.db, ctx.user, input)),
  changePassword: protectedProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user, { ...input, currentSessionId: ctx.sessionId })),
  /** The path of the person's calendar feed (the page puts its own address in front), or null. */
  calendar: protectedProcedure.query(({ ctx }) => calendarAddress(ctx.db, ctx.user)),
  /** A new calendar address; the old one stops working. */
  resetCalendar: protectedProcedure.mutation(({ ctx }) => resetCalendar(ctx.db, ctx.user)),
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.user)),
});

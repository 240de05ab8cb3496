import { z } from 'zod';
import { idSchema } from '../../shared/schemas/common.ts';
import { networkBySlugInput } from '../../shared/schemas/network.ts';
import { getPublicPage, getPublicReport } from '../services/public-page.ts';
import { wordsFor } from '../i18n.ts';
import { getReportCard } from '../services/report-card.ts';
import { publicProcedure, router } from '../trpc.ts';

// No sign-in: the community impact page of a network that opted in.
export const publicRouter = router({
  page: publicProcedure.input(networkBySlugInput).query(({ ctx, input }) => getPublicPage(ctx.db, input, wordsFor(ctx.lang))),
  report: publicProcedure
    .input(networkBySlugInput.extend({ reportId: idSchema, number: z.number().int().min(1).optional() }))
    .query(({ ctx, input }) => getPublicReport(ctx.db, input, ctx.lang)),
  // The partnership's report card across every public page, in one request.
  impact: publicProcedure.query(({ ctx }) => getReportCard(ctx.db, wordsFor(ctx.lang))),
});

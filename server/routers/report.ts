import { reportCreateSchema, reportPublishSchema, reportRefSchema, reportSaveSchema } from '../../shared/schemas/report.ts';
import { z } from 'zod';
import { cancelReportExport, reportExportStatus, startReportExport } from '../services/report-exports.ts';
import { createReport, deleteReport, getDraft, getPublished, listReports, publishReport, saveReport } from '../services/reports.ts';
import { wordsFor } from '../i18n.ts';
import { networkProcedure, router } from '../trpc.ts';

const read = networkProcedure('report.read');
const edit = networkProcedure('report.edit');
const publish = networkProcedure('report.publish');
const exportJobRef = z.object({ jobId: z.uuid() });

export const reportRouter = router({
  list: read.query(({ ctx }) => listReports(ctx.db, ctx.user, ctx.access)),
  published: read
    .input(reportRefSchema.extend({ number: z.number().int().min(1).optional() }))
    .query(({ ctx, input }) => getPublished(ctx.db, ctx.user, ctx.access, input)),

  // A published version (number) for readers; the current draft (no number) for editors.
  exportStart: read
    .input(reportRefSchema.extend({ format: z.enum(['pdf', 'docx']), number: z.number().int().min(1).optional() }))
    .mutation(({ ctx, input }) => startReportExport(ctx.db, ctx.user, ctx.access, input, wordsFor(ctx.lang))),
  exportStatus: read.input(exportJobRef).query(({ ctx, input }) => reportExportStatus(ctx.db, ctx.user, ctx.access, input)),
  exportCancel: read.input(exportJobRef).mutation(({ ctx, input }) => cancelReportExport(ctx.db, ctx.user, ctx.access, input)),

  draft: edit.input(reportRefSchema).query(({ ctx, input }) => getDraft(ctx.db, ctx.user, ctx.access, input, wordsFor(ctx.lang))),
  create: edit.input(reportCreateSchema).mutation(({ ctx, input }) => createReport(ctx.db, ctx.user, ctx.access, input)),
  save: edit.input(reportSaveSchema).mutation(({ ctx, input }) => saveReport(ctx.db, ctx.user, ctx.access, input)),
  delete: edit.input(reportRefSchema).mutation(({ ctx, input }) => deleteReport(ctx.db, ctx.user, ctx.access, input)),
  publish: publish.input(reportPublishSchema).mutation(({ ctx, input }) => publishReport(ctx.db, ctx.user, ctx.access, input, wordsFor(ctx.lang))),
});

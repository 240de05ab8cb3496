import { reportCreateSchema, reportLanguageSchema, reportPublishSchema, reportRefSchema, reportSaveSchema } from '../../shared/schemas/report.ts';
import { z } from 'zod';
import { cancelReportExport, reportExportStatus, startReportExport } from '../services/report-exports.ts';
import { createReport, deleteReport, getDraft, getPublished, listReports, publishReport, saveReport } from '../services/reports.ts';
import { networkProcedure, router } from '../trpc.ts';
import { supportedLanguage } from '../i18n.ts';

const read = networkProcedure('report.read');
const edit = networkProcedure('report.edit');
const publish = networkProcedure('report.publish');
const exportJobRef = z.object({ jobId: z.uuid() });

export const reportRouter = router({
  list: read.query(({ ctx }) => listReports(ctx.db, ctx.user, ctx.access)),
  // A version in the language asked for, else the reader's, else the one it was published in.
  published: read
    .input(reportRefSchema.extend({ number: z.number().int().min(1).optional(), language: reportLanguageSchema.optional() }))
    .query(({ ctx, input }) => getPublished(ctx.db, ctx.user, ctx.access, input, ctx.lang)),

  // A published version (number) for readers, in its language; the current draft (no number) for
  // editors, in the reader's.
  exportStart: read
    .input(reportRefSchema.extend({ format: z.enum(['pdf', 'docx']), number: z.number().int().min(1).optional(), language: reportLanguageSchema.optional() }))
    .mutation(({ ctx, input }) => startReportExport(ctx.db, ctx.user, ctx.access, input, ctx.lang)),
  exportStatus: read.input(exportJobRef).query(({ ctx, input }) => reportExportStatus(ctx.db, ctx.user, ctx.access, input)),
  exportCancel: read.input(exportJobRef).mutation(({ ctx, input }) => cancelReportExport(ctx.db, ctx.user, ctx.access, input)),

  draft: edit.input(reportRefSchema).query(({ ctx, input }) => getDraft(ctx.db, ctx.user, ctx.access, input, ctx.lang)),
  create: edit.input(reportCreateSchema).mutation(({ ctx, input }) => createReport(ctx.db, ctx.user, ctx.access, input)),
  save: edit.input(reportSaveSchema).mutation(({ ctx, input }) => saveReport(ctx.db, ctx.user, ctx.access, input)),
  delete: edit.input(reportRefSchema).mutation(({ ctx, input }) => deleteReport(ctx.db, ctx.user, ctx.access, input)),
  publish: publish.input(reportPublishSchema).mutation(({ ctx, input }) => publishReport(ctx.db, ctx.user, ctx.access, { ...input, language: input.language ?? supportedLanguage(ctx.lang) })),
});

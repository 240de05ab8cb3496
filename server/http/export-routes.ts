import type { FastifyInstance } from 'fastify';
import { APP_ERRORS } from '../../shared/errors.ts';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import type { ExportJobs } from '../exports/jobs.ts';
import { wordsFor } from '../i18n.ts';
import { takeReportExport } from '../services/report-exports.ts';

// The download of a finished PDF or DOCX export. Only the people who asked for it get it, and
// only while they may still read that network's reports (checked now, not when it started); to
// anyone else (or after it expired) it does not exist.

export type CreateContext = (opts: { req: { headers: Record<string, string | string[] | undefined> } }) => Promise<Context>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `attachment` with a plain-ASCII name for old clients and the exact name as UTF-8 (RFC 6266, 5987). */
export function contentDisposition(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = fileName.replace(/[\u0000-\u001F\u007F/\\]/g, '').trim() || 'export';
  const ascii = clean
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7E]/g, '_')
    .replace(/["%;]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function registerExportRoutes(app: FastifyInstance, opts: { createContext: CreateContext; jobs: ExportJobs }) {
  app.get<{ Params: { jobId: string } }>('/api/exports/:jobId', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const ctx = await opts.createContext({ req: request });
    const { t } = wordsFor(ctx.lang);
    if (!ctx.user) return reply.code(401).send({ code: 'UNAUTHORIZED', message: t('errors:reportexports.signIn') });
    const { jobId } = request.params;
    if (!UUID.test(jobId)) return reply.code(404).send({ code: 'NOT_FOUND', message: t('errors:reportexports.notYours') });
    let file;
    try {
      file = takeReportExport(ctx.db, ctx.user, jobId, opts.jobs);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const forbidden = APP_ERRORS[err.code].status === 'FORBIDDEN';
      return reply.code(forbidden ? 403 : 404).send({ code: forbidden ? 'FORBIDDEN' : 'NOT_FOUND', message: err.say(ctx.lang) });
    }
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', contentDisposition(file.fileName))
      .header('Content-Length', String(file.data.length))
      .send(file.data);
  });
}

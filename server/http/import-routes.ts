import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_ERRORS } from '../../shared/errors.ts';
import { can } from '../../shared/domain/permissions.ts';
import { MAX_IMPORT_BYTES } from '../../shared/schemas/indicator.ts';
import type { Context, SessionUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { importMeasurements } from '../services/measurement-import.ts';
import { networkAccess } from '../trpc.ts';
import { writeWait } from '../write-limit.ts';
import type { CreateContext } from './export-routes.ts';
import { originTrusted } from './security.ts';

// The CSV import takes the file as it is (text/csv), not inside a tRPC JSON body: 8 MB escaped
// into JSON, turned into a string and parsed again held the server's one thread for a third of a
// second. Here the bytes are gathered as they arrive and handed, still bytes, to the import worker.
// Everything that can refuse the request — origin, session, role, throttle, size — does so before
// a byte of the body is read.

const HTTP_STATUS = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429 } as const;

export const IMPORT_TOO_LARGE = 'The file is too large to send: files up to 8 MB can be imported. Split it by year and import each part.';

type Params = { networkId: string };
type Query = { commit?: string };
type Upload = { db: Context['db']; user: SessionUser; networkId: number; commit: boolean };

/** An answer the import screen shows as it is: `{ code, message }`. */
function refuse(reply: FastifyReply, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  // The body may still be on its way: close the connection rather than read 8 MB to throw away.
  return reply.code(status).headers({ connection: 'close', ...headers }).send({ code, message });
}

export function registerImportRoutes(app: FastifyInstance, opts: { createContext: CreateContext; trustedOrigins: readonly string[] }) {
  const uploads = new WeakMap<FastifyRequest, Upload>();

  async function admit(request: FastifyRequest<{ Params: Params; Querystring: Query }>, reply: FastifyReply) {
    reply.header('Cache-Control', 'no-store');
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'text/csv') return refuse(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as CSV (text/csv).');
    if (!originTrusted(request, opts.trustedOrigins)) return refuse(reply, 403, 'FORBIDDEN', 'This request came from a site Needle does not trust.');
    const ctx = await opts.createContext({ req: request });
    if (!ctx.user) return refuse(reply, 401, 'UNAUTHORIZED', 'Sign in to import data.');
    const networkId = Number(request.params.networkId);
    const access = /^[1-9][0-9]{0,15}$/.test(request.params.networkId) ? networkAccess(ctx.db, ctx.user, networkId) : null;
    // To an outsider a private network answers as a missing one (as every procedure does).
    if (!access || (!access.isAdmin && access.role === null)) return refuse(reply, 404, 'NOT_FOUND', 'There is no network here that you can open');
    if (!can(access, 'indicator.edit')) return refuse(reply, 403, 'FORBIDDEN', 'Only facilitators and leads import data.');
    const { commit } = request.query;
    if (commit !== 'true' && commit !== 'false') return refuse(reply, 400, 'BAD_REQUEST', 'Say whether to check the file (commit=false) or import it (commit=true).');
    if (Number(request.headers['content-length']) > MAX_IMPORT_BYTES) return refuse(reply, 413, 'PAYLOAD_TOO_LARGE', IMPORT_TOO_LARGE);
    const wait = writeWait(ctx);
    if (wait > 0) {
      return refuse(reply, 429, 'TOO_MANY_REQUESTS', 'You are saving changes faster than Needle accepts. Wait a moment and try again.', { 'retry-after': String(Math.ceil(wait / 1000)) });
    }
    uploads.set(request, { db: ctx.db, user: ctx.user, networkId, commit: commit === 'true' });
  }

  void app.register(async (scope) => {
    // Buffers, not a string: the bytes go to the worker as they came.
    scope.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(reply, 413, 'PAYLOAD_TOO_LARGE', IMPORT_TOO_LARGE);
      if (error instanceof AppError) {
        const status = APP_ERRORS[error.code].status;
        return reply.code(status in HTTP_STATUS ? HTTP_STATUS[status as keyof typeof HTTP_STATUS] : 400).send({ code: status, message: error.message });
      }
      if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ code: 'BAD_REQUEST', message: 'The file did not arrive whole: choose it and try again.' });
      throw error;
    });
    scope.post<{ Params: Params; Querystring: Query; Body: Buffer }>('/api/networks/:networkId/indicator/import', { onRequest: admit, bodyLimit: MAX_IMPORT_BYTES }, async (request) => {
      const upload = uploads.get(request)!;
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return importMeasurements(upload.db, upload.user, { networkId: upload.networkId, file: body, commit: upload.commit });
    });
  });
}

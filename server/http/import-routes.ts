import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_ERRORS } from '../../shared/errors.ts';
import { can } from '../../shared/domain/permissions.ts';
import { MAX_IMPORT_BYTES } from '../../shared/schemas/indicator.ts';
import type { Context, SessionUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { importMeasurements } from '../services/measurement-import.ts';
import { networkAccess, type NetworkAccess } from '../trpc.ts';
import { writeWait } from '../write-limit.ts';
import type { CreateContext } from './export-routes.ts';
import { originTrusted } from './security.ts';

// The CSV import takes the file as it is (text/csv), not inside a tRPC JSON body: 8 MB escaped
// into JSON, turned into a string and parsed again held the server's one thread for a third of a
// second. Here the bytes are gathered as they arrive and handed, still bytes, to the import worker.
// Everything that can refuse the request — origin, session, role, throttle, size — does so before
// a byte of the body is read.

export const IMPORT_TOO_LARGE = 'The file is too large to send: files up to 8 MB can be imported. Split it by year and import each part.';

type Params = { networkId: string };
type Query = { commit?: string };
type Upload = { db: Context['db']; user: SessionUser; access: NetworkAccess; commit: boolean };

/** An answer the import screen shows as it is: `{ code, message }`. */
function refuse(reply: FastifyReply, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  // The body may still be on its way: close the connection rather than read 8 MB to throw away.
  return reply.code(status).headers({ connection: 'close', ...headers }).send({ code, message });
}

class FileTooLarge extends Error {
  readonly statusCode = 413;
  readonly code = 'FST_ERR_CTP_BODY_TOO_LARGE';
}

/**
 * The body's bytes, copied chunk by chunk into one buffer as they arrive (sized by the declared
 * length, else grown): gathering 8 MB at the end in one go held the thread for 20 ms at a time.
 * The buffer is the file's alone, so it can move to the import worker without a copy.
 */
function gather(payload: NodeJS.ReadableStream, declared: number | null): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let bytes = new Uint8Array(declared ?? 64 * 1024);
    let length = 0;
    payload.on('data', (chunk: Buffer) => {
      if (length + chunk.length > MAX_IMPORT_BYTES) {
        payload.removeAllListeners('data');
        payload.resume();
        return reject(new FileTooLarge(IMPORT_TOO_LARGE));
      }
      if (length + chunk.length > bytes.length) {
        const grown = new Uint8Array(Math.min(MAX_IMPORT_BYTES, Math.max(bytes.length * 2, length + chunk.length)));
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
      bytes.set(chunk, length);
      length += chunk.length;
    });
    payload.on('error', reject);
    // A body that ends short of its declared length is cut at what came (the check then reads it).
    payload.on('end', () => resolve(length === bytes.length ? bytes : bytes.slice(0, length)));
  });
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
    uploads.set(request, { db: ctx.db, user: ctx.user, access, commit: commit === 'true' });
  }

  void app.register(async (scope) => {
    // Bytes, not a string: they go to the worker as they came.
    scope.addContentTypeParser('text/csv', (request, payload, done) => {
      gather(payload, Number(request.headers['content-length']) || null).then(
        (bytes) => done(null, bytes),
        (err: Error) => done(err, undefined),
      );
    });
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(reply, 413, 'PAYLOAD_TOO_LARGE', IMPORT_TOO_LARGE);
      if (error instanceof AppError) {
        // The same status a procedure would answer with, from the one error table.
        const code = APP_ERRORS[error.code].status;
        return reply.code(getHTTPStatusCodeFromError(new TRPCError({ code }))).send({ code, message: error.message });
      }
      if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ code: 'BAD_REQUEST', message: 'The file did not arrive whole: choose it and try again.' });
      throw error;
    });
    scope.post<{ Params: Params; Querystring: Query; Body: Uint8Array | undefined }>('/api/networks/:networkId/indicator/import', { onRequest: admit }, async (request) => {
      const upload = uploads.get(request)!;
      return importMeasurements(upload.db, upload.user, upload.access, { file: request.body ?? new Uint8Array(0), commit: upload.commit });
    });
  });
}

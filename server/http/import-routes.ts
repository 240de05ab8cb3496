import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_ERRORS } from '../../shared/errors.ts';
import { translateMessage, type MessageKey } from '../../shared/i18n/message.ts';
import { can } from '../../shared/domain/permissions.ts';
import { MAX_IMPORT_BYTES } from '../../shared/schemas/indicator.ts';
import type { Context, SessionUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { requestLanguage, wordsFor } from '../i18n.ts';
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


type Params = { networkId: string };
/** `indicatorId` names one of the network's measures; left out, the import is for its outcome. */
type Query = { commit?: string; indicatorId?: string };
type Upload = { db: Context['db']; user: SessionUser; access: NetworkAccess; commit: boolean; indicatorId: number | undefined; lang: string };

/** An answer the import screen shows as it is: `{ code, message }`, in the asker's language. */
function refuse(request: FastifyRequest, reply: FastifyReply, status: number, code: string, key: MessageKey, headers: Record<string, string> = {}) {
  const message = wordsFor(requestLanguage(request.headers, null)).t(key) as string;
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
        return reject(new FileTooLarge('file too large'));
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
    if (type !== 'text/csv') return refuse(request, reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'errors:import.notCsv');
    if (!originTrusted(request, opts.trustedOrigins)) return refuse(request, reply, 403, 'FORBIDDEN', 'errors:import.untrusted');
    const ctx = await opts.createContext({ req: request });
    if (!ctx.user) return refuse(request, reply, 401, 'UNAUTHORIZED', 'errors:import.signIn');
    const networkId = Number(request.params.networkId);
    const access = /^[1-9][0-9]{0,15}$/.test(request.params.networkId) ? networkAccess(ctx.db, ctx.user, networkId) : null;
    // To an outsider a private network answers as a missing one (as every procedure does).
    if (!access || (!access.isAdmin && access.role === null)) return refuse(request, reply, 404, 'NOT_FOUND', 'errors:NO_NETWORK');
    if (!can(access, 'indicator.edit')) return refuse(request, reply, 403, 'FORBIDDEN', 'errors:import.facilitatorsOnly');
    const { commit, indicatorId } = request.query;
    if (commit !== 'true' && commit !== 'false') return refuse(request, reply, 400, 'BAD_REQUEST', 'errors:import.commitMissing');
    if (indicatorId !== undefined && !/^[1-9][0-9]{0,15}$/.test(indicatorId)) return refuse(request, reply, 404, 'NOT_FOUND', 'errors:indicator.noSuchMeasure');
    if (Number(request.headers['content-length']) > MAX_IMPORT_BYTES) return refuse(request, reply, 413, 'PAYLOAD_TOO_LARGE', 'errors:import.tooLarge');
    const wait = writeWait(ctx);
    if (wait > 0) {
      return refuse(request, reply, 429, 'TOO_MANY_REQUESTS', 'errors:WRITE_THROTTLED', { 'retry-after': String(Math.ceil(wait / 1000)) });
    }
    uploads.set(request, { db: ctx.db, user: ctx.user, access, commit: commit === 'true', indicatorId: indicatorId === undefined ? undefined : Number(indicatorId), lang: ctx.lang });
  }

  void app.register(async (scope) => {
    // Bytes, not a string: they go to the worker as they came.
    scope.addContentTypeParser('text/csv', (request, payload, done) => {
      gather(payload, Number(request.headers['content-length']) || null).then(
        (bytes) => done(null, bytes),
        (err: Error) => done(err, undefined),
      );
    });
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(request, reply, 413, 'PAYLOAD_TOO_LARGE', 'errors:import.tooLarge');
      const lang = requestLanguage(request.headers, null);
      if (error instanceof AppError) {
        // The same status a procedure would answer with, from the one error table.
        const code = APP_ERRORS[error.code].status;
        return reply.code(getHTTPStatusCodeFromError(new TRPCError({ code }))).send({ code, message: error.say(lang) });
      }
      if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ code: 'BAD_REQUEST', message: wordsFor(lang).t('errors:import.cutShort') });
      throw error;
    });
    scope.post<{ Params: Params; Querystring: Query; Body: Uint8Array | undefined }>('/api/networks/:networkId/indicator/import', { onRequest: admit }, async (request) => {
      const upload = uploads.get(request)!;
      const report = await importMeasurements(upload.db, upload.user, upload.access, { indicatorId: upload.indicatorId, file: request.body ?? new Uint8Array(0), commit: upload.commit });
      const { t } = wordsFor(upload.lang);
      return { ...report, problems: report.problems.map((p) => ({ ...p, message: translateMessage(t, p.message) })) };
    });
  });
}

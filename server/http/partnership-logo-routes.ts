import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_LOGO_BYTES } from '../../shared/domain/image-type.ts';
import type { MessageKey } from '../../shared/i18n/message.ts';
import type { Context, SessionUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { requestLanguage, wordsFor } from '../i18n.ts';
import { LOGO_PATH, readLogo, removeLogo, setLogo } from '../services/partnership.ts';
import { writeWait } from '../write-limit.ts';
import type { CreateContext } from './export-routes.ts';
import { originTrusted } from './security.ts';

// The partnership's logo as bytes: sent as the file itself (whatever type the browser names; the
// first bytes decide what it is) and served back with the type found then. Like the CSV import,
// every refusal that needs no body — origin, session, role, throttle, declared size — comes before
// a byte is read.

type Admitted = { db: Context['db']; user: SessionUser; lang: string };

function refuse(request: FastifyRequest, reply: FastifyReply, status: number, code: string, key: MessageKey, headers: Record<string, string> = {}) {
  const message = wordsFor(requestLanguage(request.headers, null)).t(key) as string;
  return reply.code(status).headers({ connection: 'close', ...headers }).send({ code, message });
}

class TooLarge extends Error {
  readonly statusCode = 413;
  readonly code = 'FST_ERR_CTP_BODY_TOO_LARGE';
}

/** The body, refused as soon as it passes the logo's limit (whatever length it declared). */
function gather(payload: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    payload.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > MAX_LOGO_BYTES) {
        payload.removeAllListeners('data');
        payload.resume();
        return reject(new TooLarge('logo too large'));
      }
      chunks.push(chunk);
    });
    payload.on('error', reject);
    payload.on('end', () => resolve(Buffer.concat(chunks, length)));
  });
}

export function registerPartnershipLogoRoutes(app: FastifyInstance, opts: { db: Context['db']; createContext: CreateContext; trustedOrigins: readonly string[] }) {
  const admitted = new WeakMap<FastifyRequest, Admitted>();

  /** Origin, session and role, for both the upload and the removal. */
  async function admit(request: FastifyRequest, reply: FastifyReply) {
    reply.header('Cache-Control', 'no-store');
    if (!originTrusted(request, opts.trustedOrigins)) return refuse(request, reply, 403, 'FORBIDDEN', 'errors:partnership.logoUntrusted');
    const ctx = await opts.createContext({ req: request });
    if (!ctx.user) return refuse(request, reply, 401, 'UNAUTHORIZED', 'errors:partnership.logoSignIn');
    if (!ctx.user.isAdmin) return refuse(request, reply, 403, 'FORBIDDEN', 'errors:partnership.logoAdminsOnly');
    if (request.method === 'POST' && Number(request.headers['content-length']) > MAX_LOGO_BYTES) {
      return refuse(request, reply, 413, 'PAYLOAD_TOO_LARGE', 'errors:LOGO_TOO_LARGE');
    }
    const wait = writeWait(ctx);
    if (wait > 0) return refuse(request, reply, 429, 'TOO_MANY_REQUESTS', 'errors:WRITE_THROTTLED', { 'retry-after': String(Math.ceil(wait / 1000)) });
    admitted.set(request, { db: ctx.db, user: ctx.user, lang: ctx.lang });
  }

  void app.register(async (scope) => {
    // Any declared type: the bytes say what the file is, not the header.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => {
      gather(payload).then(
        (bytes) => done(null, bytes),
        (err: Error) => done(err, undefined),
      );
    });
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(request, reply, 413, 'PAYLOAD_TOO_LARGE', 'errors:LOGO_TOO_LARGE');
      const lang = requestLanguage(request.headers, null);
      if (error instanceof AppError) {
        const status = error.code === 'LOGO_TOO_LARGE' ? 413 : 400;
        return reply.code(status).send({ code: error.code, message: error.say(lang) });
      }
      if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ code: 'BAD_REQUEST', message: wordsFor(lang).t('errors:partnership.logoCutShort') });
      throw error;
    });

    scope.post<{ Body: Buffer | undefined }>(LOGO_PATH, { onRequest: admit }, async (request) => {
      const { db, user } = admitted.get(request)!;
      return setLogo(db, user, request.body ?? new Uint8Array(0));
    });

    scope.delete(LOGO_PATH, { onRequest: admit }, async (request, reply) => {
      const { db, user } = admitted.get(request)!;
      removeLogo(db, user);
      return reply.code(204).send();
    });

    // Public: the report card and emails show it to anyone. The address carries the logo's
    // version, so a browser may keep it as long as it likes; without one, it asks again soon.
    scope.get<{ Querystring: { v?: string } }>(LOGO_PATH, (request, reply) => {
      const logo = readLogo(opts.db);
      reply.header('X-Content-Type-Options', 'nosniff');
      if (!logo) {
        const message = wordsFor(requestLanguage(request.headers, null)).t('errors:partnership.noLogo');
        return reply.code(404).header('Cache-Control', 'no-store').send({ code: 'NOT_FOUND', message });
      }
      const current = request.query.v === String(logo.version);
      return reply
        .header('Content-Type', logo.type)
        .header('Content-Length', String(logo.bytes.length))
        .header('Cache-Control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
        .header('Content-Disposition', 'inline')
        .send(logo.bytes);
    });
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { TRPC_PATH } from '../../shared/batch-url.ts';

export function registerSecurityHeaders(app: FastifyInstance) {
  // Built once: helmet's Fastify plugin built the whole policy again for every request.
  const secure = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Inline styles only (some accessible primitives position popovers with them); never scripts.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The offline app: its service worker and web manifest are this site's own files.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    // Invitation links carry their token in the path: never send it on as a referrer.
    referrerPolicy: { policy: 'no-referrer' },
    hsts: false, // added below, only when the request came over https
  });
  app.addHook('onRequest', (request, reply, done) => secure(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)));
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') {
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    // API answers carry people's data: no shared or browser cache keeps them (a shared computer's
    // back button, a proxy) — the client's own query cache is what makes pages quick.
    // A public file among them (the partnership's logo) says so itself and keeps its own header.
    if (isApi(request.url) && !String(reply.getHeader('cache-control') ?? '').startsWith('public')) reply.header('Cache-Control', 'no-store');
  });
}

/** The tRPC API, sign-in and downloads: everything that is not a page or a built file. */
export function isApi(url: string): boolean {
  return url.startsWith(`${TRPC_PATH}/`) || url === TRPC_PATH || url.startsWith('/api/');
}

/**
 * CSRF guard for state-changing requests: tRPC accepts multipart/form-data mutations, which a
 * plain form on another site could send. Accept only JSON bodies from an allowed Origin.
 */
export function csrfGuard(trustedOrigins: readonly string[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      return reply.code(415).send({ error: { message: 'Requests that change data must send JSON.' } });
    }
    if (!originTrusted(request, trustedOrigins)) {
      return reply.code(403).send({ error: { message: 'This request came from a site Needle does not trust.' } });
    }
  };
}

/** Whether a request that changes data comes from a page of Needle's own (its Origin header). */
export function originTrusted(request: FastifyRequest, trustedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  return origin !== undefined && trustedOrigins.includes(origin);
}

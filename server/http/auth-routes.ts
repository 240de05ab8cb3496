import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance } from 'fastify';
import type { Auth } from '../auth/auth.ts';
import { clearAccountFailures, recordSignInFailure, signInBlocked } from '../auth/sign-in-throttle.ts';
import type { Db } from '../db/client.ts';
import { csrfGuard } from './security.ts';

const SIGN_IN_PATH = '/api/auth/sign-in/email';

/** better-auth's handler under /api/auth, with Needle's sign-in throttle in front of it. */
export async function registerAuthRoutes(
  app: FastifyInstance,
  opts: { auth: Auth; db: Db; baseUrl: string; trustedOrigins: readonly string[] },
) {
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/auth/')) return csrfGuard(opts.trustedOrigins)(request, reply);
  });

  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    async handler(request, reply) {
      const url = new URL(request.url, opts.baseUrl);
      const signIn = request.method === 'POST' && url.pathname === SIGN_IN_PATH;
      const email = signIn ? emailOf(request.body) : '';
      if (signIn) {
        const blocked = signInBlocked(opts.db, email, request.ip);
        if (blocked) return reply.code(429).header('Retry-After', '900').send({ code: 'TOO_MANY_ATTEMPTS', message: blocked });
      }
      const response = await opts.auth.handler(
        new Request(url, {
          method: request.method,
          headers: fromNodeHeaders(request.headers),
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
        }),
      );
      if (signIn && response.status === 401) recordSignInFailure(opts.db, email, request.ip);
      if (signIn && response.ok) clearAccountFailures(opts.db, email);
      reply.code(response.status);
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length) reply.header('set-cookie', cookies);
      return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
    },
  });
}

function emailOf(body: unknown): string {
  const email = typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

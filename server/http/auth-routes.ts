import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from '../auth/auth.ts';
import { clearAccountFailures, recordSignInFailure, signInBlocked } from '../auth/sign-in-throttle.ts';
import type { Db } from '../db/client.ts';
import { csrfGuard } from './security.ts';

const SIGN_IN_PATH = '/api/auth/sign-in/email';
/**
 * The better-auth endpoints Needle's client uses. Everything else it offers (update-user,
 * change-password, sign-up, list-sessions …) answers 404: names and passwords change through
 * Needle's own procedures, which validate, audit and rate-limit them.
 */
const OPEN_PATHS = [SIGN_IN_PATH, '/api/auth/sign-out'];

/** better-auth's sign-in and sign-out under /api/auth, with Needle's sign-in throttle in front. */
export async function registerAuthRoutes(
  app: FastifyInstance,
  opts: { auth: Auth; db: Db; baseUrl: string; trustedOrigins: readonly string[] },
) {
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/auth/')) return csrfGuard(opts.trustedOrigins)(request, reply);
  });

  for (const path of OPEN_PATHS) app.post(path, handler);

  async function handler(request: FastifyRequest, reply: FastifyReply) {
    const url = new URL(request.url, opts.baseUrl);
    const signIn = url.pathname === SIGN_IN_PATH;
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
  }
}

function emailOf(body: unknown): string {
  const email = typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

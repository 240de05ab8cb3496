import { setTimeout as sleep } from 'node:timers/promises';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { emailSchema, passwordSchema } from '../../shared/schemas/common.ts';
import type { Auth } from '../auth/auth.ts';
import { isCommonPassword } from '../auth/password.ts';
import { resetTokenOwner } from '../auth/password-reset.ts';
import {
  clearAccountFailures,
  recordResetRequest,
  recordSignInFailure,
  resetRequestBlocked,
  signInBlocked,
} from '../auth/sign-in-throttle.ts';
import type { Db } from '../db/client.ts';
import { isMailOn } from '../mail/outbox.ts';
import { csrfGuard } from './security.ts';

const SIGN_IN_PATH = '/api/auth/sign-in/email';
const REQUEST_RESET_PATH = '/api/auth/request-password-reset';
const RESET_PATH = '/api/auth/reset-password';
/**
 * The better-auth endpoints Needle's client uses. Everything else it offers (update-user,
 * change-password, sign-up, list-sessions …) answers 404: names and passwords change through
 * Needle's own procedures, which validate, audit and rate-limit them.
 */
const OPEN_PATHS = [SIGN_IN_PATH, '/api/auth/sign-out', REQUEST_RESET_PATH, RESET_PATH];

/** What a reset request answers, whether or not the address has an account (better-auth's words). */
const RESET_REQUESTED = { status: true, message: 'If this email exists in our system, check your email for the reset link' };
/**
 * A reset request takes at least this long, found or not: the work for a real account (a token,
 * an outbox row, an audit row) must not show in the time the answer takes.
 */
const RESET_REQUEST_FLOOR_MS = 250;

type Reply = { status: number; body: unknown };

/** better-auth's sign-in, sign-out and password reset under /api/auth, with Needle's checks in front. */
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
    if (url.pathname === REQUEST_RESET_PATH) return requestReset(request, reply, url);
    if (url.pathname === RESET_PATH) {
      const refused = resetRefused(opts.db, request.body);
      if (refused) return reply.code(refused.status).send(refused.body);
      return forward(request, reply, url, request.body);
    }
    const signIn = url.pathname === SIGN_IN_PATH;
    const email = signIn ? emailOf(request.body) : '';
    if (signIn) {
      const blocked = signInBlocked(opts.db, email, request.ip);
      if (blocked) return reply.code(429).header('Retry-After', '900').send({ code: 'TOO_MANY_ATTEMPTS', message: blocked });
    }
    // The failure is counted before the answer leaves: the next attempt always finds it.
    return forward(request, reply, url, request.body, (response) => {
      if (signIn && response.status === 401) recordSignInFailure(opts.db, email, request.ip);
      if (signIn && response.ok) clearAccountFailures(opts.db, email);
    });
  }

  async function requestReset(request: FastifyRequest, reply: FastifyReply, url: URL) {
    const started = Date.now();
    const parsed = emailSchema.safeParse(emailOf(request.body));
    if (!parsed.success) return reply.code(400).send({ code: 'INVALID_EMAIL', message: 'Enter a valid email address.' });
    const email = parsed.data;
    if (resetRequestBlocked(opts.db, email, request.ip)) {
      return reply.code(429).header('Retry-After', '900').send({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many reset requests. Wait 15 minutes and try again.' });
    }
    recordResetRequest(opts.db, email, request.ip);
    // With email off nobody could receive a link: make none. Administrators make links by hand.
    const answer: Reply = isMailOn(opts.db)
      ? await viaAuth(request, url, { email })
      : { status: 200, body: RESET_REQUESTED };
    await sleep(Math.max(0, RESET_REQUEST_FLOOR_MS - (Date.now() - started)));
    if (answer.status === 200) return reply.code(200).send(RESET_REQUESTED);
    return reply.code(answer.status).send(answer.body);
  }

  async function viaAuth(request: FastifyRequest, url: URL, body: unknown): Promise<Reply> {
    const response = await opts.auth.handler(authRequest(request, url, body));
    return { status: response.status, body: response.body ? await response.json().catch(() => null) : null };
  }

  async function forward(request: FastifyRequest, reply: FastifyReply, url: URL, body: unknown, beforeSending?: (response: Response) => void) {
    const response = await opts.auth.handler(authRequest(request, url, body));
    beforeSending?.(response);
    reply.code(response.status);
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length) reply.header('set-cookie', cookies);
    return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
  }
}

function authRequest(request: FastifyRequest, url: URL, body: unknown): Request {
  return new Request(url, {
    method: request.method,
    headers: fromNodeHeaders(request.headers),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * Needle's own rules before better-auth sets a new password: the same password rule as sign-up
 * (better-auth checks only the length), and no reset for a deactivated account.
 */
function resetRefused(db: Db, body: unknown): Reply | null {
  const { newPassword, token } = (typeof body === 'object' && body !== null ? body : {}) as { newPassword?: unknown; token?: unknown };
  const password = passwordSchema.safeParse(newPassword);
  if (!password.success) return { status: 400, body: { code: 'PASSWORD_INVALID', message: 'Choose a password of 8 to 128 characters.' } };
  if (isCommonPassword(password.data)) return { status: 400, body: { code: 'PASSWORD_TOO_COMMON', message: 'That password is too common. Choose another.' } };
  if (typeof token === 'string' && resetTokenOwner(db, token)?.deactivated) {
    return { status: 403, body: { code: 'ACCOUNT_DEACTIVATED', message: 'This account is deactivated. Ask a site administrator.' } };
  }
  return null;
}

function emailOf(body: unknown): string {
  const email = typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

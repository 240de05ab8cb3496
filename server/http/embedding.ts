import type { FastifyInstance } from 'fastify';
import { embedOrigins } from '../../shared/domain/embed-origins.ts';
import type { DbOrTx } from '../db/types.ts';
import { partnershipEmbedOrigins } from '../services/public-partnership.ts';

// The public pages (the report card and each network's public page and published reports) may be
// shown in a frame on the partnership's own website: their responses name the origins allowed in
// CSP frame-ancestors. Every other response keeps helmet's frame-ancestors 'none', so no other page
// (sign-in above all) can be framed for clickjacking.

/** An app page under /impact: the report card, a network's public page or one of its reports. */
export function isPublicPage(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split(/[?#]/)[0]!;
  return path === '/impact' || path === '/impact/' || (path.startsWith('/impact/') && !/\.[a-z0-9]+$/i.test(path));
}

/** The CSP with its frame-ancestors naming these origins instead of 'none'. */
export function allowFraming(csp: string, origins: readonly string[]): string {
  return csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${origins.join(' ')}`);
}

/**
 * `envOrigins`: NEEDLE_EMBED_ORIGINS. The partnership's own list is read on each public page's
 * request (one small row), so an administrator's change applies at once, without a restart.
 */
export function registerEmbedding(app: FastifyInstance, { db, envOrigins }: { db: DbOrTx; envOrigins: readonly string[] }) {
  app.addHook('onSend', async (request, reply) => {
    if (!isPublicPage(request.method, request.url)) return;
    const origins = embedOrigins(envOrigins, partnershipEmbedOrigins(db));
    if (origins.length === 0) return;
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string') reply.header('content-security-policy', allowFraming(csp, origins));
    // X-Frame-Options knows no list of sites: where CSP allows a frame, it must not forbid it.
    reply.removeHeader('x-frame-options');
  });
}

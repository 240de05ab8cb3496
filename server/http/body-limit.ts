import type { FastifyError, FastifyInstance } from 'fastify';

// How large a /trpc request body may be: 1 MB (Fastify counts a body sent without a length as it
// arrives). Nothing sent to a procedure comes near it; the CSV import, the one large upload, has
// its own route (import-routes.ts).

export const BODY_LIMIT = 1024 * 1024;
const MESSAGE = 'This is more than Needle takes in one request (1 MB). Shorten the text and try again.';

/** The procedures a /trpc URL names: `/trpc/a.b,c.d?batch=1` → ['a.b', 'c.d']. */
function proceduresOf(url: string, prefix: string): string[] {
  const path = url.slice(prefix.length + 1).split('?')[0] ?? '';
  try {
    return decodeURIComponent(path).split(',');
  } catch {
    return [];
  }
}

/** In the /trpc scope: the limit, and a 413 in tRPC's error shape that the client shows as it is. */
export function registerBodyLimits(scope: FastifyInstance, opts: { prefix: string }) {
  scope.addHook('onRoute', (route) => {
    route.bodyLimit = BODY_LIMIT;
  });

  scope.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error;
    // tRPC's error shape, serialized as superjson does: the client reads the message as-is.
    const shape = { json: { message: MESSAGE, code: -32013, data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, path: proceduresOf(request.url, opts.prefix).join(',') } } };
    return reply.code(413).header('connection', 'close').send({ error: shape });
  });
}

import { Transform } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_IMPORT_BYTES } from '../../shared/schemas/indicator.ts';

// How large a /trpc request body may be. Fastify's bodyLimit is per route, and tRPC registers one
// route for every procedure (batches too), so the route allows the largest body and a preParsing
// hook holds each request to its own limit while the bytes arrive: 1 MB, and more only for a
// signed-in person sending a CSV file to the import (alone or in a batch of imports). Anonymous
// requests never get more: the session is read before a single byte of the body is.

export const BODY_LIMIT = 1024 * 1024;
/** An 8 MB file once JSON-escaped: line breaks and quotes take two bytes each. */
export const IMPORT_BODY_LIMIT = Math.round(MAX_IMPORT_BYTES * 1.5);
const IMPORT_PROCEDURES = new Set(['indicator.importCsv']);

const MESSAGES = {
  default: 'This is more than Needle takes in one request (1 MB). Shorten the text and try again.',
  import: 'The file is too large to send: files up to 8 MB can be imported. Split it by year and import each part.',
};

class BodyTooLarge extends Error {
  readonly statusCode = 413;
  readonly code = 'NEEDLE_BODY_TOO_LARGE';
}

/** The procedures a /trpc URL names: `/trpc/a.b,c.d?batch=1` → ['a.b', 'c.d']. */
function proceduresOf(url: string, prefix: string): string[] {
  const path = url.slice(prefix.length + 1).split('?')[0] ?? '';
  try {
    return decodeURIComponent(path).split(',');
  } catch {
    return [];
  }
}

/** Lets the body through until it passes `limit` bytes, then fails with a 413. */
function capped(limit: number, message: string) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > limit) callback(new BodyTooLarge(message));
      else callback(null, chunk);
    },
  });
}

/** In the /trpc scope: the limits, and a 413 in tRPC's error shape that the client shows as it is. */
export function registerBodyLimits(scope: FastifyInstance, opts: { prefix: string; signedIn: (request: FastifyRequest) => Promise<boolean> }) {
  scope.addHook('onRoute', (route) => {
    route.bodyLimit = IMPORT_BODY_LIMIT;
  });

  scope.addHook('preParsing', async (request, _reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return payload;
    const names = proceduresOf(request.url, opts.prefix);
    const isImport = names.length > 0 && names.every((n) => IMPORT_PROCEDURES.has(n)) && (await opts.signedIn(request));
    const limit = isImport ? IMPORT_BODY_LIMIT : BODY_LIMIT;
    const message = isImport ? MESSAGES.import : MESSAGES.default;
    if (Number(request.headers['content-length']) > limit) throw new BodyTooLarge(message);
    // A body without a length (chunked) is counted as it arrives.
    const counted = capped(limit, message);
    payload.on('error', (err) => counted.destroy(err));
    return payload.pipe(counted);
  });

  scope.setErrorHandler((error: FastifyError, request, reply) => {
    const tooLarge = error instanceof BodyTooLarge || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
    if (!tooLarge) throw error;
    const names = proceduresOf(request.url, opts.prefix);
    const message = error instanceof BodyTooLarge ? error.message : MESSAGES.import;
    // tRPC's error shape, serialized as superjson does: the client reads the message as-is.
    const shape = { json: { message, code: -32013, data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, path: names.join(',') } } };
    return reply.code(413).header('connection', 'close').send({ error: shape });
  });
}

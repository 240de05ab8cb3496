import type { AnyRouter, inferRouterContext } from '@trpc/server';
import { incomingMessageToRequest } from '@trpc/server/adapters/node-http';
import { resolveResponse, type HTTPErrorHandler, type ResponseMetaFn } from '@trpc/server/http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { keptGzip } from './kept-gzip.ts';

type Options<TRouter extends AnyRouter> = {
  prefix: string;
  router: TRouter;
  createContext: (request: FastifyRequest) => Promise<inferRouterContext<TRouter>>;
  responseMeta?: ResponseMetaFn<TRouter>;
  onError?: HTTPErrorHandler<TRouter, Request>;
};

/**
 * tRPC's API on a Fastify scope. tRPC's own Fastify plugin hands Fastify a fetch Response whose
 * body is a stream, so no answer has a known length: @fastify/compress then compresses every one,
 * even a 150-byte answer, through a stream pipeline (the largest single cost of a small call under
 * load). Here an ordinary answer is read whole and sent with its length, so compression applies
 * only above its threshold and in one synchronous step. A subscription (server-sent events) is
 * still sent as the stream it is.
 */
export function registerTrpc<TRouter extends AnyRouter>(scope: FastifyInstance, opts: Options<TRouter>) {
  // tRPC parses bodies itself (superjson): hand it the text as it came.
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  // Answers under 1 KB go as they are; the rest with gzip, in one synchronous step up to 64 KB
  // (kept-gzip.ts). For answers of a few KB, Brotli or the stream pipeline cost more server time
  // than the bytes they save are worth. Above 64 KB (a family of measures) the stream pipeline
  // compresses off the main thread, with 4 KB output buffers: less memory outside V8's heap.
  const zlibOptions = { chunkSize: 4096 };
  const compress = { encodings: ['gzip' as const], threshold: 1024, syncThreshold: 64 * 1024, zlibOptions, zlib: { gzipSync: keptGzip(zlibOptions, (error) => scope.log.warn({ err: error }, 'gzip engine failed; it is opened again')) } };
  scope.all(`${opts.prefix}/:path`, { compress }, async (request, reply) => {
    const raw = request.raw as typeof request.raw & { body?: unknown };
    if (request.body !== undefined) raw.body = request.body;
    const path = (request.params as { path: string }).path;
    const response = await resolveResponse<TRouter>({
      router: opts.router,
      responseMeta: opts.responseMeta,
      req: incomingMessageToRequest(raw, reply.raw, { maxBodySize: null }),
      path,
      error: null,
      createContext: () => opts.createContext(request),
      onError: opts.onError,
    });
    reply.code(response.status);
    response.headers.forEach((value, name) => void reply.header(name, value));
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) return reply.send(response.body);
    // As the bytes tRPC encoded: read as text, a large answer (a family of measures, 130 KB) would
    // be decoded into a string and encoded again on its way out, two more copies for the GC to meet.
    return reply.send(Buffer.from(await response.arrayBuffer()));
  });
}

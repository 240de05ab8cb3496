import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The built client, with index.html for every other GET so deep links and reloads work. */
export async function registerClient(app: FastifyInstance, clientDir: string) {
  const built = existsSync(join(clientDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      index: false,
      setHeaders(res, path) {
        // Vite names assets by content hash: cache them for good; everything else revalidates.
        res.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/trpc') && !request.url.startsWith('/api/');
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (!isPage || !wantsHtml || /\.[a-z0-9]+$/i.test(request.url.split('?')[0]!)) {
      return reply.code(404).send({ error: { message: 'Not found' } });
    }
    if (!built) {
      return reply.code(503).type('text/plain').send('The client is not built yet: run `npm run build`, then reload.');
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}

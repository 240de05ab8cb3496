import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { pageLanguage } from '../i18n.ts';
import { pagePreloads } from './page-preload.ts';
import { withMeta, type PageMeta } from './page-meta.ts';
import { isApi } from './security.ts';

/**
 * The built client, with index.html for every other GET so deep links and reloads work.
 * `metaFor` gives a page's status and preview text (see page-meta.ts).
 */
export async function registerClient(app: FastifyInstance, clientDir: string, metaFor: (url: string, lang: string) => PageMeta = () => ({ status: 200 })) {
  const built = existsSync(join(clientDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      index: false,
      // The build writes each script and style sheet beside its Brotli and gzip forms (vite.config.ts):
      // a browser gets the smallest it accepts without the server compressing on every request.
      preCompressed: true,
      setHeaders(res, path) {
        // Vite names assets by content hash: cache them for good; everything else revalidates.
        // That includes the service worker (sw.js) and the web manifest: a browser asking whether
        // a new version is out must reach the server, or a deploy would not reach people for a day.
        res.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (path.endsWith('.webmanifest')) res.header('Content-Type', 'application/manifest+json; charset=utf-8');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    // Every app route answers the app, whatever the Accept header: uptime checks, link previews
    // and curl send none or */*. Only the API and missing files (a name with an extension) are 404s.
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !isApi(request.url) &&
      !/\.[a-z0-9]+$/i.test(request.url.split('?')[0]!);
    if (!isPage) {
      return reply.code(404).send({ error: { message: 'Not found' } });
    }
    if (!built) {
      return reply.code(503).type('text/plain').send('The client is not built yet: run `npm run build`, then reload.');
    }
    // Read each time: a rebuild while the server runs (npm run build) names new scripts.
    const lang = pageLanguage(request.url, request.headers);
    const meta = metaFor(request.url, lang);
    const preloads = pagePreloads(clientDir, request.url, lang);
    let html = withMeta(await readFile(join(clientDir, 'index.html'), 'utf8'), meta, lang);
    if (preloads) html = html.replace('</head>', () => `\n    ${preloads}\n  </head>`);
    // The page's language follows Accept-Language: a cache must keep one copy per language.
    return reply.code(meta.status).header('Cache-Control', 'no-cache').header('Vary', 'Accept-Language').type('text/html; charset=utf-8').send(html);
  });
}

// The page the server sends names the first page's chunks and catalogues (server/http/page-preload.ts),
// so a phone asks for them beside the first script rather than after it has run.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPageCalls } from '../../client/app/first-page-data.ts';
import { pagePreloads, PRELOADED_PAGES } from '../../server/http/page-preload.ts';
import { batchUrl, TRPC_PATH } from '../../shared/batch-url.ts';
import { appServingClient } from '../helpers/http.ts';

const INDEX_HTML = '<!doctype html><html lang="en"><head><title>Needle</title><script type="module" crossorigin src="/assets/index-a1.js"></script></head><body><div id="root"></div></body></html>';
// As Vite writes it: the entry is index.html; the chunks it imports are already in the page.
const MANIFEST = {
  'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: ['_shared-b2.js'] },
  '_shared-b2.js': { file: 'assets/shared-b2.js' },
  '_card-c3.js': { file: 'assets/card-c3.js', imports: ['index.html', '_shared-b2.js'], css: ['assets/card-c3.css'] },
  'features/networks/network-layout.tsx': { file: 'assets/network-layout-d4.js', isDynamicEntry: true, imports: ['index.html', '_card-c3.js'] },
  'features/networks/network-home-page.tsx': { file: 'assets/network-home-page-e5.js', isDynamicEntry: true, imports: ['_card-c3.js'] },
  '../shared/i18n/locales/en/common.json': { file: 'assets/common-f6.js', isDynamicEntry: true },
  '../shared/i18n/locales/es/common.json': { file: 'assets/common-g7.js', isDynamicEntry: true },
  '../shared/i18n/locales/en/networks.json': { file: 'assets/networks-h8.js', isDynamicEntry: true },
};

const linksIn = (html: string) => [...html.matchAll(/<link rel="(modulepreload|stylesheet)" crossorigin href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);

let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, close } = await appServingClient({ 'index.html': INDEX_HTML, '.vite/manifest.json': JSON.stringify(MANIFEST) }));
});
afterAll(() => close());

describe('the first page’s preloads', () => {
  it('names a network home’s catalogues, then its modules and their chunks, leaving out what the first script brings', async () => {
    const res = await app.inject({ method: 'GET', url: '/n/kindergarten-readiness', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(200);
    expect(linksIn(res.body)).toEqual([
      'stylesheet /assets/card-c3.css',
      'modulepreload /assets/common-f6.js',
      'modulepreload /assets/networks-h8.js',
      'modulepreload /assets/network-layout-d4.js',
      'modulepreload /assets/card-c3.js',
      'modulepreload /assets/network-home-page-e5.js',
    ]);
    // In the head, after the first script, so it still comes first.
    expect(res.body.indexOf('index-a1.js')).toBeLessThan(res.body.indexOf('modulepreload'));
    expect(res.body.indexOf('modulepreload')).toBeLessThan(res.body.indexOf('</head>'));
  });

  it('names the catalogues of the language the page is served in', async () => {
    const res = await app.inject({ method: 'GET', url: '/n/kindergarten-readiness?lang=es' });
    expect(linksIn(res.body)).toContain('modulepreload /assets/common-g7.js');
    expect(linksIn(res.body)).not.toContain('modulepreload /assets/common-f6.js');
  });

  it('adds nothing to a page it does not know, nor to a deeper page of a network, which still answer the app', async () => {
    for (const url of ['/no/such/page', '/n/kindergarten-readiness/cycles', '/impact/x']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="root">');
      expect(linksIn(res.body)).toEqual([]);
    }
  });

  // The client's first request (client/app/first-request.ts) asks for the same address, and the
  // browser hands it this answer: the page's data is on its way before any script has arrived.
  it('asks for the first request’s answers first, at the address the first script asks for', async () => {
    for (const url of ['/', '/n/kindergarten-readiness', '/n/kindergarten-readiness/', '/n/kindergarten-readiness?lang=es', '/n/caf%C3%A9']) {
      const res = await app.inject({ method: 'GET', url });
      const first = res.body.match(/<link rel="preload" as="fetch" crossorigin fetchpriority="high" href="([^"]+)">\s*<link/);
      expect(first, url).not.toBeNull();
      const pathname = new URL(url, 'http://page').pathname;
      expect(first![1]!.replaceAll('&amp;', '&'), url).toBe(batchUrl(TRPC_PATH, firstPageCalls(pathname)));
    }
    expect((await app.inject({ method: 'GET', url: '/n/kindergarten-readiness/cycles' })).body).not.toContain('as="fetch"');
  });

  // Vite keys its manifest by the source file's path under client/; a renamed page would lose its
  // preloads unnoticed. (The build's own names are checked below, where a build exists.)
  it('lists page modules that exist, each loaded by the app’s routes', () => {
    const routes = readFileSync(resolve('client/app/routes.tsx'), 'utf8');
    for (const page of PRELOADED_PAGES) {
      for (const module of page.modules) {
        expect(existsSync(resolve('client', module)), module).toBe(true);
        expect(routes, module).toContain(`import('../${module}')`);
      }
    }
  });

  it('adds nothing when the build wrote no manifest', () => {
    const bare = mkdtempSync(join(tmpdir(), 'needle-client-'));
    try {
      expect(pagePreloads(bare, '/n/kindergarten-readiness', 'en')).toBe('');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

// The real build, when there is one (npm run build): a renamed page module would otherwise lose its preloads unnoticed.
const built = resolve(process.env.NEEDLE_CLIENT_DIR ?? 'dist/client');
describe.skipIf(!existsSync(join(built, '.vite', 'manifest.json')))('the first page’s preloads in the real build', () => {
  it('names the modules of every listed page, and only files the build wrote', () => {
    const manifest = JSON.parse(readFileSync(join(built, '.vite', 'manifest.json'), 'utf8')) as Record<string, unknown>;
    for (const page of PRELOADED_PAGES) for (const module of page.modules) expect(manifest, module).toHaveProperty([module]);
    const html = pagePreloads(built, '/n/kindergarten-readiness', 'en');
    const files = [...html.matchAll(/rel="(?:modulepreload|stylesheet)" crossorigin href="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) expect(existsSync(join(built, file)), file).toBe(true);
  });
});

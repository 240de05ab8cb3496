// The installable app's files (docs/offline.md): a browser asking whether a new version is out must
// reach the server, and the page's policy must let the service worker and manifest load.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appServingClient, INDEX_HTML } from '../helpers/http.ts';

const SW_JS = 'self.addEventListener("install", () => {});';
const MANIFEST = JSON.stringify({ name: 'Needle', start_url: '/' });

let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, close } = await appServingClient({
    'index.html': INDEX_HTML,
    'sw.js': SW_JS,
    'workbox-2fbc6a65.js': SW_JS,
    'manifest.webmanifest': MANIFEST,
    'icons/icon-192.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  }));
});
afterAll(() => close());

describe('the service worker and web manifest', () => {
  it('serves sw.js as JavaScript that every update check revalidates, never cached for long', async () => {
    const res = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(SW_JS);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe('no-cache');
    // Its Workbox runtime is named by content but sits outside assets/: it revalidates too.
    const runtime = await app.inject({ method: 'GET', url: '/workbox-2fbc6a65.js' });
    expect(runtime.statusCode).toBe(200);
    expect(runtime.headers['cache-control']).toBe('no-cache');
  });

  it('serves the manifest as a web manifest that revalidates, and the icons', async () => {
    const res = await app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(res.body)).toMatchObject({ name: 'Needle' });
    const icon = await app.inject({ method: 'GET', url: '/icons/icon-192.png' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');
  });

  it('lets the page load its own service worker and manifest, and nobody else’s', async () => {
    const res = await app.inject({ method: 'GET', url: '/n/some-network', headers: { accept: 'text/html' } });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
  });

  it('serves /index.html itself, which the worker keeps as the shell for every app route', async () => {
    const res = await app.inject({ method: 'GET', url: '/index.html' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('never answers a missing worker file with the page (a browser would keep a broken worker)', async () => {
    const res = await app.inject({ method: 'GET', url: '/old-sw.js' });
    expect(res.statusCode).toBe(404);
  });
});

// What a person's browser pays: the JavaScript it must fetch before the app can start, and how
// soon the network home shows its main content (Largest Contentful Paint) in headless Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const gzipBytes = (clientDir: string, path: string) => gzipSync(readFileSync(join(clientDir, path))).length;

/** The entry script and the modules index.html preloads: all that runs before the first route's code. */
export function initialScript(clientDir: string) {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script type="module"[^>]* src|link rel="modulepreload"[^>]* href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return { gzip: files.reduce((sum, f) => sum + gzipBytes(clientDir, f), 0), files: files.length };
}

export type PageLoad = { lcp: number; element: string; scriptGzip: number; scripts: number };

/**
 * Opens `path` signed in as `email`, each time in a fresh browser context (an empty cache, as on a
 * first visit), and reads the final LCP candidate once the page has settled.
 */
export async function pageLoads(base: string, clientDir: string, path: string, email: string, password: string, runs: number): Promise<PageLoad[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const signIn = await browser.newContext();
    const res = await signIn.request.post(`${base}/api/auth/sign-in/email`, { data: { email, password }, headers: { origin: base } });
    if (!res.ok()) throw new Error(`sign-in for the page load failed: ${res.status()}`);
    const storageState = await signIn.storageState();
    await signIn.close();

    const loads: PageLoad[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice(1));
      });
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      const lcp = await page.evaluate(
        () =>
          new Promise<{ time: number; element: string }>((resolve, reject) => {
            setTimeout(() => reject(new Error('the page painted no content within 10 s')), 10_000);
            new PerformanceObserver((list) => {
              const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element | null };
              const el = last.element;
              resolve({ time: last.startTime, element: el ? `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”` : '' });
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      );
      loads.push({ lcp: lcp.time, element: lcp.element, scripts: scripts.size, scriptGzip: [...scripts].reduce((sum, f) => sum + gzipBytes(clientDir, f), 0) });
      await context.close();
    }
    return loads;
  } finally {
    await browser.close();
  }
}

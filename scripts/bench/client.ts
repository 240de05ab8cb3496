// What a person's browser pays: the JavaScript it must fetch before the app can start, and how
// soon the network home shows its main content (Largest Contentful Paint) in headless Chromium:
// on loopback and on a phone over a slow 4G link, on a first visit and on a return visit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Row } from './table.ts';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const gzipBytes = (clientDir: string, path: string) => gzipSync(readFileSync(join(clientDir, path))).length;

/** The entry script and the modules index.html preloads: all that runs before the first route's code. */
export function initialScript(clientDir: string) {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  // Every script the page names and every module it preloads.
  const files = [...html.matchAll(/<(?:script[^>]* src|link rel="modulepreload"[^>]* href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return { gzip: files.reduce((sum, f) => sum + gzipBytes(clientDir, f), 0), files: files.length };
}

/**
 * The phone: 390×844 with touch, 150 ms round trips, 1.6 Mbps down and 750 kbps up, and a
 * CPU four times slower than this machine's (CDP takes throughput in bytes a second).
 */
const PHONE = { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8, cpuSlowdown: 4 };
export type Profile = 'loopback' | 'phone';

export type PageLoad = { lcp: number; element: string; scriptGzip: number; scripts: number; fromWorker: number };
/** One person's two visits: the first with an empty cache, the second as they come back. */
export type Visits = { cold: PageLoad; repeat: PageLoad };

async function newContext(browser: Browser, profile: Profile, storageState: Awaited<ReturnType<BrowserContext['storageState']>>) {
  return profile === 'phone'
    ? browser.newContext({ storageState, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 })
    : browser.newContext({ storageState, viewport: { width: 1280, height: 800 } });
}

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.download, uploadThroughput: PHONE.upload });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
}

/** Loads `url` in a new page of `context` and reads the final LCP candidate once the page has settled. */
async function load(context: BrowserContext, profile: Profile, url: string, clientDir: string, beforeClosing?: (page: Page) => Promise<unknown>): Promise<PageLoad> {
  const page = await context.newPage();
  if (profile === 'phone') await throttle(page);
  const scripts = new Set<string>();
  const fromWorker = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/assets/') || !path.endsWith('.js')) return;
    scripts.add(path.slice(1));
    if (response.fromServiceWorker()) fromWorker.add(path);
  });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
  // On a slow phone the network can be quiet for half a second while the page still works: wait
  // for the page's heading and for nothing to be loading, then for two frames to be painted.
  await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main [aria-busy="true"]'), undefined, { timeout: 30_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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
  await beforeClosing?.(page);
  await page.close();
  return { lcp: lcp.time, element: lcp.element, scripts: scripts.size, fromWorker: fromWorker.size, scriptGzip: [...scripts].reduce((sum, f) => sum + gzipBytes(clientDir, f), 0) };
}

/** First visits only (an empty cache each time), on loopback. */
export async function pageLoads(base: string, clientDir: string, path: string, email: string, password: string, runs: number): Promise<PageLoad[]> {
  return (await pageVisits(base, clientDir, path, email, password, runs, 'loopback', false)).map((v) => v.cold);
}

/**
 * Opens `path` signed in as `email`, `runs` times, each time in a fresh browser context (an empty
 * cache, as on a first visit); with `twice`, again in the same context once its service worker is
 * active (a returning person: the HTTP cache, the worker's copy of the app and the answers kept on
 * the device).
 */
export async function pageVisits(base: string, clientDir: string, path: string, email: string, password: string, runs: number, profile: Profile, twice = true): Promise<Visits[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const signIn = await browser.newContext();
    const res = await signIn.request.post(`${base}/api/auth/sign-in/email`, { data: { email, password }, headers: { origin: base } });
    if (!res.ok()) throw new Error(`sign-in for the page load failed: ${res.status()}`);
    const storageState = await signIn.storageState();
    await signIn.close();

    const visits: Visits[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await newContext(browser, profile, storageState);
      try {
        // The worker installs (copying the app) after the load event; a person coming back
        // finds it active. They stay on the page meanwhile.
        const installed = (page: Page) =>
          page.evaluate(() =>
            Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((_, reject) => setTimeout(() => reject(new Error('the service worker was not active within 20 s')), 20_000))]),
          );
        const cold = await load(context, profile, `${base}${path}`, clientDir, twice ? installed : undefined);
        if (!twice) {
          visits.push({ cold, repeat: cold });
          continue;
        }
        const repeat = await load(context, profile, `${base}${path}`, clientDir);
        visits.push({ cold, repeat });
      } finally {
        await context.close();
      }
    }
    return visits;
  } finally {
    await browser.close();
  }
}

const ms = (x: number) => `${Math.round(x)} ms`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * The client's rows of the bench: the first script, and the network home's LCP on loopback (goal
 * met on the slowest load) and on the phone (met on the median: a slow link varies more), cold and
 * repeat. `runs` people, each visiting twice, in each profile.
 */
export async function clientRows(base: string, clientDir: string, path: string, email: string, password: string, runs: number): Promise<{ rows: Row[]; notes: string }> {
  const initial = initialScript(clientDir);
  const loopback = await pageVisits(base, clientDir, path, email, password, runs, 'loopback');
  const phone = await pageVisits(base, clientDir, path, email, password, runs, 'phone');
  const stat = (loads: PageLoad[]) => ({ median: median(loads.map((l) => l.lcp)), max: Math.max(...loads.map((l) => l.lcp)) });
  const row = (label: string, loads: PageLoad[], goalMs: number, on: 'median' | 'max'): Row => {
    const s = stat(loads);
    return { measure: `LCP, network home, ${label} (${loads.length} loads; goal on the ${on})`, result: `median ${ms(s.median)} · max ${ms(s.max)}`, goal: `≤ ${goalMs / 1000} s`, met: s[on] <= goalMs };
  };
  const rows: Row[] = [
    { measure: `initial JavaScript, gzip (${initial.files} files)`, result: `${(initial.gzip / 1024).toFixed(2)} KB (${initial.gzip.toLocaleString('en-US')} bytes)`, goal: '≤ 150 KB', met: initial.gzip <= 150 * 1024 },
    row('loopback, cold cache', loopback.map((v) => v.cold), 1000, 'max'),
    row('loopback, repeat visit', loopback.map((v) => v.repeat), 500, 'max'),
    row('phone on slow 4G, cold cache', phone.map((v) => v.cold), 2500, 'median'),
    row('phone on slow 4G, repeat visit', phone.map((v) => v.repeat), 1000, 'median'),
  ];
  const first = loopback[0]!;
  const notes =
    `the network home, cold, loaded ${first.cold.scripts} scripts (${(first.cold.scriptGzip / 1024).toFixed(1)} KB gzip), on return ${first.repeat.scripts} (${first.repeat.fromWorker} from the service worker); ` +
    `largest paint: ${first.cold.element} (loopback), ${phone[0]!.cold.element} (phone)`;
  return { rows, notes };
}

// Where a page load's time goes: the network home's requests (start, end, size) and paints, on
// loopback or the phone profile, cold then repeat. A diagnostic beside client-run.ts:
// `node scripts/bench/client-trace.ts [--phone] [--client <dir>]` after `npm run build`.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { openDb } from '../../server/db/client.ts';
import { startServer, tempDir, UNTHROTTLED, type RunningServer } from '../../tests/reliability/server.ts';
import { PASSWORD, seedPartnership } from './seed.ts';

const phone = process.argv.includes('--phone');
const clientArg = process.argv.indexOf('--client');
const clientDir = resolve(clientArg > 0 ? process.argv[clientArg + 1]! : 'dist/client');
if (!existsSync(join(clientDir, 'index.html'))) throw new Error('The client is not built: run `npm run build` first.');
const dir = tempDir('bench-client-trace');
let server: RunningServer | undefined;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const dbPath = join(dir, 'needle.db');
  const db = openDb(dbPath);
  const seeded = await seedPartnership(db, { networks: 2, users: 120, cyclesPerNetwork: 300, years: 3, busiestExtraMembers: 30 });
  db.$client.close();
  server = await startServer({ dbPath, clientDir, env: { NODE_ENV: 'production', ...UNTHROTTLED } });
  const base = server.base;
  const signIn = await browser.newContext();
  await signIn.request.post(`${base}/api/auth/sign-in/email`, { data: { email: seeded.member.email, password: PASSWORD }, headers: { origin: base } });
  const storageState = await signIn.storageState();
  const context = await browser.newContext(phone ? { storageState, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { storageState });
  for (const visit of ['cold', 'repeat']) {
    const page = await context.newPage();
    if (phone) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    if (process.env.TRACE_OUT) await browser.startTracing(page, { path: `${process.env.TRACE_OUT}-${visit}.json`, categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
    await page.goto(`${base}/n/${seeded.busiest.slug}`, { waitUntil: 'networkidle' });
    if (process.env.TRACE_OUT) await browser.stopTracing();
    const lines = await page.evaluate(async () => {
      const lcp = await new Promise<PerformanceEntry[]>((r) => new PerformanceObserver((l) => r(l.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true }));
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const rows = [`nav: response ${nav.responseEnd.toFixed(0)} domInteractive ${nav.domInteractive.toFixed(0)} load ${nav.loadEventEnd.toFixed(0)}`];
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) rows.push(`${e.startTime.toFixed(0).padStart(5)} → ${e.responseEnd.toFixed(0).padStart(5)}  ${String(e.transferSize).padStart(6)}  ${e.name.replace(location.origin, '').slice(0, 110)}`);
      for (const e of performance.getEntriesByType('paint')) rows.push(`paint ${e.name} ${e.startTime.toFixed(0)}`);
      for (const e of lcp as Array<PerformanceEntry & { element?: Element }>) rows.push(`lcp ${e.startTime.toFixed(0)} ${e.element?.tagName} ${(e.element?.textContent ?? '').slice(0, 50)}`);
      return rows;
    });
    console.log(`--- ${visit}\n${lines.join('\n')}`);
    await page.close();
    if (visit === 'cold') {
      const w = await context.newPage();
      await w.goto(`${base}/healthz`);
      await w.evaluate(() => navigator.serviceWorker.ready);
      await w.close();
    }
  }
} finally {
  await browser.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

// `npm run bench:import`: how long a CSV import holds the server's thread. The real app runs in
// this process on a database file; the files are sent from a worker thread, so this thread does
// nothing but serve. The event loop's delay is sampled every millisecond: its maximum is the
// longest time any other request would have waited. Each case runs five times; the table gives
// the median and the worst, beside the same measure over an idle stretch (what the machine's
// own noise adds). Issue 14 asks for ~50 ms at most.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { openDb } from '../../server/db/client.ts';
import { TEST_PASSWORD } from '../../tests/helpers/db.ts';
import { readinessIndicator } from '../../tests/helpers/indicator.ts';
import { scene } from '../../tests/helpers/scene.ts';
import { callerFor } from '../../tests/helpers/trpc.ts';
import { tempDir } from '../../tests/reliability/server.ts';

const RUNS = 5;
const month = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const file = (count: number, note: string) => ['period,group,value,note', ...Array.from({ length: count }, (_, i) => `${month(i)},,${(i % 97) / 2},${note}`)].join('\n');

// Sends one file when asked and says how it went; the file is handed over once, before timing.
const SENDER = `
  const { parentPort } = require('node:worker_threads');
  const files = new Map();
  parentPort.on('message', async (m) => {
    if (m.file !== undefined) return void (files.set(m.name, m.file), parentPort.postMessage('ok'));
    const res = await fetch(m.url, { method: 'POST', headers: m.headers, body: files.get(m.name) });
    parentPort.postMessage({ status: res.status, body: await res.json() });
  });`;

const dir = tempDir('bench-import');
const dbPath = join(dir, 'needle.db');
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Needle</title>');
const db = openDb(dbPath);
const sender = new Worker(SENDER, { eval: true });
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
try {
  const s = await scene(db);
  await callerFor(db, s.facilitator).indicator.save(readinessIndicator(s.networkA, { isProportion: false, unit: 'score', numeratorLabel: '', denominatorLabel: '', dimensions: [] }));
  // The origin the app trusts is its configured address; it listens on any free port.
  const origin = 'http://localhost:3000';
  app = await buildApp({ db, config: { ...loadConfig({ NEEDLE_BASE_URL: origin, NEEDLE_CLIENT_DIR: dir, NEEDLE_WRITE_LIMIT: 'off' }), dbPath } });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ email: s.facilitator.email, password: TEST_PASSWORD }) });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

  const cases = [
    { name: 'check of an 8 MB file (48,000 rows)', file: file(48_000, 'x'.repeat(150)), commit: false },
    { name: 'import of 28,000 rows (0.5 MB)', file: file(28_000, 'checked'), commit: true },
    { name: 'check of an 80,000-digit cell', file: `period,group,value,note\n2025-01,,${'1'.repeat(80_000)}x,`, commit: false },
  ];
  const ask = (message: unknown) =>
    new Promise<{ status: number; body: unknown } | 'ok'>((resolve) => {
      sender.once('message', resolve);
      sender.postMessage(message);
    });
  for (const c of cases) await ask({ name: c.name, file: c.file });

  const stall = monitorEventLoopDelay({ resolution: 1 });
  /** The longest the loop was held (ms) and the thread's CPU time (ms) while `work` ran. */
  const held = async (work: () => Promise<unknown>) => {
    stall.reset();
    stall.enable();
    const cpu = process.threadCpuUsage();
    const started = performance.now();
    await work();
    const took = performance.now() - started;
    const used = process.threadCpuUsage(cpu);
    await new Promise((r) => setTimeout(r, 5));
    stall.disable();
    return { max: stall.max / 1e6, cpu: (used.user + used.system) / 1000, took };
  };

  const rows: string[][] = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const row = (name: string, runs: { max: number; cpu: number; took: number }[]) =>
    rows.push([name, `${Math.round(median(runs.map((r) => r.max)))} ms`, `${Math.round(Math.max(...runs.map((r) => r.max)))} ms`, `${Math.round(median(runs.map((r) => r.cpu)))} ms`, `${Math.round(median(runs.map((r) => r.took)))} ms`]);

  for (const c of cases) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const url = `${base}/api/networks/${s.networkA}/indicator/import?commit=${c.commit}`;
      let answer: unknown;
      runs.push(await held(async () => (answer = await ask({ name: c.name, url, headers: { origin, 'content-type': 'text/csv', cookie } }))));
      const { status } = answer as { status: number };
      if (status !== 200) throw new Error(`${c.name}: the server answered ${status}: ${JSON.stringify(answer)}`);
    }
    row(c.name, runs);
  }
  const idle = [];
  for (let i = 0; i < RUNS; i++) idle.push(await held(() => new Promise((r) => setTimeout(r, 1000))));
  row('nothing (1 s idle: the machine’s own noise)', idle);

  const header = ['while the server handles', 'longest hold (median)', 'longest hold (worst)', 'server thread CPU', 'request time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
} finally {
  await app?.close();
  await sender.terminate();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}

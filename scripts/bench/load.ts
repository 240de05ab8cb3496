// HTTP load. Throughput is autocannon flat out, with the same connections for Needle and for the
// bare Fastify yardstick. Latency is measured at a fixed rate by `paced`: every request has its
// moment on a schedule and its latency counts from that moment, so a slow answer that holds up
// the next request shows in the next request's time too (no coordinated omission). autocannon's
// own rate option is not that: each connection sends its quota for the second in one burst, and
// its correction assumes a 1 ms interval (see docs/benchmarks.md).
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import { percentile } from './stats.ts';

export type LoadResult = { p50: number; p99: number; rps: number; requests: number; failures: number };

export type Target = {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A fresh body for every request (a new client id for each cycle created). */
  body?: () => string;
};

/** The headers a browser sends, so compression costs what it costs in use. */
export const BROWSER = { 'accept-encoding': 'gzip, deflate, br', accept: 'application/json' };

async function run(target: Target, opts: { seconds: number; connections: number; rate?: number }): Promise<LoadResult> {
  const { body } = target;
  const result = await autocannon({
    url: target.url,
    method: target.method ?? 'GET',
    headers: { ...BROWSER, ...target.headers },
    connections: opts.connections,
    duration: opts.seconds,
    overallRate: opts.rate,
    ignoreCoordinatedOmission: opts.rate !== undefined,
    requests: body ? [{ setupRequest: (req) => ({ ...req, body: body() }) }] : undefined,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** A short run first, so the measured one meets warm code and caches. */
async function warmed(target: Target, opts: { seconds: number; connections: number; rate?: number }) {
  await run(target, { ...opts, seconds: 2 });
  return run(target, opts);
}

/** autocannon at a fixed rate, its latencies as measured (no correction), for comparison. */
export const autocannonAtRate = (target: Target, rate: number, seconds: number) => warmed(target, { rate, seconds, connections: 10 });

// One pool of kept-alive connections, as a browser keeps them. Answers are read as the bytes that
// came and not decompressed: a browser inflates them in native code on its own machine, while
// fetch here would build a zlib stream per answer, and this process's collections (14 full ones
// in 15 s at 200 req/s) would be counted as the server's latency.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function send(target: Target): Promise<boolean> {
  const body = target.body?.();
  const headers = { ...BROWSER, ...target.headers, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) };
  return new Promise((resolve) => {
    const req = request(target.url, { method: target.method ?? 'GET', headers, agent }, (res) => {
      res.on('end', () => resolve(res.statusCode! >= 200 && res.statusCode! < 300));
      res.on('error', () => resolve(false));
      res.resume();
    });
    req.on('error', () => resolve(false));
    req.end(body);
  });
}

/**
 * Waits for `due` (a performance.now() moment), sends one request and gives its latency counted
 * from that moment, or null when it failed. A timer may fire a little early: then the request's
 * own start is when its time begins.
 */
export async function requestAt(target: Target, due: number): Promise<number | null> {
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const from = Math.min(due, performance.now());
  return (await send(target)) ? performance.now() - from : null;
}

/**
 * Calls `fire(i, due)` for `total` moments `rate` a second apart from `start`, each handed out a
 * second ahead of its moment: a slow answer never delays the schedule, and a long run does not
 * hold a timer for every request at once. Resolves when every promise `fire` gave has settled.
 */
export async function onSchedule(total: number, rate: number, start: number, fire: (i: number, due: number) => Promise<void>) {
  const pending = new Set<Promise<void>>();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    while (due - performance.now() > 1000) await new Promise((r) => setTimeout(r, 200));
    const sent = fire(i, due);
    pending.add(sent);
    void sent.finally(() => pending.delete(sent));
  }
  await Promise.all(pending);
}

async function schedule(target: Target, rate: number, seconds: number): Promise<LoadResult> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let failures = 0;
  await onSchedule(total, rate, performance.now() + 20, async (_i, due) => {
    const latency = await requestAt(target, due);
    if (latency === null) failures += 1;
    else latencies.push(latency);
  });
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: total / seconds, requests: total, failures };
}

/**
 * Open load at `rate` requests a second for `seconds`, after a two-second warm-up. `warmUp`: the
 * requests the warm-up sent (writes it made count when rows are counted).
 */
export async function paced(target: Target, rate: number, seconds: number): Promise<LoadResult & { warmUp: number }> {
  const warm = await schedule(target, rate, 2);
  return { ...(await schedule(target, rate, seconds)), warmUp: warm.requests - warm.failures };
}

export const flatOut = (target: Target, seconds: number) => warmed(target, { seconds, connections: 10 });

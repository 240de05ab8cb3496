// `npm run bench -- --soak 30m`: a long, steady mix of a meeting day's reads and writes against
// the running server, to show that memory levels off and latency holds. Every request has its
// moment on a schedule (as in load.ts); the server's RSS is read every 10 s. After a warm-up (the
// first sixth of the run, at most 5 minutes) the RSS samples are fitted with a least-squares line,
// and the p99 of the first and the last stretch after it are compared. The server runs with
// --trace-gc: V8's heap after each full collection (what its objects still hold) is fitted the same
// way, and so is each part of the RSS, to tell a leak from pages a heap keeps between collections.
import { percentile } from './stats.ts';
import { onSchedule, requestAt, type Target } from './load.ts';
import { memoryOf } from './memory.ts';
import type { Row } from './table.ts';

export type SoakMix = { reads: Target[]; write: Target; countWrites: () => Promise<number> };
/** The server's process, and its output with --trace-gc's lines. */
export type SoakServer = { pid: number; output: NodeJS.ReadableStream };
export type SoakResult = { rows: Row[]; notes: string };

/** Requests a second: reads, plus one write in every WRITE_EVERY requests. */
const RATE = 100;
const WRITE_EVERY = 10;
const SAMPLE_MS = 10_000;

/** "30m", "90s", "1h" → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(s|m|h)$/.exec(text.trim());
  if (!m) throw new Error(`--soak wants a duration such as 30m, 90s or 1h, not "${text}"`);
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/** "… Mark-Compact 61.2 (75.0) -> 44.8 (70.1) MB, …": the heap used and committed after the collection, in MB. */
const FULL_COLLECTION = /Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(([\d.]+)\)/;

/** Lines of `output` that report a full collection, with the minute each came at. */
function fullCollections(output: NodeJS.ReadableStream, minutesNow: () => number): { x: number; y: number; committed: number }[] {
  const found: { x: number; y: number; committed: number }[] = [];
  let partial = '';
  output.on('data', (chunk: Buffer | string) => {
    const lines = (partial + String(chunk)).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      const after = FULL_COLLECTION.exec(line);
      if (after) found.push({ x: minutesNow(), y: Number(after[1]), committed: Number(after[2]) });
    }
  });
  return found;
}

const perTen = (points: { x: number; y: number }[]) => {
  const mb = slope(points) * 10;
  return `${mb >= 0 ? '+' : ''}${mb.toFixed(2)} MB / 10 min`;
};

export async function soak(server: SoakServer, mix: SoakMix, durationMs: number, log: (line: string) => void): Promise<SoakResult> {
  const { pid } = server;
  const warmUpMs = Math.min(5 * 60_000, durationMs / 6);
  const stretchMs = Math.min(5 * 60_000, (durationMs - warmUpMs) / 3);
  const samples: { x: number; y: number; anon: number; file: number; shmem: number }[] = [];
  const latencies: { at: number; ms: number }[] = [];
  let failures = 0;
  let writes = 0;
  const writesBefore = await mix.countWrites();
  const start = performance.now() + 50;
  const total = Math.floor((durationMs / 1000) * RATE);
  const collections = fullCollections(server.output, () => (performance.now() - start) / 60_000);
  const sampler = setInterval(() => {
    const minutes = (performance.now() - start) / 60_000;
    const memory = memoryOf(pid);
    samples.push({ x: minutes, y: memory.now, anon: memory.anon, file: memory.file, shmem: memory.shmem });
    if (samples.length % 30 === 0) log(`soak: ${minutes.toFixed(0)} of ${(durationMs / 60_000).toFixed(0)} min, server RSS ${samples.at(-1)!.y.toFixed(0)} MB`);
  }, SAMPLE_MS);
  try {
    await onSchedule(total, RATE, start, async (i, due) => {
      const isWrite = i % WRITE_EVERY === WRITE_EVERY - 1;
      const ms = await requestAt(isWrite ? mix.write : mix.reads[i % mix.reads.length]!, due);
      if (ms === null) failures += 1;
      else {
        latencies.push({ at: due - start, ms });
        if (isWrite) writes += 1;
      }
    });
  } finally {
    clearInterval(sampler);
  }
  const written = (await mix.countWrites()) - writesBefore;

  const settled = samples.filter((s) => s.x * 60_000 >= warmUpMs);
  const perTenMinutes = slope(settled) * 10;
  const heap = collections.filter((c) => c.x * 60_000 >= warmUpMs);
  const p99Of = (from: number, to: number) => {
    const ms = latencies.filter((l) => l.at >= from && l.at < to).map((l) => l.ms).sort((a, b) => a - b);
    return percentile(ms, 99);
  };
  const first = p99Of(warmUpMs, warmUpMs + stretchMs);
  const last = p99Of(durationMs - stretchMs, durationMs);
  const minutes = (ms: number) => `${Number((ms / 60_000).toFixed(1))} min`;
  const rows: Row[] = [
    {
      measure: `soak ${minutes(durationMs)}: server RSS after the warm-up (${minutes(warmUpMs)}), least-squares slope`,
      result: `${perTen(settled)} (${settled[0]?.y.toFixed(0)} → ${settled.at(-1)?.y.toFixed(0)} MB, peak ${Math.max(...samples.map((s) => s.y)).toFixed(0)} MB)`,
      goal: '< 1 MB / 10 min',
      met: Math.abs(perTenMinutes) < 1,
    },
    {
      // No goal of the issue's: it says whether the RSS's slope is objects kept (a leak) or pages.
      measure: `soak: V8 heap after each full collection, after the warm-up, least-squares slope`,
      result: heap.length < 2 ? `${heap.length} full collections after the warm-up` : `${perTen(heap)} (${heap[0]!.y.toFixed(0)} → ${heap.at(-1)!.y.toFixed(0)} MB, ${heap.length} collections)`,
      goal: '< 1 MB / 10 min (no leak)',
      // A heap that shrinks holds nothing new.
      met: heap.length >= 2 && slope(heap) * 10 < 1,
    },
    {
      measure: `soak: p99, first ${minutes(stretchMs)} after the warm-up → last ${minutes(stretchMs)}`,
      result: `${first.toFixed(1)} → ${last.toFixed(1)} ms`,
      goal: 'unchanged (≤ +25% or +2 ms)',
      met: last <= Math.max(first * 1.25, first + 2),
    },
    {
      measure: `soak: ${latencies.length + failures} requests at ${RATE}/s, one in ${WRITE_EVERY} a cycle.create`,
      result: `${failures} failed · ${written} cycles written for ${writes} acknowledged`,
      goal: '0 failed, 0 lost',
      met: failures === 0 && written === writes,
    },
  ];
  const part = (key: 'anon' | 'file' | 'shmem') => `${key} ${perTen(settled.map((s) => ({ x: s.x, y: s[key] })))}`;
  const notes = [
    `soak RSS samples (minute: MB): ${samples.filter((_, i) => i % 6 === 5).map((s) => `${s.x.toFixed(0)}: ${s.y.toFixed(0)}`).join(', ')}`,
    `soak RSS slope by part after the warm-up: ${part('anon')}, ${part('file')}, ${part('shmem')}`,
    `soak heap committed after full collections, slope after the warm-up: ${perTen(heap.map((c) => ({ x: c.x, y: c.committed })))}`,
    `soak heap after full collections (minute: used / committed MB): ${collections.map((c) => `${c.x.toFixed(1)}: ${c.y.toFixed(1)} / ${c.committed.toFixed(1)}`).join(', ')}`,
  ].join('\n');
  return { rows, notes };
}

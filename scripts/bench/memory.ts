import { readFileSync } from 'node:fs';

/**
 * Peak and current resident memory of a process in MB, from Linux's /proc (VmHWM is the peak), and
 * the current split: `anon` (the heaps: V8's, SQLite's cache, malloc), `file` (mapped files: the
 * executable and its libraries), `shmem` (shared memory: SQLite's WAL index).
 */
export function memoryOf(pid: number): { peak: number; now: number; anon: number; file: number; shmem: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
  return { peak: mb('VmHWM'), now: mb('VmRSS'), anon: mb('RssAnon'), file: mb('RssFile'), shmem: mb('RssShmem') };
}

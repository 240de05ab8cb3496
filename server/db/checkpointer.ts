import { Worker } from 'node:worker_threads';
import type { Db } from './client.ts';

export type Checkpointer = { stop: () => Promise<void> };

/** SQLite's own threshold: about 4 MB of log, where it checkpoints by itself. */
const AUTO_CHECKPOINT_PAGES = 1000;

/**
 * SQLite copies its write-ahead log back into the database by itself at the commit that takes the
 * log past 1,000 pages, on the thread that committed: with 300 cycles logged a second that was a
 * few times a second, each writing pages across the file and waiting for an fsync while no other
 * request moved. Here a second connection in a worker thread does it every `everyMs`, and the
 * server's connection no longer does. Safe as SQLite's own: a checkpoint from any connection
 * syncs the log before it copies and the database after.
 *
 * Should the thread fail, the server's connection checkpoints by itself again, and `onError` is told.
 */
export function startCheckpointer(db: Db, onError: (err: Error) => void, everyMs = 200): Checkpointer {
  if (db.$client.memory) return { stop: async () => {} };
  const worker = new Worker(new URL('./checkpoint-worker.ts', import.meta.url), {
    workerData: { path: db.$client.name, everyMs },
    // It holds one statement and one connection: a small heap is plenty.
    resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 },
  });
  // Nor does it keep a process alive that has nothing else to do.
  worker.unref();
  db.$client.pragma('wal_autocheckpoint = 0');
  // Once the thread has gone (stopped, or failed), the server's connection checkpoints by itself.
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      if (db.$client.open) db.$client.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
      resolve();
    }),
  );
  worker.once('error', onError);
  return {
    stop: async () => {
      worker.postMessage('stop');
      await exited;
    },
  };
}

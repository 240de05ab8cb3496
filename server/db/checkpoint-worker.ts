// Runs in a thread of its own (checkpointer.ts): copies the write-ahead log back into the database
// from a second connection, so the server's thread never waits on those writes and their fsync.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { path, everyMs } = workerData as { path: string; everyMs: number };
const sqlite = new Database(path);
// PASSIVE copies what no reader still needs and never waits: writers and readers go on meanwhile.
// With nothing new in the log it reads the log's header and returns, so an idle server pays nothing.
const checkpoint = sqlite.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => checkpoint.run(), everyMs);

parentPort!.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  sqlite.close();
  parentPort!.close();
});

import { parentPort } from 'node:worker_threads';
import { openDb, type Db } from '../db/client.ts';
import { runImport, type WorkerInput, type WorkerMessage } from './measurement-import.ts';

// Runs in a worker thread kept by measurement-import.ts: reads, checks and writes one CSV import
// at a time through its own connection to the database file, so the server's thread stays free.

const port = parentPort;
if (!port) throw new Error('measurement-import-worker.ts runs as a worker thread, started by measurement-import.ts');

port.on('message', ({ dbPath, job }: WorkerInput) => {
  let message: WorkerMessage;
  let db: Db | undefined;
  try {
    // A connection per file: opening one is quick, and none is left open on a file that goes away.
    db = openDb(dbPath);
    message = { type: 'done', report: runImport(db, job) };
  } catch (err) {
    message = { type: 'failed', message: err instanceof Error ? err.message : String(err) };
  } finally {
    db?.$client.close();
  }
  port.postMessage(message);
});

import { Worker } from 'node:worker_threads';
import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { csvProblem, measurementKey, readImport, type ImportProblem, type ImportReport, type IndicatorShape } from '../../shared/domain/measurement.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { measurement } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { measureIn } from './indicator.ts';
import { shapeOf, upsert } from './measurements.ts';
import type { NetworkAccess } from '../trpc.ts';

// The CSV import. A file is read, checked line by line and — only if every line is right —
// written in one transaction. Reading and checking an 8 MB file, or writing tens of thousands of
// rows, takes about a second: on the server's one thread that would stall every other request, so
// a file database does all of it in a worker thread with its own connection (WAL lets the server
// keep reading meanwhile). A small file, or an in-memory database (tests: a worker cannot reach
// it), is handled here.

export const MAX_PROBLEMS_SHOWN = 200;
/** Up to this many bytes a file is read, checked and written in well under 50 ms. */
export const INLINE_MAX_BYTES = 64 * 1024;
/** A runaway file stops the import worker, not the server. */
const WORKER_HEAP_MB = 512;

export type ImportJob = { file: Uint8Array; shape: IndicatorShape; networkId: number; indicatorId: number; actor: SessionUser; commit: boolean };
export type WorkerInput = { dbPath: string; job: ImportJob };
export type WorkerMessage = { type: 'done'; report: ImportReport } | { type: 'failed'; message: string };

/**
 * The file's records with the line each starts on (blank lines and line breaks inside quotes
 * count, so the numbers match the file), and a problem for every line the CSV reader could not
 * read. Papa Parse keeps going after a quote problem; the lines it swallowed would otherwise end
 * up inside one value and the file would pass.
 */
export function parseCsv(text: string): { records: string[][]; lines: number[]; problems: ImportProblem[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  const problems: ImportProblem[] = [];
  let cursor = 0;
  let line = 1;
  const breaksBetween = (from: number, to: number, linebreak: string) => {
    const mark = linebreak === '\r' ? '\r' : '\n';
    let n = 0;
    for (let at = text.indexOf(mark, from); at !== -1 && at < to; at = text.indexOf(mark, at + 1)) n++;
    return n;
  };
  Papa.parse<string[]>(text, {
    step: (result) => {
      const { linebreak } = result.meta;
      const start = cursor;
      const startLine = line;
      line += breaksBetween(start, result.meta.cursor, linebreak);
      cursor = result.meta.cursor;
      const seen = new Set<string>();
      for (const error of result.errors) {
        // Papa guesses the delimiter and says when it could not: a file of one column. The
        // missing columns are reported by name instead.
        if (error.code === 'UndetectableDelimiter') continue;
        const problem = csvProblem(error.code, typeof error.index === 'number' ? startLine + breaksBetween(start, error.index, linebreak) : startLine);
        if (!seen.has(problem.message)) problems.push(problem);
        seen.add(problem.message);
      }
      if (seen.size > 0 || result.data.some((field) => field.trim() !== '')) {
        records.push(result.data);
        lines.push(startLine);
      }
    },
  });
  return { records, lines, problems };
}

function existingKeys(db: DbOrTx, indicatorId: number): Set<string> {
  return new Set(db.select({ period: measurement.period, groupId: measurement.groupId }).from(measurement).where(eq(measurement.indicatorId, indicatorId)).all().map(measurementKey));
}

/**
 * The file's text. Spreadsheets save CSV as UTF-8 (with or without a byte-order mark), as UTF-16
 * ("Unicode text", always with a mark), or — Excel's plain "CSV" on Windows — as Windows-1252. A
 * file that is not valid UTF-8 is read as Windows-1252 rather than with “�” in every accented name;
 * a UTF-8 file is almost never also mistaken for one.
 */
export function decodeCsvFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads, checks and (with `commit`, if every line is right) writes a file, all in the calling thread. */
export function runImport(db: Db, job: ImportJob): ImportReport {
  const parsed = parseCsv(decodeCsvFile(job.file));
  const read = readImport(parsed.records, job.shape, { lines: parsed.lines, unreadable: new Set(parsed.problems.map((p) => p.line)) });
  const problems = [...parsed.problems, ...read.problems].sort((a, b) => a.line - b.line);
  const { rows } = read;
  const lines = Math.max(parsed.records.length - 1, 0);
  if (!job.commit || problems.length > 0) {
    const existing = existingKeys(db, job.indicatorId);
    const updated = rows.filter((r) => existing.has(measurementKey(r))).length;
    return { lines, valid: rows.length, created: rows.length - updated, updated, problems: problems.slice(0, MAX_PROBLEMS_SHOWN), problemCount: problems.length, committed: false };
  }
  // IMMEDIATE: the write lock from the start, so another connection's commit in between cannot
  // turn this read-then-write transaction into SQLITE_BUSY.
  return db.transaction(
    (tx) => {
      const counts = upsert(tx, job.indicatorId, job.actor, rows);
      recordAudit(tx, { actorId: job.actor.id, action: 'indicator.import', entityType: 'indicator', entityId: job.indicatorId, networkId: job.networkId, detail: { rows: rows.length, ...counts } });
      return { lines, valid: rows.length, ...counts, problems: [], problemCount: 0, committed: true };
    },
    { behavior: 'immediate' },
  );
}

// One worker, started on the first large file and kept while imports keep coming: loading the
// database code into a fresh thread takes seconds on a busy two-core machine, checking a file well
// under one. Files wait their turn (one core stays free for requests); a worker that dies fails
// only the file it was working on, and the next file starts a new one.
type Waiting = { input: WorkerInput; resolve: (r: ImportReport) => void; reject: (e: Error) => void };
const queue: Waiting[] = [];
let worker: Worker | null = null;
let busy = false;
let idle: ReturnType<typeof setTimeout> | null = null;
const IDLE_MS = 5 * 60 * 1000;

function startWorker(): Worker {
  const w = new Worker(new URL('./measurement-import-worker.ts', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 48 },
  });
  // An idle import worker never keeps a stopping process alive.
  w.unref();
  const fail = (err: Error) => {
    if (worker !== w) return;
    worker = null;
    const job = busy ? queue.shift() : undefined;
    busy = false;
    const oom = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    job?.reject(oom ? new AppError('IMPORT_REFUSED', { key: 'errors:measurementimport.theFileIsTooLarge' }) : err);
    next();
  };
  w.on('message', (m: WorkerMessage) => {
    const job = queue.shift();
    busy = false;
    if (m.type === 'done') job?.resolve(m.report);
    else job?.reject(new Error(`The import stopped with an error: ${m.message}`));
    next();
  });
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`The import stopped unexpectedly (exit code ${code}).`)));
  return w;
}

function next() {
  if (busy) return;
  if (idle) clearTimeout(idle);
  idle = null;
  const job = queue[0];
  if (!job) {
    const w = worker;
    idle = setTimeout(() => {
      if (worker === w && !busy) worker = null;
      void w?.terminate();
    }, IDLE_MS);
    idle.unref();
    return;
  }
  worker ??= startWorker();
  busy = true;
  // The file moves to the worker rather than being copied (inWorker gave it a buffer of its own).
  worker.postMessage(job.input, [job.input.job.file.buffer as ArrayBuffer]);
}

function inWorker(input: WorkerInput): Promise<ImportReport> {
  const { file } = input.job;
  // A buffer that is exactly the file's bytes, which nothing else on this thread holds.
  const own = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file : file.slice();
  return new Promise((resolve, reject) => {
    queue.push({ input: { ...input, job: { ...input.job, file: own } }, resolve, reject });
    next();
  });
}

/**
 * A CSV file, as its bytes: checked line by line; with `commit`, written in one transaction if —
 * and only if — every line is right. Re-importing a period and group replaces the earlier value,
 * and says so. The caller has checked the person may edit the network's indicator.
 */
export async function importMeasurements(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { indicatorId?: number; file: Uint8Array; commit: boolean }): Promise<ImportReport> {
  const ind = measureIn(db, networkId, input.indicatorId);
  const job: ImportJob = { file: input.file, shape: shapeOf(db, ind), networkId, indicatorId: ind.id, actor, commit: input.commit };
  if (input.file.byteLength <= INLINE_MAX_BYTES || db.$client.memory) return runImport(db, job);
  return inWorker({ dbPath: db.$client.name, job });
}

import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ShownDocument } from '../../shared/report/content.ts';
import type { ExportFormat, WorkerInput, WorkerMessage } from './worker.ts';

// Export jobs: each PDF or DOCX is drawn in a worker thread, one at a time (the server runs on
// two cores and the other one serves requests), the rest wait in a queue. A finished file stays
// for ten minutes for its owner to download, then it is dropped.

export type ExportState = 'queued' | 'running' | 'done' | 'failed';
export type ExportStatus = { state: ExportState; progress: number; step: string; fileName: string; error?: string };
export type ExportFile = { fileName: string; contentType: string; data: Buffer };
export type StartExport = { doc: ShownDocument; format: ExportFormat; ownerId: string; networkId: number; fileName: string };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const FORMAT_NAMES: Record<ExportFormat, string> = { pdf: 'PDF', docx: 'Word document' };
export const KEEP_MS = 10 * 60 * 1000;
/** A runaway document stops its own worker, not the server. */
const WORKER_HEAP_MB = 768;

type Job = {
  id: string;
  ownerId: string;
  networkId: number;
  format: ExportFormat;
  fileName: string;
  state: ExportState;
  progress: number;
  step: string;
  error?: string;
  /** Held only until the worker starts. */
  doc: ShownDocument | null;
  data: Buffer | null;
  expiry: ReturnType<typeof setTimeout> | null;
};

export type ExportJobsOptions = {
  /** How long a finished (or failed) job is kept. */
  keepMs?: number;
  /** The worker script; tests swap in one that crashes. */
  workerUrl?: URL;
};

export function createExportJobs(opts: ExportJobsOptions = {}) {
  const keepMs = opts.keepMs ?? KEEP_MS;
  const workerUrl = opts.workerUrl ?? new URL('./worker.ts', import.meta.url);
  const jobs = new Map<string, Job>();
  const queue: Job[] = [];
  let running: { job: Job; worker: Worker } | null = null;

  function finish(job: Job, outcome: { data: Buffer } | { error: string }) {
    if (job.state === 'done' || job.state === 'failed') return;
    if ('data' in outcome) {
      job.state = 'done';
      job.data = outcome.data;
      job.progress = 1;
      job.step = `The ${FORMAT_NAMES[job.format]} is ready`;
    } else {
      job.state = 'failed';
      job.error = outcome.error;
      job.step = `The ${FORMAT_NAMES[job.format]} could not be made`;
    }
    job.doc = null;
    job.expiry = setTimeout(() => jobs.delete(job.id), keepMs);
    job.expiry.unref();
  }

  function next() {
    if (running) return;
    const job = queue.shift();
    if (!job) return;
    job.state = 'running';
    job.step = 'Starting';
    let worker: Worker;
    try {
      worker = new Worker(workerUrl, {
        workerData: { doc: job.doc!, format: job.format } satisfies WorkerInput,
        // A small young generation, as the server's own (see package.json's start): V8 would
        // otherwise reserve up to 128 MB of it on a large machine for a file drawn once.
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 48 },
      });
      // A file being drawn never keeps a stopping process alive (the server's listener does that).
      worker.unref();
    } catch (err) {
      finish(job, { error: `The export could not start: ${err instanceof Error ? err.message : String(err)}` });
      queueMicrotask(next);
      return;
    }
    running = { job, worker };
    job.doc = null;
    const settle = (outcome: { data: Buffer } | { error: string }) => {
      finish(job, outcome);
      if (running?.job === job) {
        running = null;
        next();
      }
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') {
        // Never backwards, and never "done" before the file has arrived.
        job.progress = Math.max(job.progress, Math.min(0.99, m.fraction));
        job.step = m.step;
      } else if (m.type === 'done') settle({ data: Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength) });
      else settle({ error: `The ${FORMAT_NAMES[job.format]} could not be made: ${m.message}` });
    });
    worker.on('error', (err: Error) => {
      const oom = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle({ error: oom ? 'The report is too large to export in one file.' : `The export stopped with an error: ${err.message}` });
    });
    worker.on('exit', (code) => {
      settle({ error: `The export stopped unexpectedly${code ? ` (exit code ${code})` : ''}. Please try again.` });
    });
  }

  return {
    startExport(input: StartExport): { jobId: string } {
      const job: Job = {
        id: randomUUID(),
        ownerId: input.ownerId,
        networkId: input.networkId,
        format: input.format,
        fileName: input.fileName,
        state: 'queued',
        progress: 0,
        step: 'Waiting for its turn',
        doc: input.doc,
        data: null,
        expiry: null,
      };
      jobs.set(job.id, job);
      queue.push(job);
      next();
      return { jobId: job.id };
    },

    /** Null for an unknown job, an expired one, or someone else's. */
    exportStatus(jobId: string, ownerId: string): ExportStatus | null {
      const job = jobs.get(jobId);
      if (!job || job.ownerId !== ownerId) return null;
      if (job.state === 'queued') {
        const ahead = queue.indexOf(job) + (running ? 1 : 0);
        job.step = ahead > 0 ? `Waiting for ${ahead} ${ahead === 1 ? 'export' : 'exports'} ahead of it` : 'Waiting for its turn';
      }
      return { state: job.state, progress: job.progress, step: job.step, fileName: job.fileName, ...(job.error ? { error: job.error } : {}) };
    },

    /** The finished file for its owner; it stays available until it expires. */
    takeExport(jobId: string, ownerId: string): ExportFile | null {
      const job = jobs.get(jobId);
      if (!job || job.ownerId !== ownerId || job.state !== 'done' || !job.data) return null;
      return { fileName: job.fileName, contentType: CONTENT_TYPES[job.format], data: job.data };
    },

    /** Stops the running worker and forgets every job (tests, shutdown). */
    async close(): Promise<void> {
      queue.length = 0;
      for (const job of jobs.values()) if (job.expiry) clearTimeout(job.expiry);
      jobs.clear();
      const current = running;
      running = null;
      if (current) await current.worker.terminate();
    },
  };
}

export type ExportJobs = ReturnType<typeof createExportJobs>;

/** The app's one registry. */
export const exportJobs = createExportJobs();
export const startExport = (input: StartExport) => exportJobs.startExport(input);
export const exportStatus = (jobId: string, ownerId: string) => exportJobs.exportStatus(jobId, ownerId);
export const takeExport = (jobId: string, ownerId: string) => exportJobs.takeExport(jobId, ownerId);

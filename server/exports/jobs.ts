import { randomUUID } from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { NetworkAction } from '../../shared/domain/permissions.ts';
import type { ShownDocument } from '../../shared/report/content.ts';
import { AppError } from '../errors.ts';
import type { ExportFormat, WorkerInput, WorkerMessage } from './worker.ts';
import { wordsFor } from '../i18n.ts';
import type { Words } from '../../shared/i18n/words.ts';

// Export jobs: each PDF or DOCX is drawn in a process of its own, one at a time (the server runs on
// two cores and the other one serves requests), the rest wait in a queue. A finished file stays
// for ten minutes for the people who asked for it, then it is dropped.
//
// One person cannot fill the queue: at most MAX_ACTIVE_EXPORTS of theirs wait or run at once, and
// they may cancel one. A request for a file that is already being made or kept (same reuse key:
// a published version is frozen, so its file is the same for everyone) joins that job instead of
// drawing it again. Who asked is recorded on the job; whether they may still read it is the
// caller's to check (the job keeps the network and the permission that starting it needed).

export type ExportState = 'queued' | 'running' | 'done' | 'failed';
export type ExportStatus = { state: ExportState; progress: number; step: string; fileName: string; error?: string };
export type ExportFile = { fileName: string; contentType: string; data: Buffer };
export type StartExport = {
  doc: ShownDocument;
  /** The language of the file and of the steps shown while it is made. */
  lang: string;
  format: ExportFormat;
  ownerId: string;
  networkId: number;
  fileName: string;
  /** What a person must be allowed in the network to see the job; checked by the caller. */
  action?: NetworkAction;
  /** Jobs with the same key make the same file: a new request joins the existing job. */
  reuseKey?: string;
};
/** Where a job belongs: its network, and the permission starting it needed there. */
export type ExportScope = { networkId: number; action: NetworkAction };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const formatName = (w: Words, format: ExportFormat) => w.t(`report:export.format.${format}`);
export const KEEP_MS = 10 * 60 * 1000;
/** Per person, waiting or running; a flood from one person would hold up everyone's exports. */
export const MAX_ACTIVE_EXPORTS = 3;
/** A runaway document stops its own worker, not the server. */
const WORKER_HEAP_MB = 768;
/** What a process V8 stops for want of memory ends with (it aborts). */
const OUT_OF_MEMORY = new Set<string | number>(['SIGABRT', 134]);

type Job = {
  id: string;
  /** Everyone who asked for this file (more than one when a request joined it). */
  owners: Set<string>;
  networkId: number;
  action: NetworkAction;
  reuseKey: string | null;
  format: ExportFormat;
  /** The file's language: everyone who joins the job asked for the same one (the reuse key says so). */
  w: Words;
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
  /** The worker script; tests swap in one that crashes or hangs. */
  workerUrl?: URL;
  maxActivePerPerson?: number;
};

export function createExportJobs(opts: ExportJobsOptions = {}) {
  const keepMs = opts.keepMs ?? KEEP_MS;
  const workerUrl = opts.workerUrl ?? new URL('./worker.ts', import.meta.url);
  const maxActive = opts.maxActivePerPerson ?? MAX_ACTIVE_EXPORTS;
  const jobs = new Map<string, Job>();
  const queue: Job[] = [];
  let running: { job: Job; worker: ChildProcess } | null = null;
  /** Workers not yet exited, including one stopped by a cancel that is still winding down. */
  const live = new Set<ChildProcess>();

  const ownJob = (jobId: string, ownerId: string) => {
    const job = jobs.get(jobId);
    return job && job.owners.has(ownerId) ? job : null;
  };
  const active = (job: Job) => job.state === 'queued' || job.state === 'running';

  function finish(job: Job, outcome: { data: Buffer } | { error: string }) {
    // A cancelled job is gone from the registry; its worker's last words change nothing.
    if (job.state === 'done' || job.state === 'failed' || jobs.get(job.id) !== job) return;
    if ('data' in outcome) {
      job.state = 'done';
      job.data = outcome.data;
      job.progress = 1;
      job.step = job.w.t('report:export.job.ready', { format: formatName(job.w, job.format) });
    } else {
      job.state = 'failed';
      job.error = outcome.error;
      job.step = job.w.t('report:export.job.failed', { format: formatName(job.w, job.format) });
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
    job.step = job.w.t('report:export.step.starting');
    let worker: ChildProcess;
    try {
      // A process of its own, not a thread: the PDF and Word libraries and the drawing's memory
      // (about 100 MB for a large report) leave with it, where a thread's stayed in the server's
      // allocator after it ended. A small young generation, as the server's own.
      worker = fork(fileURLToPath(workerUrl), [], {
        execArgv: [`--max-old-space-size=${WORKER_HEAP_MB}`, '--max-semi-space-size=16'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      worker.send({ doc: job.doc!, format: job.format, lang: job.w.lang } satisfies WorkerInput);
      // A file being drawn never keeps a stopping process alive (the server's listener does that).
      worker.unref();
      worker.channel?.unref();
      live.add(worker);
      worker.once('exit', () => live.delete(worker));
    } catch (err) {
      finish(job, { error: job.w.t('report:export.job.couldNotStart', { reason: err instanceof Error ? err.message : String(err) }) });
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
      else settle({ error: job.w.t('report:export.job.failedWith', { format: formatName(job.w, job.format), reason: m.message }) });
    });
    worker.on('error', (err: Error) => settle({ error: job.w.t('report:export.job.crashed', { reason: err.message }) }));
    worker.on('exit', (code, signal) => {
      if (OUT_OF_MEMORY.has(signal ?? code ?? 0)) settle({ error: job.w.t('report:export.job.tooLarge') });
      else settle({ error: code ? job.w.t('report:export.job.exitedCode', { code }) : job.w.t('report:export.job.exited') });
    });
  }

  return {
    /**
     * Queues a file, or joins a job making the same one. Refuses (AppError EXPORT_LIMIT) a person
     * who already has the most exports waiting or running.
     */
    startExport(input: StartExport): { jobId: string } {
      if (input.reuseKey) {
        for (const job of jobs.values()) {
          if (job.reuseKey === input.reuseKey && job.state !== 'failed') {
            job.owners.add(input.ownerId);
            return { jobId: job.id };
          }
        }
      }
      let mine = 0;
      for (const job of jobs.values()) if (active(job) && job.owners.has(input.ownerId)) mine++;
      if (mine >= maxActive) {
        throw new AppError('EXPORT_LIMIT', { key: 'errors:jobs.tooMany', values: { count: maxActive } });
      }
      const job: Job = {
        id: randomUUID(),
        owners: new Set([input.ownerId]),
        networkId: input.networkId,
        action: input.action ?? 'report.read',
        reuseKey: input.reuseKey ?? null,
        format: input.format,
        w: wordsFor(input.lang),
        fileName: input.fileName,
        state: 'queued',
        progress: 0,
        step: '',
        doc: input.doc,
        data: null,
        expiry: null,
      };
      job.step = job.w.t('report:export.step.waiting');
      jobs.set(job.id, job);
      queue.push(job);
      next();
      return { jobId: job.id };
    },

    /** The network and permission of a job this person asked for; null for any other. */
    exportScope(jobId: string, ownerId: string): ExportScope | null {
      const job = ownJob(jobId, ownerId);
      return job ? { networkId: job.networkId, action: job.action } : null;
    },

    /**
     * This person no longer wants the file. A job nobody else asked for is dropped: out of the
     * queue, or its worker stopped and the next job started. False when there is nothing of theirs.
     */
    cancelExport(jobId: string, ownerId: string): boolean {
      const job = ownJob(jobId, ownerId);
      if (!job) return false;
      job.owners.delete(ownerId);
      if (job.owners.size > 0) return true;
      jobs.delete(job.id);
      if (job.expiry) clearTimeout(job.expiry);
      job.doc = null;
      job.data = null;
      const queued = queue.indexOf(job);
      if (queued >= 0) queue.splice(queued, 1);
      if (running?.job === job) {
        const { worker } = running;
        running = null;
        worker.kill('SIGKILL');
        next();
      }
      return true;
    },

    /** Workers still alive (tests: a cancelled export's worker really stops). */
    liveWorkers(): number {
      return live.size;
    },

    /** Null for an unknown job, an expired one, or one this person did not ask for. */
    exportStatus(jobId: string, ownerId: string): ExportStatus | null {
      const job = ownJob(jobId, ownerId);
      if (!job) return null;
      if (job.state === 'queued') {
        const ahead = queue.indexOf(job) + (running ? 1 : 0);
        job.step = ahead > 0 ? job.w.t('report:export.step.waitingFor', { count: ahead, n: job.w.f.count(ahead) }) : job.w.t('report:export.step.waiting');
      }
      return { state: job.state, progress: job.progress, step: job.step, fileName: job.fileName, ...(job.error ? { error: job.error } : {}) };
    },

    /** The finished file for the people who asked for it; it stays available until it expires. */
    takeExport(jobId: string, ownerId: string): ExportFile | null {
      const job = ownJob(jobId, ownerId);
      if (!job || job.state !== 'done' || !job.data) return null;
      return { fileName: job.fileName, contentType: CONTENT_TYPES[job.format], data: job.data };
    },

    /** Stops the running worker and forgets every job (tests, shutdown). */
    async close(): Promise<void> {
      queue.length = 0;
      for (const job of jobs.values()) if (job.expiry) clearTimeout(job.expiry);
      jobs.clear();
      const current = running;
      running = null;
      if (current && current.worker.exitCode === null && current.worker.signalCode === null) {
        const exited = new Promise((resolve) => current.worker.once('exit', resolve));
        current.worker.kill('SIGKILL');
        await exited;
      }
    },
  };
}

export type ExportJobs = ReturnType<typeof createExportJobs>;

/** The app's one registry. */
export const exportJobs = createExportJobs();

import { parentPort, workerData } from 'node:worker_threads';
import type { ShownDocument } from '../../shared/report/content.ts';
import { renderDocx } from './docx.ts';
import { renderPdf } from './pdf.ts';
import { wordsFor } from '../i18n.ts';

// Runs in a worker thread: draws one export and posts its progress and the finished file back,
// so a long report never holds up the server's event loop.

export type ExportFormat = 'pdf' | 'docx';
/** `lang`: the language the file is written in (a published version's own, else the reader's). */
export type WorkerInput = { doc: ShownDocument; format: ExportFormat; lang: string };
export type WorkerMessage =
  | { type: 'progress'; fraction: number; step: string }
  | { type: 'done'; data: Uint8Array }
  | { type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread, started by jobs.ts');
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

const { doc, format, lang } = workerData as WorkerInput;
try {
  const render = format === 'pdf' ? renderPdf : renderDocx;
  const buffer = await render(doc, wordsFor(lang), (fraction, step) => post({ type: 'progress', fraction, step }));
  // A copy of its own can be handed over without copying it again; a Buffer may share a pool.
  const data = new Uint8Array(buffer);
  post({ type: 'done', data }, [data.buffer]);
} catch (err) {
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}

import type { ShownDocument } from '../../shared/report/content.ts';
import { wordsFor } from '../i18n.ts';

// Runs in a process of its own, started by jobs.ts: draws one export and sends its progress and
// the finished file back, so a long report never holds up the server's event loop.

export type ExportFormat = 'pdf' | 'docx';
/** `lang`: the language the file is written in (a published version's own, else the reader's). */
export type WorkerInput = { doc: ShownDocument; format: ExportFormat; lang: string };
export type WorkerMessage =
  | { type: 'progress'; fraction: number; step: string }
  | { type: 'done'; data: Uint8Array }
  | { type: 'failed'; message: string };

const send = process.send?.bind(process);
if (!send) throw new Error('worker.ts runs as a process started by jobs.ts, with a channel to it');
const post = (m: WorkerMessage) => new Promise<void>((resolve) => send(m, undefined, {}, () => resolve()));

process.once('message', async ({ doc, format, lang }: WorkerInput) => {
  try {
    // Only the library this file needs is loaded: the process starts for one file.
    const render = format === 'pdf' ? (await import('./pdf.ts')).renderPdf : (await import('./docx.ts')).renderDocx;
    const buffer = await render(doc, wordsFor(lang), (fraction, step) => void post({ type: 'progress', fraction, step }));
    await post({ type: 'done', data: new Uint8Array(buffer) });
  } catch (err) {
    await post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
  // Once the last message is out, the closed channel lets the process end.
  process.disconnect?.();
});

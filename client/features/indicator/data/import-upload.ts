import type { ImportReport } from '../../../../shared/domain/measurement.ts';
import type { Translate } from '../../../../shared/i18n/words.ts';
import { searchString } from '../../../app/paths.ts';
import type { MeasureRef } from '../indicator-layout.tsx';

// The CSV file goes to the server as it is (text/csv), not inside a tRPC request: the server hands
// its bytes to the import worker untouched. XMLHttpRequest, not fetch, because only it reports how
// much of an upload has been sent — an 8 MB file over a meeting room's wifi takes a while.

export type UploadProgress = { sent: number; total: number };

/** Checks (commit: false) or imports the file; rejects with a sentence for a person. */
export function uploadImport(opts: { measure: MeasureRef; file: File; commit: boolean; onProgress: (p: UploadProgress) => void; signal?: AbortSignal; t: Translate }): Promise<ImportReport> {
  const { measure, file, commit, onProgress, signal, t } = opts;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/networks/${measure.networkId}/indicator/import${searchString({ commit, indicatorId: measure.indicatorId })}`);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      const body = xhr.response as (ImportReport & { message?: undefined }) | { message?: string } | null;
      if (xhr.status === 200 && body && 'committed' in body) resolve(body);
      else reject(new Error(body?.message ?? t('indicator:import.upload.refused', { status: xhr.status })));
    };
    // Also what Chromium does when the file changed on disk after it was chosen.
    xhr.onerror = () => reject(new Error(t('indicator:import.upload.unreachable')));
    xhr.onabort = () => reject(new DOMException(t('indicator:import.upload.stopped'), 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

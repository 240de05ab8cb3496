/**
 * Reads a file's text in the browser, reporting how much is read so a large file shows real
 * progress. Streams where it can (decoding as it goes), else falls back to FileReader's events.
 */
export async function readFileText(file: File, onProgress: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<string> {
  if (typeof file.stream === 'function') {
    const reader = file.stream().getReader();
    const decoder = new TextDecoder('utf-8');
    const parts: string[] = [];
    let loaded = 0;
    for (;;) {
      if (signal?.aborted) {
        await reader.cancel();
        throw new DOMException('Reading was stopped', 'AbortError');
      }
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      parts.push(decoder.decode(value, { stream: true }));
      onProgress(loaded, file.size);
    }
    parts.push(decoder.decode());
    return parts.join('');
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    signal?.addEventListener('abort', () => reader.abort());
    reader.readAsText(file);
  });
}

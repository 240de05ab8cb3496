import { constants, gzipSync, type ZlibOptions } from 'node:zlib';
import { Gzip } from 'minizlib';

/**
 * gzip in one synchronous step through one zlib engine kept for the life of the process and reset
 * between answers. Node's gzipSync builds a new engine (a stream object and a native handle) for
 * every answer, and those leave the heap in a way that brings full collections: under paced reads
 * of the cycle list (11 KB answers) the server took 7 to 9 of them in 15 s, each a stall of up to
 * 45 ms for every request waiting behind it. minizlib drives Node's own zlib synchronously without
 * closing it after each write, so nothing per answer outlives the answer.
 *
 * One engine is enough: the step is synchronous, so answers never share it. Should the engine
 * ever fail, that answer goes through Node's gzipSync, `onFailure` hears of it (the log), and the
 * next answer gets a fresh engine.
 */
export function keptGzip(options: ZlibOptions, onFailure: (error: Error) => void): (input: Buffer) => Buffer {
  let engine: Gzip | null = null;
  let failure: Error | null = null;
  let chunks: Buffer[] = [];
  const open = () => {
    const gzip = new Gzip(options);
    gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
    gzip.on('error', (error: unknown) => (failure = error instanceof Error ? error : new Error(String(error))));
    return gzip;
  };
  return (input) => {
    engine ??= open();
    chunks = [];
    engine.write(input);
    engine.flush(constants.Z_FINISH);
    if (failure) {
      onFailure(failure);
      engine = null;
      failure = null;
      return gzipSync(input, options);
    }
    engine.reset();
    const output = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    chunks = [];
    return output;
  };
}

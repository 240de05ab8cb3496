import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { keptGzip } from '../../server/http/kept-gzip.ts';

describe('keptGzip', () => {
  it('gives every answer its own whole gzip stream, one after another through the same engine', () => {
    const failures: Error[] = [];
    const gzip = keptGzip({ chunkSize: 4096 }, (error) => failures.push(error));
    const answers = [
      Buffer.from(JSON.stringify({ cycles: Array.from({ length: 80 }, (_, i) => ({ id: i, title: `Reading buddies, week ${i}` })) })),
      Buffer.from('x'),
      randomBytes(50_000), // does not compress: its output spans many 4 KB buffers
      Buffer.alloc(0),
      Buffer.from('{"result":{"data":{"json":{"total":12}}}}'),
    ];
    for (const answer of [...answers, ...answers]) {
      const compressed = gzip(answer);
      expect(compressed.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
      expect(gunzipSync(compressed).equals(answer)).toBe(true);
    }
    // Not one answer needed the fallback: the engine really was reset and used again.
    expect(failures).toEqual([]);
  });

  it('compresses what repeats', () => {
    const answer = Buffer.from(JSON.stringify(Array.from({ length: 200 }, () => ({ status: 'open', owner: 'Maria Lopez' }))));
    expect(keptGzip({}, (error) => expect.unreachable(error.message))(answer).length).toBeLessThan(answer.length / 10);
  });
});

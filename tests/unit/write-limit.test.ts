import { describe, expect, it } from 'vitest';
import { createWriteLimiter, DEFAULT_WRITE_LIMIT, parseWriteLimit } from '../../server/write-limit.ts';

describe('write limiter (issue 14, item 12)', () => {
  it('lets 20 writes through at once, then one every 200 ms, per key', () => {
    let now = 0;
    const limiter = createWriteLimiter({ burst: 20, perSecond: 5 }, () => now);
    const waits = Array.from({ length: 22 }, () => limiter.take('user:a'));
    expect(waits.slice(0, 20)).toEqual(Array(20).fill(0));
    expect(waits[20]).toBe(200);
    expect(limiter.take('user:b')).toBe(0);
    now += 199;
    expect(limiter.take('user:a')).toBeGreaterThan(0);
    now += 2;
    expect(limiter.take('user:a')).toBe(0);
    // A sustained 5 a second goes on for good; 6 a second does not.
    let refused = 0;
    for (let i = 0; i < 50; i++) {
      now += 200;
      if (limiter.take('user:a') > 0) refused++;
    }
    expect(refused).toBe(0);
    now += 10_000;
    for (let i = 0; i < 200; i++) {
      now += 1000 / 6;
      if (limiter.take('user:a') > 0) refused++;
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('forgets people whose bucket has filled up again', () => {
    let now = 0;
    const limiter = createWriteLimiter({ burst: 2, perSecond: 1 }, () => now);
    for (let i = 0; i < 3; i++) limiter.take('user:a');
    expect(limiter.take('user:a')).toBeGreaterThan(0);
    now += 61_000;
    expect(limiter.take('user:a')).toBe(0);
    expect(limiter.take('user:a')).toBe(0);
    expect(limiter.take('user:a')).toBeGreaterThan(0);
  });

  it('reads NEEDLE_WRITE_LIMIT', () => {
    expect(parseWriteLimit(undefined)).toEqual(DEFAULT_WRITE_LIMIT);
    expect(parseWriteLimit('')).toEqual({ burst: 20, perSecond: 5 });
    expect(parseWriteLimit('off')).toBeNull();
    expect(parseWriteLimit('40, 10')).toEqual({ burst: 40, perSecond: 10 });
    for (const bad of ['20', 'lots', '0,5', '20,0', '20,-1', '2.5,1']) expect(() => parseWriteLimit(bad), bad).toThrow(/NEEDLE_WRITE_LIMIT/);
  });
});

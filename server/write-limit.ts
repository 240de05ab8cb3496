// A per-person throttle on writes (tRPC mutations): a token bucket, in memory. A person may make
// `burst` writes at once and `perSecond` a second after that; nobody typing, clicking or syncing
// an offline outbox comes near it, a script flooding the database does. Buckets that have filled
// up again are forgotten, so memory stays bounded by the people writing right now.

export type WriteLimit = { burst: number; perSecond: number };
export type WriteLimiter = { take: (key: string) => number };

export const DEFAULT_WRITE_LIMIT: WriteLimit = { burst: 20, perSecond: 5 };
const SWEEP_MS = 60_000;

/** `take(key)`: 0 when the write may go ahead (spending one token), else the ms until it may. */
export function createWriteLimiter({ burst, perSecond }: WriteLimit, now: () => number = () => performance.now()): WriteLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();
  const level = (b: { tokens: number; at: number }, t: number) => Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);

  return {
    take(key) {
      const t = now();
      if (t - lastSweep > SWEEP_MS) {
        for (const [k, b] of buckets) if (level(b, t) >= burst) buckets.delete(k);
        lastSweep = t;
      }
      const found = buckets.get(key);
      const tokens = found ? level(found, t) : burst;
      if (tokens < 1) {
        buckets.set(key, { tokens, at: t });
        return Math.ceil(((1 - tokens) / perSecond) * 1000);
      }
      buckets.set(key, { tokens: tokens - 1, at: t });
      return 0;
    },
  };
}

/** How long this person (or, signed out, this address) must wait before a write: 0 spends a token. */
export function writeWait(ctx: { writeLimiter?: WriteLimiter | null; user: { id: string } | null; clientIp?: string | null }): number {
  if (!ctx.writeLimiter) return 0;
  const key = ctx.user ? `user:${ctx.user.id}` : ctx.clientIp ? `ip:${ctx.clientIp}` : null;
  return key ? ctx.writeLimiter.take(key) : 0;
}

/** NEEDLE_WRITE_LIMIT: unset for the default, `off`, or `BURST,PER_SECOND` (e.g. `20,5`). */
export function parseWriteLimit(value: string | undefined): WriteLimit | null {
  if (value === undefined || value.trim() === '') return DEFAULT_WRITE_LIMIT;
  if (value.trim().toLowerCase() === 'off') return null;
  const [burst, perSecond] = value.split(',').map((v) => Number(v.trim()));
  if (!Number.isInteger(burst) || burst! < 1 || !(perSecond! > 0) || !Number.isFinite(perSecond)) {
    throw new Error(`NEEDLE_WRITE_LIMIT must be "off" or "BURST,PER_SECOND" such as "20,5", got "${value}"`);
  }
  return { burst: burst!, perSecond: perSecond! };
}

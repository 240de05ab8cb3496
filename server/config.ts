import { resolve } from 'node:path';
import { parseWriteLimit, type WriteLimit } from './write-limit.ts';

export type Config = {
  port: number;
  host: string;
  dbPath: string;
  /** Where people reach Needle, e.g. https://needle.example.org. Sign-in cookies are set for it. */
  baseUrl: string;
  /** Origins allowed to send mutations and sign in: the base URL's plus any extra. */
  trustedOrigins: string[];
  /** Honour X-Forwarded-For / -Proto from a reverse proxy in front of Needle. */
  trustProxy: boolean;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Signs session cookies. When unset, a secret is generated once and kept in the database. */
  authSecret: string | undefined;
  clientDir: string;
  /** Each person's writes: a burst and a sustained rate (NEEDLE_WRITE_LIMIT); null lifts it. */
  writeLimit: WriteLimit | null;
};

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFrom(env.PORT ?? env.NEEDLE_PORT, 3000, 'PORT');
  const baseUrl = (env.NEEDLE_BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const extra = (env.NEEDLE_TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const base = new URL(baseUrl);
  // An Origin header is scheme, host and port only: never compare against a path.
  const local = base.hostname === 'localhost' ? [`${base.protocol}//127.0.0.1${base.port ? `:${base.port}` : ''}`] : [];
  return {
    port,
    host: env.NEEDLE_HOST ?? 'localhost',
    dbPath: resolve(env.NEEDLE_DB_PATH ?? 'data/needle.db'),
    baseUrl,
    trustedOrigins: [...new Set([base.origin, ...local, ...extra])],
    trustProxy: env.NEEDLE_TRUST_PROXY === '1' || env.NEEDLE_TRUST_PROXY === 'true',
    adminEmail: env.NEEDLE_ADMIN_EMAIL || undefined,
    adminPassword: env.NEEDLE_ADMIN_PASSWORD || undefined,
    authSecret: env.NEEDLE_AUTH_SECRET || undefined,
    clientDir: resolve(env.NEEDLE_CLIENT_DIR ?? 'dist/client'),
    writeLimit: parseWriteLimit(env.NEEDLE_WRITE_LIMIT),
  };
}

import { resolve } from 'node:path';
import { normalizeOrigin } from '../shared/domain/embed-origins.ts';
import { parseWriteLimit, type WriteLimit } from './write-limit.ts';

export type Config = {
  port: number;
  host: string;
  dbPath: string;
  /** Where people reach Needle, e.g. https://needle.example.org. Sign-in cookies are set for it. */
  baseUrl: string;
  /** Origins allowed to send mutations and sign in: the base URL's plus any extra. */
  trustedOrigins: string[];
  /**
   * How many reverse proxies stand in front of Needle (false: none). Fastify then takes the client
   * address that many entries from the right of X-Forwarded-For: the one the outermost proxy
   * appended. Entries further left come from the client and may be forged.
   */
  trustProxy: false | number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Signs session cookies. When unset, a secret is generated once and kept in the database. */
  authSecret: string | undefined;
  clientDir: string;
  /** Each person's writes: a burst and a sustained rate (NEEDLE_WRITE_LIMIT); null lifts it. */
  writeLimit: WriteLimit | null;
  /** Where email goes out (NEEDLE_SMTP_URL and NEEDLE_MAIL_FROM); null: email is off. */
  mail: MailConfig | null;
  /** Sites that may show the public pages in a frame (NEEDLE_EMBED_ORIGINS), beside the partnership's own list. */
  embedOrigins: string[];
};

/**
 * e.g. smtps://user:pass@mail.example.org:465, the From address Needle's emails carry, and how
 * often the mail worker looks for due emails (NEEDLE_MAIL_POLL_MS).
 */
export type MailConfig = { smtpUrl: string; from: string; pollMs: number };

const DEFAULT_MAIL_POLL_MS = 5000;

function pollMsFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_MAIL_POLL_MS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 100 || n > 3_600_000) throw new Error(`NEEDLE_MAIL_POLL_MS must be a number of milliseconds from 100 to 3600000, got "${value}"`);
  return n;
}

function mailFrom(env: NodeJS.ProcessEnv): MailConfig | null {
  const smtpUrl = env.NEEDLE_SMTP_URL?.trim();
  const from = env.NEEDLE_MAIL_FROM?.trim();
  if (!smtpUrl && !from) return null;
  if (!smtpUrl || !from) throw new Error('Email needs both NEEDLE_SMTP_URL and NEEDLE_MAIL_FROM (or neither, for no email)');
  if (!/^smtps?:\/\//.test(smtpUrl)) throw new Error(`NEEDLE_SMTP_URL must start with smtp:// or smtps://, got "${smtpUrl.replace(/\/\/[^@/]*@/, '//…@')}"`);
  return { smtpUrl, from, pollMs: pollMsFrom(env.NEEDLE_MAIL_POLL_MS) };
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return n;
}

const MAX_PROXY_HOPS = 10;

/**
 * Fastify's trustProxy for a hop count. Fastify 5 treats a bare number as "trust nothing", so trust
 * the peer and the next hops - 1 addresses by position: the address after them is the client's.
 */
export function proxyTrust(hops: false | number): false | ((address: string, hop: number) => boolean) {
  return hops === false ? false : (_address, hop) => hop < hops;
}

function proxyHopsFrom(value: string | undefined): false | number {
  const v = (value ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(v)) return false;
  if (['true', 'yes'].includes(v)) return 1;
  const n = Number(v);
  if (/^\d+$/.test(v) && n >= 1 && n <= MAX_PROXY_HOPS) return n;
  throw new Error(
    `NEEDLE_TRUST_PROXY must be 1 (or true) for one reverse proxy, a number of proxies from 1 to ${MAX_PROXY_HOPS}, or 0 for none; got "${value}"`,
  );
}

function embedOriginsFrom(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  return [
    ...new Set(
      entries.map((o) => {
        const origin = normalizeOrigin(o);
        if (!origin) throw new Error(`NEEDLE_EMBED_ORIGINS must list origins such as https://www.example.org, separated by commas; "${o}" is not one`);
        return origin;
      }),
    ),
  ];
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
    trustProxy: proxyHopsFrom(env.NEEDLE_TRUST_PROXY),
    adminEmail: env.NEEDLE_ADMIN_EMAIL || undefined,
    adminPassword: env.NEEDLE_ADMIN_PASSWORD || undefined,
    authSecret: env.NEEDLE_AUTH_SECRET || undefined,
    clientDir: resolve(env.NEEDLE_CLIENT_DIR ?? 'dist/client'),
    writeLimit: parseWriteLimit(env.NEEDLE_WRITE_LIMIT),
    mail: mailFrom(env),
    embedOrigins: embedOriginsFrom(env.NEEDLE_EMBED_ORIGINS),
  };
}

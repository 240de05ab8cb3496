import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import superjson from 'superjson';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Db } from '../../server/db/client.ts';
import type { WriteLimit } from '../../server/write-limit.ts';
import { testDb } from './db.ts';

export const ORIGIN = 'http://localhost:3000';
export const INDEX_HTML = '<!doctype html><html lang="en"><title>Needle</title><div id="root"></div></html>';
/** A hashed asset, as Vite names them. */
export const ASSET_PATH = '/assets/main-3f2a9c1b.js';
export const ASSET_JS = 'console.log("needle");';
/** A hashed asset big enough to be worth compressing. */
export const BIG_ASSET_PATH = '/assets/vendor-9c1b3f2a.js';
export const BIG_ASSET_JS = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `word${i % 50}`))};`;
/** A hashed asset the build compressed: it lies beside its .br and .gz forms. */
export const PRECOMPRESSED_PATH = '/assets/page-1b3f2a9c.js';
export const PRECOMPRESSED_JS = `export const more = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `more${i % 40}`))};`;

export type TestApp = { app: FastifyInstance; db: Db; close: () => Promise<void> };

/** The real Fastify app on a fresh in-memory database, with a built client of index.html and one asset. */
/**
 * `trustProxy`: true or a number of proxy hops, as NEEDLE_TRUST_PROXY reads it. `mail`: email on,
 * pointed at a port nothing listens on (tests read the outbox, not a mailbox).
 */
export async function testApp(opts: { trustProxy?: boolean | number; db?: Db; writeLimit?: WriteLimit | null; mail?: boolean; embedOrigins?: string } = {}): Promise<TestApp> {
  const clientDir = mkdtempSync(join(tmpdir(), 'needle-client-'));
  writeFileSync(join(clientDir, 'index.html'), INDEX_HTML);
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, ASSET_PATH), ASSET_JS);
  writeFileSync(join(clientDir, BIG_ASSET_PATH), BIG_ASSET_JS);
  writeFileSync(join(clientDir, PRECOMPRESSED_PATH), PRECOMPRESSED_JS);
  writeFileSync(join(clientDir, `${PRECOMPRESSED_PATH}.br`), brotliCompressSync(PRECOMPRESSED_JS));
  writeFileSync(join(clientDir, `${PRECOMPRESSED_PATH}.gz`), gzipSync(PRECOMPRESSED_JS));
  const config = {
    ...loadConfig({ NEEDLE_BASE_URL: ORIGIN, NEEDLE_CLIENT_DIR: clientDir, NEEDLE_TRUST_PROXY: opts.trustProxy === true ? '1' : opts.trustProxy ? String(opts.trustProxy) : '', NEEDLE_EMBED_ORIGINS: opts.embedOrigins ?? '' }),
    dbPath: ':memory:',
    ...(opts.mail ? { mail: { smtpUrl: 'smtp://127.0.0.1:9', from: 'Needle <needle@example.org>', pollMs: 5000 } } : {}),
  };
  const db = opts.db ?? testDb();
  const app = await buildApp({ db, config, ...(opts.writeLimit !== undefined ? { writeLimit: opts.writeLimit } : {}) });
  return {
    app,
    db,
    close: async () => {
      await app.close();
      rmSync(clientDir, { recursive: true, force: true });
    },
  };
}

/** The real app on a fresh in-memory database, serving a built client of `files` (path in the client folder → contents). */
export async function appServingClient(files: Record<string, string | Uint8Array>): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const clientDir = mkdtempSync(join(tmpdir(), 'needle-client-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(clientDir, path)), { recursive: true });
    writeFileSync(join(clientDir, path), content);
  }
  const config = { ...loadConfig({ NEEDLE_BASE_URL: ORIGIN, NEEDLE_CLIENT_DIR: clientDir }), dbPath: ':memory:' };
  const app = await buildApp({ db: testDb(), config });
  return {
    app,
    close: async () => {
      await app.close();
      rmSync(clientDir, { recursive: true, force: true });
    },
  };
}

/** `name=value; name2=value2` from a response's Set-Cookie headers, for the next request. */
export function cookieFrom(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.map((c) => c.split(';')[0]).join('; ');
}

export function signIn(app: FastifyInstance, email: string, password: string, extra: Partial<InjectOptions> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: ORIGIN, 'content-type': 'application/json', ...(extra.headers ?? {}) },
    payload: JSON.stringify({ email, password }),
    remoteAddress: extra.remoteAddress,
  });
}

/** A tRPC query over HTTP; returns the status and the decoded result or error. */
export async function trpcQuery(app: FastifyInstance, path: string, input?: unknown, headers: Record<string, string> = {}) {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  return decode(await app.inject({ method: 'GET', url: `/trpc/${path}${query}`, headers }));
}

/** A tRPC mutation over HTTP, as the client sends it: JSON from the app's own origin unless told otherwise. */
export async function trpcMutation(app: FastifyInstance, path: string, input: unknown, headers: Record<string, string> = {}) {
  return decode(
    await app.inject({
      method: 'POST',
      url: `/trpc/${path}`,
      headers: { origin: ORIGIN, 'content-type': 'application/json', ...headers },
      payload: JSON.stringify(superjson.serialize(input)),
    }),
  );
}

function decode(res: LightMyRequestResponse) {
  const body = res.json() as { result?: { data: never }; error?: never };
  return {
    res,
    status: res.statusCode,
    data: body.result ? superjson.deserialize<unknown>(body.result.data) : undefined,
    error: body.error ? superjson.deserialize<{ message: string; data: { code: string } }>(body.error) : undefined,
  };
}

/** The CSV import as the import screen sends it: the file's bytes as text/csv, from the app's own origin. */
export async function importCsv(app: FastifyInstance, opts: { networkId: number | string; csv: string | Buffer; commit: boolean | string; cookie?: string; headers?: Record<string, string> }) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/networks/${opts.networkId}/indicator/import?commit=${opts.commit}`,
    headers: { origin: ORIGIN, 'content-type': 'text/csv', ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers },
    payload: opts.csv,
  });
  return { status: res.statusCode, headers: res.headers, body: res.json() as Record<string, unknown> };
}

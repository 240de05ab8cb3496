// The real server as a child process (`node server/index.ts`) on a free loopback port, and the
// small HTTP client the reliability tests drive it with: signed-in cookie, the Origin the CSRF
// guard wants, superjson bodies.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import superjson from 'superjson';
import { INDEX_HTML } from '../helpers/http.ts';

/** Fixed, so session cookies survive restarts and restores (as with NEEDLE_AUTH_SECRET in production). */
export const AUTH_SECRET = 'reliability-suite-secret-0123456789abcdef0123456789abcdef';

/** A seeded PRNG (mulberry32): the same seed replays the same kill moments and write mix. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function suiteSeed(): number {
  const fromEnv = Number(process.env.RELIABILITY_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Math.floor(Math.random() * 2 ** 31) + 1;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `needle-${prefix}-`));
}

/** A built client of one index.html: the server wants a client folder to serve. */
export function clientDir(): string {
  const dir = tempDir('client');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export type RunningServer = {
  base: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown hook runs, as in a power cut or an OOM kill. */
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
  output: () => string;
};

/**
 * For load tests that write faster than any person (many concurrent writers from one account):
 * lifts the per-person write throttle, which is on by default (docs/operations.md).
 */
export const UNTHROTTLED = { NEEDLE_WRITE_LIMIT: 'off' };

/**
 * As `npm start` runs the server (package.json, docs/operations.md): a young generation of 16 MB
 * semispaces, an old generation of at most 256 MB (which also makes V8 grow it in small steps),
 * glibc's allocator told to hand large blocks back, and Node's compile cache, which keeps each
 * file's code with its types already removed.
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=16', '--max-old-space-size=256'];
const SERVER_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', NODE_COMPILE_CACHE: 'node_modules/.cache/node' };

/**
 * Needle's server, or another `script` that serves GET /healthz (the bench's tRPC peer). `cpus`:
 * run it on those cores only (taskset's list, Linux), so a load generator cannot take its time.
 * `nodeFlags`: V8's or Node's, beside the server's own.
 */
export async function startServer(opts: { dbPath: string; clientDir: string; env?: Record<string, string>; script?: string; cpus?: string; nodeFlags?: string[] }): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const node = [process.execPath, ...SERVER_NODE_FLAGS, ...(opts.nodeFlags ?? []), opts.script ?? 'server/index.ts'];
  // taskset replaces itself with node: the child's pid is the server's.
  const [command, ...args] = opts.cpus ? ['taskset', '-c', opts.cpus, ...node] : node;
  const child = spawn(command!, args, {
    env: {
      ...process.env,
      ...SERVER_ENV,
      PORT: String(port),
      NEEDLE_HOST: '127.0.0.1',
      NEEDLE_BASE_URL: base,
      NEEDLE_DB_PATH: opts.dbPath,
      NEEDLE_CLIENT_DIR: opts.clientDir,
      NEEDLE_AUTH_SECRET: AUTH_SECRET,
      NEEDLE_LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${out}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start within 30 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    child,
    output: () => out,
    kill9: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export type Reply = { status: number; data?: unknown; error?: { message: string; data: { code: string } } };

export class HttpClient {
  cookie = '';
  base: string;
  constructor(base: string) {
    this.base = base;
  }

  async signIn(email: string, password: string): Promise<number> {
    const res = await fetch(`${this.base}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { origin: this.base, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.ok) this.cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    await res.arrayBuffer();
    return res.status;
  }

  async mutation(path: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(`${this.base}/trpc/${path}`, {
      method: 'POST',
      headers: { origin: this.base, 'content-type': 'application/json', cookie: this.cookie, ...headers },
      body: JSON.stringify(superjson.serialize(input)),
    });
    return decode(res);
  }

  /** The CSV import as the import screen sends it: the file as text/csv. */
  async importCsv(networkId: number, csv: string, commit: boolean): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${this.base}/api/networks/${networkId}/indicator/import?commit=${commit}`, {
      method: 'POST',
      headers: { origin: this.base, 'content-type': 'text/csv', cookie: this.cookie },
      body: csv,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async query(path: string, input?: unknown): Promise<Reply> {
    const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    return decode(await fetch(`${this.base}/trpc/${path}${q}`, { headers: { cookie: this.cookie } }));
  }
}

async function decode(res: Response): Promise<Reply> {
  const text = await res.text();
  let body: { result?: { data: never }; error?: never } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON: the status says enough
  }
  return {
    status: res.status,
    data: body.result ? superjson.deserialize<unknown>(body.result.data) : undefined,
    error: body.error ? superjson.deserialize<{ message: string; data: { code: string } }>(body.error) : undefined,
  };
}

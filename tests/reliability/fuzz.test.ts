// Fuzzing: every procedure of the router gets a few hundred malformed inputs — wrong types,
// missing and extra fields, huge strings, negative/NaN/Infinity numbers, deep objects, and the
// matrix's valid input with one field broken — as a signed-in site admin (who passes every access
// check, so the input reaches validation and the services). No call may end in a 500; every
// error is a 4xx with a message. A sample goes through real HTTP too.
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { measurement } from '../../server/db/schema.ts';
import { MATRIX } from '../helpers/authorization-matrix.ts';
import { TEST_PASSWORD, testDb } from '../helpers/db.ts';
import { cookieFrom, importCsv, signIn, testApp, trpcMutation, trpcQuery } from '../helpers/http.ts';
import type { ImportReport } from '../../shared/domain/measurement.ts';
import { readinessIndicator } from '../helpers/indicator.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { callerFor, callPath, procedures } from '../helpers/trpc.ts';
import { suiteSeed } from './server.ts';

const seed = suiteSeed();
const RUNS = Number(process.env.FUZZ_RUNS) || 250;
/** Procedures whose valid path is slow (password hashing, exports): fewer runs keep the suite quick. */
const SLOW: Record<string, number> = { 'invitation.signUp': 60, 'setup.createAdmin': 60, 'report.exportStart': 60 };

function deep(levels: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < levels; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

const bad: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, NaN, Infinity, -Infinity, -1, 0, -0, 1.5, 2 ** 53, -(2 ** 31), '', ' ', '\u0000', '0', 'null', '<script>alert(1)</script>', true, false, [], {}),
  fc.constantFrom('x'.repeat(100_000), '€'.repeat(20_000), `${'9'.repeat(400)}`),
  fc.constant(deep(200)),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.date({ noInvalidDate: false }),
  fc.bigInt(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withNullPrototype: true, withMap: true, withSet: true }),
);

/** JSON for raw bodies and failure messages: BigInts as strings (JSON.stringify refuses them). */
const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? 'undefined';

type Path = (string | number)[];
/** Every place in a value a fuzzer can break: object keys and array items, at any depth. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const out: Path[] = [];
  for (const [k, v] of Object.entries(value)) {
    const here = [...prefix, Array.isArray(value) ? Number(k) : k];
    out.push(here, ...pathsOf(v, here));
  }
  return out;
}

function replaced(value: unknown, path: Path, by: unknown, remove = false): unknown {
  if (path.length === 0) return by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path;
  if (rest.length === 0 && remove) delete copy[head!];
  else copy[head!] = replaced(copy[head!], rest, by, remove);
  return copy;
}

/** Inputs for one procedure: whole-input garbage, and its valid input with one field broken, removed or added. */
function inputsFor(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const options: fc.Arbitrary<unknown>[] = [bad, fc.dictionary(fc.string({ maxLength: 12 }), bad, { maxKeys: 4 })];
  if (paths.length) {
    const path = fc.constantFrom(...paths);
    options.push(
      fc.tuple(path, bad).map(([p, b]) => replaced(valid, p, b)),
      fc.tuple(path, bad).map(([p, b]) => replaced(valid, p, b)),
      path.map((p) => replaced(valid, p, undefined, true)),
      fc.tuple(fc.string({ maxLength: 12 }), bad).map(([k, b]) => ({ ...(valid as object), [k]: b })),
    );
  }
  return fc.oneof(...options);
}

async function validInput(path: string, s: Scene): Promise<unknown> {
  const row = MATRIX[path];
  return row?.input ? row.input(s) : undefined;
}

/** '' when the outcome is acceptable, else what went wrong. */
function judge(error: unknown): string {
  if (error === undefined) return '';
  if (!(error instanceof TRPCError)) return `not a tRPC error: ${String(error)}`;
  const status = getHTTPStatusCodeFromError(error);
  if (status >= 500) return `${error.code} (${status}): ${error.message}${error.cause ? ` — cause: ${String(error.cause)}` : ''}`;
  if (!error.message.trim()) return `${error.code} without a message`;
  return '';
}

it(`answers malformed input to every procedure with a 4xx and a message (seed ${seed})`, async () => {
  console.log(`fuzz: seed ${seed} (rerun with RELIABILITY_SEED=${seed})`);
  const started = Date.now();
  let total = 0;
  const failures: string[] = [];
  for (const path of Object.keys(procedures()).sort()) {
    const db = testDb();
    const s = await scene(db);
    const valid = await validInput(path, s);
    const caller = callerFor(db, s.admin);
    const runs = Math.min(SLOW[path] ?? RUNS, RUNS);
    const t0 = Date.now();
    await fc.assert(
      fc.asyncProperty(inputsFor(valid), async (input) => {
        total++;
        let error: unknown;
        try {
          await callPath(caller, path, input);
        } catch (e) {
          error = e;
        }
        const wrong = judge(error);
        if (wrong) failures.push(`${path} ${json(input).slice(0, 200)}: ${wrong}`);
        return true;
      }),
      { numRuns: runs, seed: seed + path.length },
    );
    if (process.env.FUZZ_TIMES) console.log(`${path}: ${Date.now() - t0} ms`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${total} malformed inputs to ${Object.keys(procedures()).length} procedures through createCaller in ${seconds} s`);
  expect(failures.slice(0, 30)).toEqual([]);
});

it('answers a sample of the same over real HTTP with 4xx statuses and messages, never a 500', async () => {
  // Hundreds of writes from one account: without lifting the write throttle most would be 429s
  // and never reach validation (web.test.ts checks the throttle itself).
  const t = await testApp({ writeLimit: null });
  try {
    const s = await scene(t.db);
    const cookie = cookieFrom(await signIn(t.app, s.admin.email, TEST_PASSWORD));
    const failures: string[] = [];
    let total = 0;
    for (const [path, procedure] of Object.entries(procedures()).sort()) {
      // the valid input is made on a scratch scene: its set-up steps may not repeat on one database
      const valid = await validInput(path, await scene(testDb()));
      for (const input of fc.sample(inputsFor(valid), { numRuns: 12, seed: seed + total })) {
        total++;
        let reply: { status: number; error?: { message: string } };
        try {
          reply = procedure._def.type === 'query' ? await trpcQuery(t.app, path, input, { cookie }) : await trpcMutation(t.app, path, input, { cookie });
        } catch {
          // superjson refuses to serialize some keys (__proto__, prototype): an attacker sends them raw
          const body = json({ json: input });
          const res =
            procedure._def.type === 'query'
              ? await t.app.inject({ method: 'GET', url: `/trpc/${path}?input=${encodeURIComponent(body)}`, headers: { cookie } })
              : await t.app.inject({ method: 'POST', url: `/trpc/${path}`, headers: { cookie, origin: 'http://localhost:3000', 'content-type': 'application/json' }, payload: body });
          let message: string | undefined;
          try {
            message = (res.json() as { error?: { json: { message: string } } }).error?.json.message;
          } catch {
            message = res.body;
          }
          reply = { status: res.statusCode, error: message === undefined ? undefined : { message } };
        }
        if (reply.status >= 500) failures.push(`${path} ${json(input).slice(0, 200)}: ${reply.status} ${reply.error?.message}`);
        else if (reply.status >= 400 && !reply.error?.message.trim()) failures.push(`${path}: ${reply.status} without a message`);
      }
    }
    // Bodies that are not even tRPC: broken JSON, the wrong envelope, a huge payload.
    for (const payload of ['{', '{"json":', 'null', '[]', '{"json":{"networkId":1},"meta":{"values":{"networkId":["bigint"]}}}', JSON.stringify({ json: 'x'.repeat(3_000_000) })]) {
      total++;
      const res = await t.app.inject({ method: 'POST', url: '/trpc/cycle.quickLog', headers: { cookie, origin: 'http://localhost:3000', 'content-type': 'application/json' }, payload });
      if (res.statusCode >= 500) failures.push(`raw body ${payload.slice(0, 60)}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      // Over the 1 MB limit: refused before it is parsed, with a message (issue 14, item 11).
      if (payload.length > 1024 * 1024 && (res.statusCode !== 413 || !(res.json() as { error: { json: { message: string } } }).error.json.message)) {
        failures.push(`raw body of ${payload.length} bytes: ${res.statusCode}, not 413 with a message`);
      }
    }
    console.log(`fuzz: ${total} malformed requests over HTTP`);
    expect(failures.slice(0, 30)).toEqual([]);
  } finally {
    await t.close();
  }
});

describe('CSV import', () => {
  const header = 'period,group,value,note';
  const month = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  async function importer() {
    const t = await testApp({ writeLimit: null });
    const s = await scene(t.db);
    await callerFor(t.db, s.facilitator).indicator.save(readinessIndicator(s.networkA, { isProportion: false, unit: 'score', numeratorLabel: '', denominatorLabel: '', dimensions: [] }));
    const cookie = cookieFrom(await signIn(t.app, s.facilitator.email, TEST_PASSWORD));
    const stored = () => t.db.select().from(measurement).all().length;
    /** The report; any other answer is thrown as its status and message. */
    const run = async (csv: string | Uint8Array) => {
      const res = await importCsv(t.app, { networkId: s.networkA, csv: Buffer.from(csv), commit: true, cookie });
      if (res.status !== 200) throw Object.assign(new Error(String(res.body.message)), { status: res.status });
      return res.body as unknown as ImportReport;
    };
    return { run, stored, close: () => t.close() };
  }

  // Files built from the pieces that break CSV readers and number checks: quotes in every place,
  // separators, line breaks of three kinds, a byte-order mark, and long runs of digits.
  const piece = fc.oneof(
    fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', '\uFEFF', ' ', '2025-01', '2025-13', 'Black', '1,234.5', '45%', '-0', '1e308', '1e999', '.5', '5.', 'n/a'),
    fc.integer({ min: 1, max: 120_000 }).map((n) => '9'.repeat(n)),
    fc.integer({ min: 1, max: 60_000 }).map((n) => `\n2025-02,,${'1'.repeat(n)}x,`),
    fc.integer({ min: 0, max: 599 }).map(month),
    fc.string({ maxLength: 8 }),
  );
  const text = fc.array(piece, { maxLength: 40 }).map((pieces) => `${header}\n${pieces.join('')}`);
  // And bytes that are not text in any encoding a spreadsheet writes.
  const file = fc.oneof(text, fc.tuple(text, fc.uint8Array({ maxLength: 64 })).map(([t, bytes]) => Buffer.concat([Buffer.from(t), bytes])));

  it(`answers any file with a report, never a 500, writes all or nothing, and stays fast (seed ${seed})`, async () => {
    const { run, stored, close } = await importer();
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(file, async (csv) => {
        const before = stored();
        const started = performance.now();
        try {
          const report = await run(csv);
          const added = stored() - before;
          if (report.committed ? report.problemCount > 0 || added !== report.created : added !== 0) failures.push(`${json(csv).slice(0, 200)}: ${json(report).slice(0, 200)} but ${added} rows added`);
        } catch (e) {
          failures.push(`${json(String(csv)).slice(0, 200)}: answered ${(e as { status?: number }).status}: ${(e as Error).message}`);
        }
        const ms = performance.now() - started;
        if (ms > 2_000) failures.push(`${json(csv).slice(0, 200)}: took ${Math.round(ms)} ms`);
        return true;
      }),
      { numRuns: 150, seed },
    );
    expect(failures.slice(0, 10)).toEqual([]);
    await close();
  });

  it(`never imports a file with a quote that opens a value and never closes (seed ${seed})`, async () => {
    const { run, stored, close } = await importer();
    // A quote inside an unquoted value is an ordinary character (as in spreadsheets); one that
    // starts a value opens a quoted value, and with no quote after it, it never closes.
    const spot = fc.tuple(fc.integer({ min: 2, max: 30 }), fc.nat(), fc.nat(3)).map(([n, row, field]) => {
      const lines = Array.from({ length: n }, (_, i) => `${month(i)},,${i},note ${i}`);
      const fields = lines[row % n]!.split(',');
      fields[field] = `"${fields[field]}`;
      lines[row % n] = fields.join(',');
      return [header, ...lines].join('\n');
    });
    await fc.assert(
      fc.asyncProperty(spot, async (csv) => {
        const report = await run(csv);
        expect(report.committed, csv).toBe(false);
        expect(report.problems.length, csv).toBeGreaterThan(0);
        expect(stored()).toBe(0);
      }),
      { numRuns: 100, seed },
    );
    await close();
  });
});

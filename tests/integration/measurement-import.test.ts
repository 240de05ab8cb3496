import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { measurement } from '../../server/db/schema.ts';
import type { Db } from '../../server/db/client.ts';
import { auditRows, TEST_PASSWORD } from '../helpers/db.ts';
import { cookieFrom, importCsv, ORIGIN, signIn, testApp, type TestApp } from '../helpers/http.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import type { SessionUser } from '../../server/context.ts';

// The CSV import over real HTTP, as the import screen sends it: the file's bytes as text/csv to
// POST /api/networks/:networkId/indicator/import?commit=true|false.

let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const header = 'period,group,numerator,denominator,note';
const scoreIndicator = { isProportion: false, unit: 'score' as const, numeratorLabel: '', denominatorLabel: '', dimensions: [] };
const month = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

async function signedIn(t: TestApp, person: SessionUser) {
  const res = await signIn(t.app, person.email, TEST_PASSWORD);
  expect(res.statusCode).toBe(200);
  return cookieFrom(res);
}

/** A running app, its scene with the readiness indicator (or `indicator`), and the facilitator's import. */
async function importer(opts: { db?: Db; indicator?: Parameters<typeof withIndicator>[1]; writeLimit?: { burst: number; perSecond: number } | null } = {}) {
  const t = (current = await testApp({ db: opts.db, writeLimit: opts.writeLimit ?? null }));
  const s = await scene(t.db);
  await withIndicator(s, opts.indicator);
  const cookie = await signedIn(t, s.facilitator);
  const run = async (csv: string | Buffer, commit = true) => {
    const res = await importCsv(t.app, { networkId: s.networkA, csv, commit, cookie });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  return { t, s, cookie, run, stored: () => t.db.select().from(measurement).all() };
}

describe('checking and importing a file', () => {
  it('reports every bad line with its column and why, and imports nothing', async () => {
    const csv = [header, '2025-01,,40,90,ok', '2025-02,,forty,90,', '2025-03,,40,-5,', '2025-13,,40,90,', '2025-01,,41,90,again', '2025-04,Martian,4,9,'].join('\n');
    const { run, stored } = await importer();
    const report = await run(csv);
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual([
      { line: 3, column: 'numerator', message: '“forty” is not a number.' },
      { line: 4, column: 'denominator', message: 'The denominator must be more than 0.' },
      { line: 5, column: 'period', message: '“2025-13” is not a period: write it like 2025-03.' },
      { line: 6, column: 'period', message: 'Line 2 already has this period and group.' },
      { line: 7, column: 'group', message: '“Martian” is not one of the indicator’s groups.' },
    ]);
    expect(stored()).toEqual([]);
  });

  it('names wrong columns and an empty file', async () => {
    const { run } = await importer();
    const messages = async (csv: string) => ((await run(csv)).problems as { message: string; column: string }[]);
    expect((await messages('period,grp,numerator,denominator\n2025-01,,1,2')).map((p) => p.message)).toEqual(['Unknown column “grp”: the columns are period, group, numerator, denominator, note.']);
    expect((await messages('period,value\n2025-01,4')).map((p) => p.column)).toEqual(['value', 'numerator', 'denominator']);
    expect((await messages(''))[0]!.message).toMatch(/^The file has no rows of data/);
    expect((await messages(header))[0]!.message).toMatch(/^The file has no rows of data/);
  });

  it('checks without writing, then commits; re-importing a period updates it and says so', async () => {
    const { run, stored } = await importer();
    const report = await run(`${header}\n2025-01,,40,90,\n2025-02,Latino,20,50,\n2025-03,Race and ethnicity: White,35,60,`, false);
    expect(report).toMatchObject({ valid: 3, created: 3, updated: 0, problemCount: 0, committed: false });
    expect(stored()).toEqual([]);
    await run(`${header}\n2025-01,,40,90,\n2025-02,Latino,20,50,`);
    expect(await run(`${header}\r\n2025-01,,42,90,corrected\r\n2025-03,,45,95,`)).toMatchObject({ committed: true, created: 1, updated: 1 });
    expect(stored()).toHaveLength(3);
  });

  it('refuses a file with an unterminated quote and names the line, instead of reading the rest into one note', async () => {
    const { run, stored } = await importer();
    const report = await run(`${header}\n2025-01,,40,90,"oops\n2025-02,,20,50,\n2025-03,,35,60,`);
    expect(report).toMatchObject({ committed: false, problemCount: 1 });
    expect(report.problems).toEqual([{ line: 2, column: '', message: 'A quote (") opens here and never closes, so every line after it was read into this one. Close the quote, or remove it.' }]);
    expect(stored()).toEqual([]);
  });

  it('refuses a stray quote after a quoted value, and a line with more values than columns', async () => {
    const { run, stored } = await importer();
    const report = await run(`${header}\n2025-01,,40,90,fine\n2025-02,,"20"0,50,\n`);
    expect(report.committed).toBe(false);
    const problems = report.problems as { line: number; message: string }[];
    expect(problems.map((p) => p.line)).toEqual([3, 3]);
    expect(problems[0]!.message).toMatch(/^A value in quotes has more text after its closing quote/);
    expect(stored()).toEqual([]);
    expect(await run(`${header}\n2025-01,,40,90,read, then lost`)).toMatchObject({ committed: false, problems: [{ line: 2, column: '', message: expect.stringMatching(/^This line has 6 values but the first line names 5 columns/) }] });
  });

  it('numbers problems by the line in the file, counting blank lines and line breaks inside quotes', async () => {
    const { run } = await importer();
    const report = await run(`${header}\n\n2025-01,,40,90,"two\nlines"\r\n2025-02,,forty,90,\n`, false);
    expect(report.problems).toEqual([{ line: 5, column: 'numerator', message: '“forty” is not a number.' }]);
    expect(report).toMatchObject({ lines: 2, valid: 1 });
  });

  it('reads a file saved as UTF-8 (with or without its mark), UTF-16 or Excel’s Windows-1252 alike', async () => {
    const { run, stored } = await importer();
    const note = (period: string) => `${header}\n${period},,40,90,Año escolar — niños`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(note('2025-03'), 'utf16le')]);
    const files = [Buffer.from(note('2025-01')), Buffer.from(`\uFEFF${note('2025-02')}`), utf16, Buffer.from(note('2025-04'), 'latin1')];
    // latin1 has no "—": Windows-1252 writes it as byte 0x97.
    files[3] = Buffer.from(files[3]!.map((b, i) => (note('2025-04').charCodeAt(i) === 0x2014 ? 0x97 : b)));
    for (const file of files) expect(await run(file)).toMatchObject({ committed: true, created: 1 });
    expect(stored().map((m) => [m.period, m.note])).toEqual(['2025-01', '2025-02', '2025-03', '2025-04'].map((p) => [p, 'Año escolar — niños']));
  });

  it('imports 50,000 rows (a 1.9 MB file) in one transaction, or none of them when one line is wrong', async () => {
    const { run, stored } = await importer({ indicator: scoreIndicator });
    const lines = Array.from({ length: 50_000 }, (_, i) => `${month(i)},,${(i % 97) / 2},imported from the district file`);
    const broken = await run(['period,group,value,note', ...lines.slice(0, 49_999), `${month(49_999)},,n/a,`].join('\n'));
    expect(broken).toMatchObject({ committed: false, problemCount: 1, valid: 49_999 });
    expect(stored()).toHaveLength(0);
    const ok = await run(['period,group,value,note', ...lines].join('\n'));
    expect(ok).toMatchObject({ committed: true, created: 50_000 });
    expect(stored()).toHaveLength(50_000);
  }, 60_000);

  it('checks and commits a large file off the event loop when the database is a file, all or nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'needle-import-'));
    const db = openDb(join(dir, 'needle.db'));
    try {
      const { s, run, stored } = await importer({ db, indicator: scoreIndicator });
      const lines = Array.from({ length: 30_000 }, (_, i) => `${month(i)},,${(i % 97) / 2},${'n'.repeat(200)}`);
      const stall = monitorEventLoopDelay({ resolution: 10 });
      /**
       * The call's result, how long it took, and the longest this thread was held meanwhile. Inline,
       * the whole call was one block (held ≈ took); a busy machine stretches both alike.
       */
      const measured = async <T>(call: () => Promise<T>) => {
        // The monitor counts a delay between two runs of its timer: let it run once before the
        // call, and once after it.
        const tick = () => new Promise((r) => setTimeout(r, 30));
        stall.reset();
        stall.enable();
        await tick();
        const started = performance.now();
        const result = await call();
        const took = performance.now() - started;
        await tick();
        stall.disable();
        return { result, took, held: stall.max / 1e6 };
      };
      const check = await measured(() => run(['period,group,value,note', ...lines, `${month(30_000)},,"7,`].join('\n')));
      const commit = await measured(() => run(['period,group,value,note', ...lines].join('\n')));
      // Inline the thread was held for the whole call; off the loop, for a fraction of it (a loaded
      // machine adds pauses of its own, so the bound is loose).
      for (const { held, took } of [check, commit]) expect(held).toBeLessThan(Math.max(250, took / 2));
      expect(check.result).toMatchObject({ committed: false, problemCount: 1, problems: [{ line: 30_002 }] });
      expect(commit.result).toMatchObject({ committed: true, lines: 30_000, created: 30_000, updated: 0 });
      expect(stored()).toHaveLength(30_000);
      expect(auditRows(db).at(-1)).toMatchObject({ action: 'indicator.import', actorId: s.facilitator.id, detail: { rows: 30_000, created: 30_000, updated: 0 } });
    } finally {
      await current?.close();
      current = undefined;
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('who may import, and what the route refuses', () => {
  const file = `${header}\n2025-01,,40,90,`;

  it('lets facilitators, leads and site admins import; anyone else is refused before the file is read', async () => {
    const t = (current = await testApp({ writeLimit: null }));
    const s: Scene = await scene(t.db);
    await withIndicator(s);
    const expected: [SessionUser | null, number][] = [
      [null, 401],
      [s.outsider, 404], // a network one is not in answers as a missing one
      [s.member, 403],
      [s.facilitator, 200],
      [s.lead, 200],
      [s.admin, 200],
    ];
    for (const [who, status] of expected) {
      const cookie = who ? await signedIn(t, who) : undefined;
      const res = await importCsv(t.app, { networkId: s.networkA, csv: file, commit: false, cookie });
      expect(res.status, who?.name ?? 'anonymous').toBe(status);
      expect(res.headers['cache-control']).toBe('no-store');
      if (status !== 200) expect(res.body.message, who?.name ?? 'anonymous').toEqual(expect.any(String));
    }
    const admin = await signedIn(t, s.admin);
    expect((await importCsv(t.app, { networkId: 999, csv: file, commit: true, cookie: admin })).status).toBe(404);
    expect((await importCsv(t.app, { networkId: 'one', csv: file, commit: true, cookie: admin })).status).toBe(404);
    const member = await signedIn(t, s.member);
    expect((await importCsv(t.app, { networkId: s.networkA, csv: file, commit: true, cookie: member })).body.message).toBe('Only facilitators and leads import data.');
    expect(t.db.select().from(measurement).all()).toEqual([]);
  });

  it('takes only CSV from Needle’s own pages, and says whether to check or import', async () => {
    const { t, s, cookie, stored } = await importer();
    const send = (headers: Record<string, string>, commit: string = 'true') => importCsv(t.app, { networkId: s.networkA, csv: file, commit, cookie, headers });
    expect((await send({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await send({ origin: '' })).status).toBe(403);
    for (const type of ['application/json', 'multipart/form-data; boundary=x', 'text/plain']) expect((await send({ 'content-type': type })).status, type).toBe(415);
    const unsaid = await send({}, 'yes');
    expect(unsaid).toMatchObject({ status: 400, body: { message: 'Say whether to check the file (commit=false) or import it (commit=true).' } });
    expect(stored()).toEqual([]);
    expect((await send({ 'content-type': 'text/csv; charset=utf-8' })).status).toBe(200);
  });

  it('refuses a file over 8 MB, whether it says its length or not, and writes nothing', async () => {
    const { t, s, cookie, stored } = await importer();
    const big = `${file}${'n'.repeat(8 * 1024 * 1024)}`;
    const said = await importCsv(t.app, { networkId: s.networkA, csv: big, commit: true, cookie });
    const unsaid = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${s.networkA}/indicator/import?commit=true`,
      headers: { origin: ORIGIN, 'content-type': 'text/csv', cookie },
      payload: Readable.from([file, 'n'.repeat(5 * 1024 * 1024), 'n'.repeat(4 * 1024 * 1024)]),
    });
    for (const res of [said, { status: unsaid.statusCode, body: unsaid.json() as Record<string, unknown> }]) {
      expect(res).toMatchObject({ status: 413, body: { message: 'The file is too large to send: files up to 8 MB can be imported. Split it by year and import each part.' } });
    }
    expect(stored()).toEqual([]);
    // Just under the limit is read and checked (its one long note is refused by the check).
    const under = await importCsv(t.app, { networkId: s.networkA, csv: `${file}${'n'.repeat(8 * 1024 * 1024 - file.length - 1)}`, commit: false, cookie });
    expect(under.status).toBe(200);
  }, 30_000);

  it('counts an import against the person’s write throttle', async () => {
    const { t, s, cookie } = await importer({ writeLimit: { burst: 1, perSecond: 0.01 } });
    const send = () => importCsv(t.app, { networkId: s.networkA, csv: file, commit: false, cookie });
    expect((await send()).status).toBe(200);
    const throttled = await send();
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(throttled.body.message).toMatch(/faster than Needle accepts/);
  });
});

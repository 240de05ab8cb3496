// Crash safety: the real server, 20 concurrent writers over HTTP, SIGKILL at a random moment,
// restart — 20 times. Every acknowledged write must be there after the crash; a write that was
// in flight is there whole or not at all; the file passes integrity_check.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { cycleFields } from '../helpers/cycles.ts';
import { TEST_PASSWORD } from '../helpers/db.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { scene } from '../helpers/scene.ts';
import { clientDir, HttpClient, rng, startServer, suiteSeed, tempDir, UNTHROTTLED, type RunningServer } from './server.ts';

const ROUNDS = 20;
const WRITERS = 20;
const seed = suiteSeed();
const random = rng(seed);
const dir = tempDir('crash');
const client = clientDir();
const dbPath = join(dir, 'needle.db');
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.kill9();
  rmSync(dir, { recursive: true, force: true });
  rmSync(client, { recursive: true, force: true });
});

type CycleWrite = { kind: 'cycle'; clientId: string; title: string };
/** One batch: the whole population and three groups for one period, all carrying the batch's note. */
type BatchWrite = { kind: 'batch'; period: string; note: string };
type Write = CycleWrite | BatchWrite;

it(`keeps every acknowledged write through ${ROUNDS} kill -9 crashes (seed ${seed})`, async () => {
  console.log(`crash safety: seed ${seed} (rerun with RELIABILITY_SEED=${seed})`);
  // The network, its people and its indicator, through the services, on the file the server will open.
  const setupDb = openDb(dbPath);
  const s = await scene(setupDb);
  const indicator = await withIndicator(s);
  const groupIds = indicator.dimensions[0]!.groups.map((g) => g.id!);
  setupDb.$client.close();

  const acked: Write[] = [];
  const unacked: Write[] = [];
  let batchSerial = 0;
  let cookie = '';
  const started = Date.now();

  for (let round = 0; round < ROUNDS; round++) {
    server = await startServer({ dbPath, clientDir: client, env: UNTHROTTLED });
    const http = new HttpClient(server.base);
    if (!cookie) {
      expect(await http.signIn(s.facilitator.email, TEST_PASSWORD)).toBe(200);
      cookie = http.cookie;
    }
    http.cookie = cookie; // the session lives in the database: it survives the crash

    let killed = false;
    const ackedBefore = acked.length;
    // The kill comes at a random moment after the round's first acknowledged write: on a busy
    // machine the first requests after a start can take longer than the whole random delay.
    let firstAck: () => void = () => {};
    const acknowledged = new Promise<void>((resolve) => (firstAck = resolve));
    const writer = async (w: number) => {
      while (!killed) {
        const pick = random();
        let write: Write;
        let call: Promise<{ status: number }>;
        if (pick < 0.4) {
          const clientId = randomUUID();
          const title = `r${round} w${w} quick ${clientId.slice(0, 8)}`;
          write = { kind: 'cycle', clientId, title };
          call = http.mutation('cycle.quickLog', {
            networkId: s.networkA,
            clientId,
            title,
            changeIdeaId: null,
            meetingId: null,
            whatWeTried: 'Handed out calendars at pickup',
            whatWeLearned: `Families asked for Spanish ${clientId}`,
            decision: 'adapt',
          });
        } else if (pick < 0.7) {
          const clientId = randomUUID();
          const title = `r${round} w${w} cycle ${clientId.slice(0, 8)}`;
          write = { kind: 'cycle', clientId, title };
          call = http.mutation('cycle.create', {
            networkId: s.networkA,
            clientId,
            rampId: null,
            ...cycleFields(s.facilitator.id, { title, objective: `Objective ${clientId}`, learning: 'Learning '.repeat(50) }),
          });
        } else {
          const n = batchSerial++;
          const period = `${1900 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
          const note = `batch ${n}`;
          write = { kind: 'batch', period, note };
          call = http.mutation('indicator.saveMeasurements', {
            networkId: s.networkA,
            rows: [null, ...groupIds].map((groupId, i) => ({ period, groupId, value: null, numerator: 40 + i, denominator: 90, note })),
          });
        }
        try {
          const res = await call;
          if (res.status === 200) {
            acked.push(write);
            firstAck();
          }
          else if (!killed) throw new Error(`a write failed with ${res.status} before the crash`);
          else unacked.push(write);
        } catch (e) {
          if (!killed) throw e;
          unacked.push(write); // the connection died with the server: never acknowledged
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    await Promise.race([acknowledged, Promise.all(writers)]); // a writer's failure ends the wait too
    await new Promise((r) => setTimeout(r, 100 + Math.floor(random() * 1000)));
    killed = true;
    await server.kill9();
    await Promise.all(writers);
    server = undefined;
    expect(acked.length - ackedBefore, `writes acknowledged in round ${round} before the kill`).toBeGreaterThan(0);
    verify(dbPath, acked, unacked);
  }

  // After the last crash the server starts and serves what was written.
  server = await startServer({ dbPath, clientDir: client, env: UNTHROTTLED });
  const http = new HttpClient(server.base);
  http.cookie = cookie;
  const list = await http.query('cycle.list', { networkId: s.networkA });
  expect(list.status).toBe(200);
  await server.stop();
  server = undefined;

  const cycles = acked.filter((w) => w.kind === 'cycle').length;
  console.log(
    `crash safety: ${ROUNDS} rounds, ${acked.length} acknowledged writes (${cycles} cycles, ${acked.length - cycles} measurement batches), ` +
      `${unacked.length} in flight at a kill, all verified, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});

function verify(path: string, acked: Write[], unacked: Write[]) {
  const db = new Database(path); // the first connection after the crash recovers the WAL
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const cycleBy = db.prepare<[string], { id: number; title: string }>('SELECT id, title FROM pdsa_cycle WHERE client_id = ?');
    const searchRow = db.prepare<[number], { title: string }>('SELECT title FROM cycle_search WHERE rowid = ?');
    const auditFor = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM audit_log WHERE entity_type = 'pdsa_cycle' AND entity_id = ?");
    const batchRows = db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM measurement WHERE period = ? AND note = ?');

    const check = (w: Write, mustExist: boolean) => {
      if (w.kind === 'cycle') {
        const row = cycleBy.get(w.clientId);
        if (mustExist) expect(row, `acknowledged cycle ${w.title}`).toBeDefined();
        if (!row) return;
        // whole: the row, its search entry and its audit entry, all from the one transaction
        expect(row.title).toBe(w.title);
        expect(searchRow.get(row.id)?.title, `search row of ${w.title}`).toBe(w.title);
        expect(auditFor.get(String(row.id))!.n, `audit row of ${w.title}`).toBe(1);
      } else {
        const n = batchRows.get(w.period, w.note)!.n;
        if (mustExist) expect(n, `acknowledged ${w.note}`).toBe(4);
        else expect([0, 4], `in-flight ${w.note}`).toContain(n);
      }
    };
    for (const w of acked) check(w, true);
    for (const w of unacked) check(w, false);
    // and nothing else is half there: every cycle has exactly its search row
    const counts = db.prepare('SELECT (SELECT count(*) FROM pdsa_cycle) AS cycles, (SELECT count(*) FROM cycle_search) AS search').get() as { cycles: number; search: number };
    expect(counts.search).toBe(counts.cycles);
    const orphans = db.prepare('SELECT count(*) AS n FROM pdsa_cycle c LEFT JOIN cycle_search s ON s.rowid = c.id WHERE s.rowid IS NULL OR s.title <> c.title').get() as { n: number };
    expect(orphans.n).toBe(0);
    const partial = db.prepare("SELECT count(*) AS n FROM (SELECT note FROM measurement WHERE note LIKE 'batch %' GROUP BY period, note HAVING count(*) <> 4)").get() as { n: number };
    expect(partial.n).toBe(0);
  } finally {
    db.close();
  }
}

// Backups: `npm run backup -- <file>` while writers keep writing over HTTP; the copy, restored into
// a fresh start, holds every row committed before the backup began, passes integrity_check, and
// the server serves it.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { TEST_PASSWORD } from '../helpers/db.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { scene } from '../helpers/scene.ts';
import { clientDir, HttpClient, startServer, tempDir, UNTHROTTLED, type RunningServer } from './server.ts';

const dir = tempDir('backup');
const client = clientDir();
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.kill9();
  rmSync(dir, { recursive: true, force: true });
  rmSync(client, { recursive: true, force: true });
});

it('takes a consistent online backup while writes continue, and restores it', async () => {
  const live = join(dir, 'live', 'needle.db');
  const setup = openDb(live);
  const s = await scene(setup);
  await withIndicator(s);
  setup.$client.close();

  const server = await startServer({ dbPath: live, clientDir: client, env: UNTHROTTLED });
  servers.push(server);
  const http = new HttpClient(server.base);
  expect(await http.signIn(s.facilitator.email, TEST_PASSWORD)).toBe(200);

  let stop = false;
  let acked = 0;
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const res = await http.mutation('cycle.quickLog', { networkId: s.networkA, clientId: randomUUID(), title: `w${w} #${i}`, changeIdeaId: null, meetingId: null, whatWeTried: 'x'.repeat(2000), whatWeLearned: 'y'.repeat(2000), decision: null });
      expect(res.status).toBe(200);
      acked++;
    }
  };
  const writers = Array.from({ length: 10 }, (_, w) => writer(w));
  await new Promise((r) => setTimeout(r, 1500));

  // What is committed before the backup starts (read from the live file, as any reader may).
  const reader = new Database(live, { readonly: true });
  const before = {
    cycles: reader.prepare('SELECT client_id AS c FROM pdsa_cycle').all() as { c: string }[],
    maxAudit: (reader.prepare('SELECT max(id) AS n FROM audit_log').get() as { n: number }).n,
    users: (reader.prepare('SELECT count(*) AS n FROM user').get() as { n: number }).n,
  };
  reader.close();
  const ackedBefore = acked;
  const file = join(dir, 'backups', 'needle-backup.db'); // a folder that does not exist yet, as in the README
  const started = Date.now();
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'backup', '--', file], { env: { ...process.env, NEEDLE_DB_PATH: live } });
  const backupMs = Date.now() - started;
  expect(stdout).toMatch(/Backed up/);
  const ackedDuring = acked - ackedBefore;
  stop = true;
  await Promise.all(writers);
  await server.stop();

  // Restore: a fresh folder, the backup as the database, no -wal or -shm beside it.
  const restored = join(dir, 'restored', 'needle.db');
  openDb(restored).$client.close(); // makes the folder
  rmSync(restored, { force: true });
  rmSync(`${restored}-wal`, { force: true });
  rmSync(`${restored}-shm`, { force: true });
  copyFileSync(file, restored);
  const db = new Database(restored);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const present = new Set((db.prepare('SELECT client_id AS c FROM pdsa_cycle').all() as { c: string }[]).map((r) => r.c));
  expect(before.cycles.filter((r) => !present.has(r.c)), 'cycles committed before the backup, missing from it').toEqual([]);
  expect((db.prepare('SELECT count(*) AS n FROM audit_log WHERE id <= ?').get(before.maxAudit) as { n: number }).n).toBe(before.maxAudit);
  expect((db.prepare('SELECT count(*) AS n FROM user').get() as { n: number }).n).toBe(before.users);
  const fts = db.prepare('SELECT (SELECT count(*) FROM pdsa_cycle) AS a, (SELECT count(*) FROM cycle_search) AS b').get() as { a: number; b: number };
  expect(fts.b).toBe(fts.a);
  db.close();

  const again = await startServer({ dbPath: restored, clientDir: client });
  servers.push(again);
  const after = new HttpClient(again.base);
  after.cookie = http.cookie; // the session is in the backup too
  const list = await after.query('cycle.list', { networkId: s.networkA });
  expect(list.status).toBe(200);
  const fresh = new HttpClient(again.base);
  expect(await fresh.signIn(s.member.email, TEST_PASSWORD)).toBe(200);
  expect((await fresh.mutation('cycle.quickLog', { networkId: s.networkA, clientId: randomUUID(), title: 'After the restore', changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null })).status).toBe(200);
  await again.stop();
  console.log(`backup: ${before.cycles.length} cycles committed before the backup all restored; ${ackedDuring} writes acknowledged while it ran (${backupMs} ms incl. npm)`);
});

// The client's rows of the bench on their own: seeds a small partnership into a temporary
// database, starts the real server on the built client and prints the first script and the network
// home's LCP (loopback and phone, cold and repeat). Run `npm run build` first, then
// `node scripts/bench/client-run.ts [--quick] [--runs N] [--client <dir>]` (--client: another
// build to compare, dist/client by default); it stops the server and removes the folder at the
// end, and gives up after 10 minutes.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDb } from '../../server/db/client.ts';
import { startServer, tempDir, UNTHROTTLED, type RunningServer } from '../../tests/reliability/server.ts';
import { clientRows } from './client.ts';
import { PASSWORD, seedPartnership, type Scale } from './seed.ts';
import { printTable } from './table.ts';

const quick = process.argv.includes('--quick');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : quick ? 2 : 5;
// The bench's quick partnership; --quick seeds fewer cycles and years (the home page reads few of them).
const scale: Scale = quick ? { networks: 2, users: 120, cyclesPerNetwork: 300, years: 3, busiestExtraMembers: 30 } : { networks: 3, users: 300, cyclesPerNetwork: 2000, years: 10, busiestExtraMembers: 100 };
const DEADLINE_MS = 10 * 60_000;

const log = (line: string) => process.stderr.write(`client bench: ${line}\n`);
const clientArg = process.argv.indexOf('--client');
const clientDir = resolve(clientArg > 0 ? process.argv[clientArg + 1]! : 'dist/client');
if (!existsSync(join(clientDir, 'index.html'))) throw new Error('The client is not built: run `npm run build` first.');

const dir = tempDir('bench-client');
let server: RunningServer | undefined;
const timer = setTimeout(() => {
  log('gave up after 10 minutes');
  void server?.stop().finally(() => process.exit(1));
}, DEADLINE_MS);
try {
  const dbPath = join(dir, 'needle.db');
  const db = openDb(dbPath);
  log(`seeding ${scale.networks} networks, ${scale.users} people`);
  const seeded = await seedPartnership(db, scale, log);
  db.$client.close();
  server = await startServer({ dbPath, clientDir, env: { NODE_ENV: 'production', ...UNTHROTTLED } });
  log(`${runs} people visit /n/${seeded.busiest.slug} twice, on loopback and on a phone`);
  const { rows, notes } = await clientRows(server.base, clientDir, `/n/${seeded.busiest.slug}`, seeded.member.email, PASSWORD, runs);
  printTable(rows);
  console.log(notes);
} finally {
  clearTimeout(timer);
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

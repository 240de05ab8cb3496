// The backbone dashboard (`dashboard.networks`): its whole server work, timed in this process on
// the demo and on generated partnerships. Run: node scripts/bench/dashboard.ts [networks …]
import type { SessionUser } from '../../server/context.ts';
import { openDb, type Db } from '../../server/db/client.ts';
import { loadDemo } from '../../server/db/demo/load.ts';
import { wordsFor } from '../../server/i18n.ts';
import { partnershipNetworks } from '../../server/services/partnership-dashboard.ts';
import { seedPartnership } from './seed.ts';

const RUNS = 20;
const admin: SessionUser = { id: 'bench', name: 'Bench', email: 'bench@needle.test', isAdmin: true };

function time(label: string, db: Db) {
  const w = wordsFor('en');
  const rows = partnershipNetworks(db, admin, w).networks.length;
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    partnershipNetworks(db, admin, w);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: ${rows} rows, median ${ms[RUNS >> 1]!.toFixed(1)} ms, max ${ms.at(-1)!.toFixed(1)} ms over ${RUNS} calls`);
}

const demo = openDb(':memory:');
await loadDemo(demo);
time('demo', demo);

for (const networks of (process.argv.slice(2).length ? process.argv.slice(2) : ['50']).map(Number)) {
  const db = openDb(':memory:');
  const started = performance.now();
  await seedPartnership(db, { networks, users: Math.max(200, networks * 10), cyclesPerNetwork: 60, years: 3, busiestExtraMembers: 10 });
  console.log(`(seeded ${networks} networks in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  time(`${networks} generated networks`, db);
}

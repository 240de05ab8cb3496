// Seeds the bench's partnership into a new database file in a process of its own, so the process
// that then generates load starts small: seeding 100,000 cycles leaves a heap of hundreds of MB,
// and a load generator collecting that garbage on a shared core measured the full partnership at
// half the quick one's throughput (docs/benchmarks.md). Prints what it seeded as JSON on stdout.
//   node scripts/bench/seed-run.ts <database file> [--quick]
import { openDb } from '../../server/db/client.ts';
import { FULL, QUICK, seedPartnership } from './seed.ts';

const [path] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!path) throw new Error('usage: seed-run.ts <database file> [--quick]');
const db = openDb(path);
const seeded = await seedPartnership(db, process.argv.includes('--quick') ? QUICK : FULL, (line) => process.stderr.write(`bench: ${line}\n`));
db.$client.close();
process.stdout.write(JSON.stringify(seeded));

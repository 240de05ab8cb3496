// `npm run backup -- <file>`: a consistent online copy of the database while Needle keeps running
// (SQLite's backup API copies page by page and restarts if a write lands mid-copy).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../server/config.ts';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run backup -- <backup-file.db>');
  process.exit(2);
}
const { dbPath } = loadConfig();
if (!existsSync(dbPath)) {
  console.error(`There is no database at ${dbPath} (set NEEDLE_DB_PATH).`);
  process.exit(1);
}
if (existsSync(target)) {
  console.error(`${target} already exists; choose a new file name.`);
  process.exit(1);
}
// The README's example writes into backups/: make the folder rather than fail on a fresh clone.
mkdirSync(dirname(resolve(target)), { recursive: true });
const db = new Database(dbPath, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
let lastShown = -1;
await db.backup(target, {
  progress({ totalPages, remainingPages }) {
    const pct = totalPages ? Math.floor(((totalPages - remainingPages) / totalPages) * 100) : 100;
    if (pct >= lastShown + 10) {
      process.stdout.write(`\rBacking up… ${pct}%`);
      lastShown = pct;
    }
    return 200; // pages per step: keeps each step short so the server's writes are not held up
  },
});
db.close();
console.log(`\rBacked up ${dbPath} to ${resolve(target)}`);

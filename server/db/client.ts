import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { DatabaseNotWritable, probeWrites } from './health.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/**
 * drizzle prepares every query afresh, and each better-sqlite3 statement holds native memory
 * until a garbage collection and a later turn of the event loop free it: under load the server's
 * memory climbed by hundreds of MB, and the SQL was parsed again on every call. Statements are
 * reused by their SQL text instead (the same text is the same query shape; values are bound at
 * each run). Bounded, least recently used first out, for texts that vary (IN lists, batches).
 */
function reuseStatements(sqlite: Database.Database, max = 2000): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source);
      // drizzle turns raw mode on for the queries it maps itself; whoever comes next expects objects.
      if (stmt.reader) stmt.raw(false);
    } else {
      stmt = prepare(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, stmt);
    return stmt;
  }) as typeof sqlite.prepare;
}

/**
 * Opens (creating if needed) and migrates the database. WAL with synchronous=FULL: no
 * acknowledged write is lost, even on power loss (the server trades that for a group commit:
 * group-commit.ts). ':memory:' gives a private database (tests).
 * Throws DatabaseNotWritable when the file can be read but not written.
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  reuseStatements(sqlite);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // SQLite's page cache (per connection, in KiB when negative): a network's hot pages stay in the
  // server's memory rather than being read again from the system's file cache. It fills as pages
  // are read and written and stops at this bound: the server's memory rises by up to about 16 MB
  // as it is used (half an hour at 10 writes a second) and then levels (docs/benchmarks.md, "The soak").
  // better-sqlite3's build has the same default; set here so the bound is the project's.
  sqlite.pragma('cache_size = -16000');
  const health = probeWrites(sqlite);
  if (!health.writable) {
    sqlite.close();
    throw new DatabaseNotWritable(path, health.reason);
  }
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

import type Database from 'better-sqlite3';

export type DbHealth = { writable: true } | { writable: false; reason: string };

/**
 * Whether the database accepts writes, found by making one and rolling it back. SQLite opens a
 * file it may only read without complaint and answers reads, so a server on a read-only file (a
 * read-only mount, a full disk, a file the service's user cannot write) looked healthy until the
 * first sign-in failed. Nothing reaches the file: a rolled-back transaction writes no page.
 */
export function probeWrites(sqlite: Database.Database): DbHealth {
  // Never wait for the write lock: better-sqlite3 waits synchronously, and a health check that
  // queued behind a long write (a large import in its worker) would hold up every request.
  // Someone else writing proves the file takes writes.
  const patience = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.transaction(() => {
      // exec, not prepare: the statement cache in client.ts need not keep a probe.
      sqlite.exec('create table needle_write_probe (x)');
      throw new RolledBack();
    })();
    return { writable: true };
  } catch (err) {
    if (err instanceof RolledBack || isBusy(err)) return { writable: true };
    return { writable: false, reason: err instanceof Error ? err.message : String(err) };
  } finally {
    sqlite.pragma(`busy_timeout = ${patience}`);
  }
}

const isBusy = (err: unknown) => typeof err === 'object' && err !== null && /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown }).code));

class RolledBack extends Error {}

/** Start-up refuses a database it cannot write, naming the file and the reason. */
export class DatabaseNotWritable extends Error {
  constructor(path: string, reason: string) {
    super(`Needle cannot write to its database ${path}: ${reason}. Give the server's user write access to the file and its folder (SQLite also writes ${path}-wal and ${path}-shm beside it), or set NEEDLE_DB_PATH to a writable place.`);
    this.name = 'DatabaseNotWritable';
  }
}

import type { Db } from './client.ts';

/**
 * A query on a hot path, built by drizzle once per database instead of on every call (building
 * it cost as much as running it). `build` returns a drizzle prepared query with placeholders.
 */
export function preparedFor<T>(build: (db: Db) => T): (db: Db) => T {
  const byDb = new WeakMap<Db, T>();
  return (db) => {
    let query = byDb.get(db);
    if (!query) byDb.set(db, (query = build(db)));
    return query;
  };
}

import type { Db } from './db/client.ts';

export type SessionUser = { id: string; name: string; email: string; isAdmin: boolean };

export type Context = {
  db: Db;
  user: SessionUser | null;
  /** The session in use, so sign-out elsewhere can keep or end it. Null outside HTTP. */
  sessionId: string | null;
};

/** The context without HTTP: what tests hand to createCaller. */
export function createContextInner(opts: { db: Db; user?: SessionUser | null; sessionId?: string | null }): Context {
  return { db: opts.db, user: opts.user ?? null, sessionId: opts.sessionId ?? null };
}

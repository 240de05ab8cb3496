import type { Db } from './db/client.ts';
import type { WriteLimiter } from './write-limit.ts';

/** `language` is the person's own choice; null (or absent, in tests) follows their browser. */
export type SessionUser = { id: string; name: string; email: string; isAdmin: boolean; partnershipStaff?: boolean; language?: string | null };

export type Context = {
  db: Db;
  user: SessionUser | null;
  /** The session in use, so sign-out elsewhere can keep or end it. Null outside HTTP. */
  sessionId: string | null;
  /** Throttles each person's writes; none outside HTTP (tests through createCaller). */
  writeLimiter?: WriteLimiter | null;
  /** The address a request came from: it keys the throttle for writes made without signing in. */
  clientIp?: string | null;
  /** The language to answer in (server/i18n.ts requestLanguage); English outside HTTP. */
  lang: string;
  /** Whether Needle can send email (NEEDLE_SMTP_URL is set); off outside HTTP unless a test says. */
  mailOn: boolean;
};

/** The context without HTTP: what tests hand to createCaller. */
export function createContextInner(opts: { db: Db; user?: SessionUser | null; sessionId?: string | null; writeLimiter?: WriteLimiter | null; lang?: string; mailOn?: boolean }): Context {
  return {
    db: opts.db,
    user: opts.user ?? null,
    sessionId: opts.sessionId ?? null,
    writeLimiter: opts.writeLimiter ?? null,
    clientIp: null,
    lang: opts.lang ?? 'en',
    mailOn: opts.mailOn ?? false,
  };
}

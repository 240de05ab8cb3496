import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session, user } from '../../server/db/schema.ts';
import { makeUser, TEST_PASSWORD } from '../helpers/db.ts';
import { cookieFrom, signIn, testApp, trpcQuery, type TestApp } from '../helpers/http.ts';

// createContext reads sessions itself on the common path (server/auth/session-reader.ts); these
// hold it to what better-auth decides, over real HTTP.

const DAY = 86_400_000;

describe('who is signed in, for each API call', () => {
  let t: TestApp;
  let cookie: string;
  let email: string;
  beforeEach(async () => {
    t = await testApp();
    email = (await makeUser(t.db, { name: 'Ada' })).email;
    cookie = cookieFrom(await signIn(t.app, email, TEST_PASSWORD));
  });
  afterEach(() => t.close());

  const me = (headers: Record<string, string>) => trpcQuery(t.app, 'account.me', undefined, headers).then((r) => (r.data as { name: string } | null)?.name ?? null);
  const tokenRow = () => t.db.select().from(session).get()!;

  it('knows the person from a valid cookie, and nobody from a missing, altered or unknown one', async () => {
    expect(await me({ cookie })).toBe('Ada');
    expect(await me({})).toBeNull();
    const [cookieName, signed] = cookie.split('=') as [string, string];
    const [token, signature] = decodeURIComponent(signed).split('.') as [string, string];
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    expect(await me({ cookie: `${cookieName}=${encodeURIComponent(`${token}.${flipped}`)}` })).toBeNull();
    expect(await me({ cookie: `${cookieName}=${encodeURIComponent(`${token}x.${signature}`)}` })).toBeNull();
    expect(await me({ cookie: `${cookieName}=${encodeURIComponent(`${token}.${signature}junk`)}` })).toBeNull();
    expect(await me({ cookie: `${cookieName}=%E0%A4%A` })).toBeNull();
    expect(await me({ cookie: `other=1; ${cookie}` })).toBe('Ada');
    // Signed out elsewhere: the session row is gone, the cookie stops at once.
    t.db.delete(session).run();
    expect(await me({ cookie })).toBeNull();
  });

  it('stops a deactivated person and an expired session at once', async () => {
    t.db.update(session).set({ expiresAt: new Date(Date.now() - 1000) }).run();
    expect(await me({ cookie })).toBeNull();
    expect(t.db.select().from(session).all()).toHaveLength(0); // better-auth cleaned it up
    cookie = cookieFrom(await signIn(t.app, email, TEST_PASSWORD));
    t.db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.email, email)).run();
    expect(await me({ cookie })).toBeNull();
  });

  it('hands a session due for its daily extension to better-auth, which extends it', async () => {
    const week = tokenRow().expiresAt.getTime() - Date.now();
    t.db.update(session).set({ expiresAt: new Date(Date.now() + week - 2 * DAY) }).run();
    expect(await me({ cookie })).toBe('Ada');
    expect(tokenRow().expiresAt.getTime()).toBeGreaterThan(Date.now() + week - DAY);
  });
});

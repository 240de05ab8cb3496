import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { account, session, user } from '../../server/db/schema.ts';
import { makeUser, TEST_PASSWORD } from '../helpers/db.ts';
import { cookieFrom, ORIGIN, signIn, testApp, type TestApp } from '../helpers/http.ts';

let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

// Needle's client signs in and out through better-auth; names and passwords change through
// Needle's own procedures (validated, audited, rate-limited). Everything else better-auth offers
// is closed, so nobody can reach around those rules.
const CLOSED: [method: 'GET' | 'POST', path: string, body?: unknown][] = [
  ['POST', '/api/auth/update-user', { name: 'x'.repeat(1_000_000) }],
  ['POST', '/api/auth/update-user', { name: 'Maria Delgado (Lead)' }],
  ['POST', '/api/auth/update-user', { name: null }],
  ['POST', '/api/auth/update-user', { name: { first: 'Maria' } }],
  ['POST', '/api/auth/update-user', { image: 'https://evil.example/x.png' }],
  ['POST', '/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'password1', revokeOtherSessions: false }],
  ['POST', '/api/auth/verify-password', { password: TEST_PASSWORD }],
  ['POST', '/api/auth/set-password', { newPassword: 'password1' }],
  ['POST', '/api/auth/change-email', { newEmail: 'new@example.org' }],
  ['POST', '/api/auth/delete-user', {}],
  ['POST', '/api/auth/sign-up/email', { name: 'Eve', email: 'eve@example.org', password: 'amber-window-canyon-19' }],
  ['GET', '/api/auth/reset-password/sometoken?callbackURL=/'],
  ['POST', '/api/auth/revoke-sessions', {}],
  ['POST', '/api/auth/revoke-other-sessions', {}],
  ['GET', '/api/auth/list-sessions'],
  ['GET', '/api/auth/list-accounts'],
  ['GET', '/api/auth/get-session'],
  ['GET', '/api/auth/ok'],
  ['GET', '/api/auth/sign-in/email'],
  ['GET', '/api/auth/sign-out'],
];

describe('better-auth endpoints Needle does not use', () => {
  it('answer 404 with a message, change nothing, and are the same for anyone', async () => {
    const t = (current = await testApp());
    const person = await makeUser(t.db, { name: 'Maria Delgado' });
    const cookie = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    const before = { user: t.db.select().from(user).all(), account: t.db.select().from(account).all(), sessions: t.db.select().from(session).all().length };
    for (const [method, url, body] of CLOSED) {
      const res = await t.app.inject({
        method,
        url,
        headers: { cookie, origin: ORIGIN, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json(), `${method} ${url}`).toEqual({ error: { message: 'Not found' } });
    }
    expect(t.db.select().from(user).all()).toEqual(before.user);
    expect(t.db.select().from(account).all()).toEqual(before.account);
    expect(t.db.select().from(session).all()).toHaveLength(before.sessions);
    expect(t.db.select().from(user).where(eq(user.id, person.id)).get()?.name).toBe('Maria Delgado');
  });

  it('still signs in and out', async () => {
    const t = (current = await testApp());
    const person = await makeUser(t.db);
    const res = await signIn(t.app, person.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: cookieFrom(res), origin: ORIGIN, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(out.statusCode).toBe(200);
    expect(t.db.select().from(session).all()).toEqual([]);
  });
});

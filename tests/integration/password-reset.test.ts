// Forgotten passwords over real HTTP: better-auth's reset flow behind Needle's proxy, the outbox
// row the mail worker sends, the throttle, and the one-time link an administrator makes.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { RESET_ACCOUNT_LIMIT, RESET_IP_LIMIT } from '../../server/auth/sign-in-throttle.ts';
import { mailOutbox, session, verification } from '../../server/db/schema.ts';
import { auditRows, makeUser, TEST_PASSWORD } from '../helpers/db.ts';
import { cookieFrom, ORIGIN, signIn, testApp, trpcMutation, type TestApp } from '../helpers/http.ts';

const NEW_PASSWORD = 'copper-meadow-kettle-42';

let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function start(opts: { mail?: boolean } = {}) {
  current = await testApp(opts);
  return current;
}

function post(t: TestApp, url: string, body: unknown, remoteAddress = '10.0.0.1') {
  return t.app.inject({ method: 'POST', url, headers: { origin: ORIGIN, 'content-type': 'application/json' }, payload: JSON.stringify(body), remoteAddress });
}
const requestReset = (t: TestApp, email: string, ip?: string) => post(t, '/api/auth/request-password-reset', { email }, ip);
const resetPassword = (t: TestApp, token: string, newPassword = NEW_PASSWORD) => post(t, '/api/auth/reset-password', { token, newPassword });

/** The token in the link of the one reset email in the outbox. */
function emailedToken(t: TestApp): string {
  const rows = t.db.select().from(mailOutbox).all();
  expect(rows).toHaveLength(1);
  const payload = rows[0]!.payload;
  if (payload.kind !== 'password_reset') throw new Error(`not a reset email: ${payload.kind}`);
  const url = new URL(payload.url);
  expect(`${url.origin}${url.pathname}`).toBe(`${ORIGIN}/reset-password`);
  return url.searchParams.get('token')!;
}

describe('asking for a reset link', () => {
  it('answers the same for an address with an account and one without; only the account gets an email', async () => {
    const t = await start({ mail: true });
    const person = await makeUser(t.db, { email: 'rosa@example.org' });
    const known = await requestReset(t, 'Rosa@Example.org');
    const unknown = await requestReset(t, 'nobody@example.org');
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(known.body).toBe(unknown.body);
    const [mail] = t.db.select().from(mailOutbox).all();
    expect(mail).toMatchObject({ to: 'rosa@example.org', userId: person.id, kind: 'password_reset', status: 'pending' });
    expect(emailedToken(t)).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(auditRows(t.db)).toMatchObject([{ actorId: person.id, action: 'user.requestReset', entityType: 'user', entityId: person.id }]);
  });

  it('takes about as long for an unknown address as for a known one', async () => {
    const t = await start({ mail: true });
    await makeUser(t.db, { email: 'rosa@example.org' });
    const time = async (email: string, ip: string) => {
      const started = performance.now();
      await requestReset(t, email, ip);
      return performance.now() - started;
    };
    const known = await time('rosa@example.org', '10.0.0.2');
    const unknown = await time('nobody@example.org', '10.0.0.3');
    expect(unknown).toBeGreaterThanOrEqual(240);
    expect(Math.abs(known - unknown)).toBeLessThan(150);
  });

  it('sends nothing to a deactivated account, and says the same', async () => {
    const t = await start({ mail: true });
    await makeUser(t.db, { email: 'gone@example.org', deactivated: true });
    const res = await requestReset(t, 'gone@example.org');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual((await requestReset(t, 'nobody@example.org')).json());
    expect(t.db.select().from(mailOutbox).all()).toEqual([]);
    expect(auditRows(t.db)).toEqual([]);
  });

  it('makes no token and queues nothing while email is off', async () => {
    const t = await start();
    await makeUser(t.db, { email: 'rosa@example.org' });
    const res = await requestReset(t, 'rosa@example.org');
    expect(res.statusCode).toBe(200);
    expect(t.db.select().from(mailOutbox).all()).toEqual([]);
    expect(t.db.select().from(verification).all()).toEqual([]);
  });

  it('refuses a malformed address with a 400, not a 500', async () => {
    const t = await start({ mail: true });
    for (const email of ['', 'not-an-email', 'x'.repeat(300)]) {
      const res = await requestReset(t, email);
      expect(res.statusCode, email).toBe(400);
      expect(res.json()).toMatchObject({ code: 'INVALID_EMAIL' });
    }
    expect((await post(t, '/api/auth/request-password-reset', { email: 42 })).statusCode).toBe(400);
  });

  it('is throttled per address and per client address, known or not', async () => {
    const t = await start({ mail: true });
    await makeUser(t.db, { email: 'rosa@example.org' });
    for (let i = 0; i < RESET_ACCOUNT_LIMIT; i++) expect((await requestReset(t, 'rosa@example.org', `10.1.0.${i}`)).statusCode).toBe(200);
    const blocked = await requestReset(t, 'ROSA@example.org', '10.1.9.9');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('900');
    expect(t.db.select().from(mailOutbox).all()).toHaveLength(RESET_ACCOUNT_LIMIT);
    for (let i = 0; i < RESET_ACCOUNT_LIMIT; i++) await requestReset(t, 'nobody@example.org', `10.2.0.${i}`);
    expect((await requestReset(t, 'nobody@example.org', '10.2.9.9')).statusCode).toBe(429);

    for (let i = 0; i < RESET_IP_LIMIT; i++) expect((await requestReset(t, `p${i}@example.org`, '10.3.0.1')).statusCode).toBe(200);
    expect((await requestReset(t, 'fresh@example.org', '10.3.0.1')).statusCode).toBe(429);
    expect((await requestReset(t, 'fresh@example.org', '10.3.0.2')).statusCode).toBe(200);
  }, 30_000);
});

describe('resetting with the emailed link', () => {
  it('sets the new password once, ends every session, and a second use is refused', async () => {
    const t = await start({ mail: true });
    const person = await makeUser(t.db, { email: 'rosa@example.org' });
    const phone = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    await signIn(t.app, person.email, TEST_PASSWORD);
    expect(t.db.select().from(session).where(eq(session.userId, person.id)).all()).toHaveLength(2);
    await requestReset(t, person.email);
    const token = emailedToken(t);

    const done = await resetPassword(t, token);
    expect(done.statusCode).toBe(200);
    expect(t.db.select().from(session).where(eq(session.userId, person.id)).all()).toEqual([]);
    expect((await trpcMutation(t.app, 'account.updateName', { name: 'Rosa' }, { cookie: phone })).status).toBe(401);
    expect((await signIn(t.app, person.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(t.app, person.email, NEW_PASSWORD)).statusCode).toBe(200);

    const again = await resetPassword(t, token, 'another-fine-password-77');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'INVALID_TOKEN' });
    expect(auditRows(t.db).map((r) => r.action)).toEqual(['user.requestReset', 'user.resetPassword']);
  });

  it('refuses an expired link', async () => {
    const t = await start({ mail: true });
    const person = await makeUser(t.db, { email: 'rosa@example.org' });
    await requestReset(t, person.email);
    const token = emailedToken(t);
    t.db.update(verification).set({ expiresAt: new Date(Date.now() - 1000) }).run();
    const res = await resetPassword(t, token);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'INVALID_TOKEN' });
    expect((await signIn(t.app, person.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('lets one link end the others: an older email no longer works after a reset', async () => {
    const t = await start({ mail: true });
    const person = await makeUser(t.db, { email: 'rosa@example.org' });
    await requestReset(t, person.email, '10.0.0.5');
    const first = emailedToken(t);
    t.db.delete(mailOutbox).run();
    await requestReset(t, person.email, '10.0.0.6');
    const second = emailedToken(t);
    expect((await resetPassword(t, second)).statusCode).toBe(200);
    expect((await resetPassword(t, first, 'another-fine-password-77')).statusCode).toBe(400);
  });

  it('stops working once the person changes their password while signed in', async () => {
    const t = await start({ mail: true });
    const person = await makeUser(t.db, { email: 'rosa@example.org' });
    await requestReset(t, person.email);
    const token = emailedToken(t);
    const cookie = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    expect((await trpcMutation(t.app, 'account.changePassword', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, { cookie })).status).toBe(200);
    expect((await resetPassword(t, token, 'another-fine-password-77')).json()).toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('holds the new password to the sign-up rule, and refuses a deactivated account', async () => {
    const t = await start({ mail: true });
    const person = await makeUser(t.db, { email: 'rosa@example.org' });
    await requestReset(t, person.email);
    const token = emailedToken(t);
    expect((await resetPassword(t, token, 'short')).json()).toMatchObject({ code: 'PASSWORD_INVALID' });
    expect((await resetPassword(t, token, 'password123')).json()).toMatchObject({ code: 'PASSWORD_TOO_COMMON' });
    expect((await post(t, '/api/auth/reset-password', { token, newPassword: 42 })).statusCode).toBe(400);
    const admin = await makeUser(t.db, { isAdmin: true });
    const adminCookie = cookieFrom(await signIn(t.app, admin.email, TEST_PASSWORD));
    expect((await trpcMutation(t.app, 'admin.deactivateUser', { userId: person.id }, { cookie: adminCookie })).status).toBe(200);
    const res = await resetPassword(t, token);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'ACCOUNT_DEACTIVATED' });
  });
});

describe('a reset link from an administrator', () => {
  it('works with email off, once, and is audited', async () => {
    const t = await start();
    const admin = await makeUser(t.db, { isAdmin: true });
    const person = await makeUser(t.db, { email: 'rosa@example.org' });
    const memberCookie = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    const adminCookie = cookieFrom(await signIn(t.app, admin.email, TEST_PASSWORD));
    const made = await trpcMutation(t.app, 'admin.resetLink', { userId: person.id }, { cookie: adminCookie });
    expect(made.status).toBe(200);
    const { token, expiresAt } = made.data as { token: string; expiresAt: Date };
    expect(token).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(Math.abs(new Date(expiresAt).getTime() - Date.now() - 3_600_000)).toBeLessThan(60_000);

    expect((await resetPassword(t, token)).statusCode).toBe(200);
    expect((await trpcMutation(t.app, 'account.updateName', { name: 'Rosa' }, { cookie: memberCookie })).status).toBe(401);
    expect((await signIn(t.app, person.email, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await resetPassword(t, token, 'another-fine-password-77')).statusCode).toBe(400);
    expect(auditRows(t.db).map((r) => [r.action, r.actorId, r.entityId])).toEqual([
      ['user.resetLink', admin.id, person.id],
      ['user.resetPassword', person.id, person.id],
    ]);
    expect(t.db.select().from(mailOutbox).all()).toEqual([]);
  });

  it('is for site administrators only, and not for a deactivated account', async () => {
    const t = await start();
    const admin = await makeUser(t.db, { isAdmin: true });
    const person = await makeUser(t.db);
    const gone = await makeUser(t.db, { deactivated: true });
    const personCookie = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    const adminCookie = cookieFrom(await signIn(t.app, admin.email, TEST_PASSWORD));
    expect((await trpcMutation(t.app, 'admin.resetLink', { userId: admin.id }, { cookie: personCookie })).status).toBe(403);
    const refused = await trpcMutation(t.app, 'admin.resetLink', { userId: gone.id }, { cookie: adminCookie });
    expect(refused.status).toBe(403);
    expect(t.db.select().from(verification).all()).toEqual([]);
  });
});

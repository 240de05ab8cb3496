import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT_FAILURE_LIMIT } from '../../server/auth/sign-in-throttle.ts';
import { session, user } from '../../server/db/schema.ts';
import { auditRows, makeUser, TEST_PASSWORD, testDb } from '../helpers/db.ts';
import { cookieFrom, signIn, testApp, trpcMutation, trpcQuery, type TestApp } from '../helpers/http.ts';
import { callerFor, failure, said } from '../helpers/trpc.ts';

const NEW_PASSWORD = 'copper-meadow-kettle-42';

let current: TestApp | undefined;
async function start() {
  current = await testApp();
  return current;
}
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const nameOf = (t: { db: TestApp['db'] }, id: string) => t.db.select({ name: user.name }).from(user).where(eq(user.id, id)).get()?.name;

describe('account.updateName', () => {
  it('trims the name, saves it and records the change in the audit log', async () => {
    const db = testDb();
    const person = await makeUser(db, { name: 'Maria Delgado' });
    await callerFor(db, person).account.updateName({ name: '  Maria   Delgado-Ruiz ' });
    expect(nameOf({ db }, person.id)).toBe('Maria Delgado-Ruiz');
    expect(auditRows(db)).toMatchObject([
      { actorId: person.id, action: 'user.rename', entityType: 'user', entityId: person.id, detail: { from: 'Maria Delgado', to: 'Maria Delgado-Ruiz' } },
    ]);
  });

  it('writes nothing when the name did not change', async () => {
    const db = testDb();
    const person = await makeUser(db, { name: 'Maria Delgado' });
    await callerFor(db, person).account.updateName({ name: 'Maria Delgado ' });
    expect(auditRows(db)).toEqual([]);
  });

  it.each([
    ['empty', '', 'Enter a name'],
    ['blank', '    ', 'Enter a name'],
    ['101 characters', 'x'.repeat(101), 'Keep the name under 100 characters'],
    ['a million characters', 'x'.repeat(1_000_000), 'Keep the name under 100 characters'],
    ['Maria Delgado (Lead)', 'Maria Delgado (Lead)', 'Leave your role out of your name'],
    ['Maria Delgado [site admin]', 'Maria Delgado [site admin]', 'Leave your role out of your name'],
    ['Maria Delgado - Facilitator', 'Maria Delgado - Facilitator', 'Leave your role out of your name'],
    ['Maria Delgado, Administrator', 'Maria Delgado, Administrator', 'Leave your role out of your name'],
  ])('refuses a name: %s, with a message on the name, changing nothing', async (_label, name, message) => {
    const db = testDb();
    const person = await makeUser(db, { name: 'Maria Delgado' });
    const error = await failure(callerFor(db, person).account.updateName({ name }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(said(error)).toContain(message);
    expect(nameOf({ db }, person.id)).toBe('Maria Delgado');
    expect(auditRows(db)).toEqual([]);
  });

  it('keeps names that merely contain a role word or a bracketed note', async () => {
    const db = testDb();
    const person = await makeUser(db);
    for (const name of ['Lee Lead', 'Ana Member-Smith', 'Sam Okafor (backbone data)', 'José (Pepe) Núñez']) {
      await callerFor(db, person).account.updateName({ name });
      expect(nameOf({ db }, person.id)).toBe(name);
    }
  });

  it('refuses a name that is not text with a 400 over HTTP, never a 500', async () => {
    const t = await start();
    const person = await makeUser(t.db, { name: 'Maria Delgado' });
    const cookie = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    for (const name of [null, { first: 'Maria' }, ['Maria'], 42, 'x'.repeat(1_000_000)]) {
      const res = await trpcMutation(t.app, 'account.updateName', { name }, { cookie });
      expect(res.status, JSON.stringify(name)?.slice(0, 40)).toBe(400);
      expect(res.error?.message).toBe('Some fields need attention');
    }
    expect(nameOf(t, person.id)).toBe('Maria Delgado');
  });
});

describe('account.changePassword', () => {
  it('changes the password: the new one signs in, the old one no longer does, and the change is audited', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    const cookie = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    const res = await trpcMutation(t.app, 'account.changePassword', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, { cookie });
    expect(res.status).toBe(200);
    expect((await signIn(t.app, person.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(t.app, person.email, NEW_PASSWORD)).statusCode).toBe(200);
    expect(auditRows(t.db)).toMatchObject([{ actorId: person.id, action: 'user.changePassword', entityType: 'user', entityId: person.id, detail: null }]);
    expect(JSON.stringify(auditRows(t.db))).not.toContain(NEW_PASSWORD);
  });

  it('ends the person’s other sessions and keeps the one that made the change', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    const other = await makeUser(t.db);
    const phone = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    const laptop = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    const colleague = cookieFrom(await signIn(t.app, other.email, TEST_PASSWORD));
    expect((await trpcMutation(t.app, 'account.changePassword', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, { cookie: laptop })).status).toBe(200);
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie: laptop })).data).toMatchObject({ id: person.id });
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie: phone })).data).toBeNull();
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie: colleague })).data).toMatchObject({ id: other.id });
    expect(t.db.select().from(session).where(eq(session.userId, person.id)).all()).toHaveLength(1);
  });

  it('applies the sign-up strength rule: a common password is refused on the new-password field', async () => {
    const db = testDb();
    const person = await makeUser(db);
    for (const newPassword of ['password1', 'Password1', 'iloveyou']) {
      const error = await failure(callerFor(db, person).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toBe('This password is too common. Choose one that is harder to guess.');
    }
    const short = await failure(callerFor(db, person).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'short' }));
    expect(short.code).toBe('BAD_REQUEST');
    expect(auditRows(db)).toEqual([]);
  });

  it('refuses a wrong current password on that field and keeps the old password', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    const cookie = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    const res = await trpcMutation(t.app, 'account.changePassword', { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD }, { cookie });
    expect(res.status).toBe(400);
    const data = (res.error as unknown as { data: { fieldErrors: Record<string, string[]> } }).data;
    expect(data.fieldErrors).toEqual({ currentPassword: ['That is not your current password.'] });
    expect((await signIn(t.app, person.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect(auditRows(t.db)).toEqual([]);
  });

  it('refuses the same password again', async () => {
    const db = testDb();
    const person = await makeUser(db);
    const error = await failure(callerFor(db, person).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/different from your current one/);
  });

  it('is limited per account like sign-in: after 10 wrong current passwords even the right one is refused, and sign-in too', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    const colleague = await makeUser(t.db);
    const caller = callerFor(t.db, person);
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      expect((await failure(caller.account.changePassword({ currentPassword: `guess-${i}-guess`, newPassword: NEW_PASSWORD }))).code).toBe('BAD_REQUEST');
    }
    const blocked = await failure(caller.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.message).toMatch(/Wait 15 minutes/);
    expect((await signIn(t.app, person.email, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await signIn(t.app, colleague.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts failed sign-ins against password changes too', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) expect((await signIn(t.app, person.email, `guess-${i}-guess`)).statusCode).toBe(401);
    const blocked = await failure(callerFor(t.db, person).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('account.setLanguage', () => {
  it('keeps the language a person chose, and null to follow the browser again', async () => {
    const db = testDb();
    const person = await makeUser(db);
    await callerFor(db, person).account.setLanguage({ language: 'es' });
    expect(db.select({ language: user.language }).from(user).where(eq(user.id, person.id)).get()).toEqual({ language: 'es' });
    await callerFor(db, person).account.setLanguage({ language: null });
    expect(db.select({ language: user.language }).from(user).where(eq(user.id, person.id)).get()).toEqual({ language: null });
  });

  it('refuses a language Needle has no catalogues for, and changes nothing', async () => {
    const db = testDb();
    const person = await makeUser(db);
    const error = await failure(callerFor(db, person).account.setLanguage({ language: 'fr' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('Needle does not speak that language yet.');
    expect(db.select({ language: user.language }).from(user).where(eq(user.id, person.id)).get()).toEqual({ language: null });
  });
});

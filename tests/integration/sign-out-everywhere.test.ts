import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { session } from '../../server/db/schema.ts';
import { auditRows, makeUser, TEST_PASSWORD } from '../helpers/db.ts';
import { cookieFrom, signIn, testApp, trpcMutation, trpcQuery, type TestApp } from '../helpers/http.ts';

let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

describe('account.signOutEverywhere', () => {
  it('ends every session of the person, this one too, leaves others signed in, and is audited', async () => {
    const t = (current = await testApp());
    const person = await makeUser(t.db);
    const other = await makeUser(t.db);
    const laptop = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    const phone = cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
    const someoneElse = cookieFrom(await signIn(t.app, other.email, TEST_PASSWORD));

    expect((await trpcMutation(t.app, 'account.signOutEverywhere', undefined, { cookie: laptop })).status).toBe(200);
    expect(t.db.select().from(session).where(eq(session.userId, person.id)).all()).toEqual([]);
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie: laptop })).data).toBeNull();
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie: phone })).data).toBeNull();
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie: someoneElse })).data).toMatchObject({ id: other.id });
    expect(auditRows(t.db)).toMatchObject([{ actorId: person.id, action: 'user.signOutEverywhere', entityId: person.id, detail: { sessions: 2 } }]);
    // Signing in again works.
    expect((await signIn(t.app, person.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('needs someone signed in', async () => {
    const t = (current = await testApp());
    expect((await trpcMutation(t.app, 'account.signOutEverywhere', undefined)).status).toBe(401);
  });
});

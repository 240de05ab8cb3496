import { afterEach, describe, expect, it } from 'vitest';
import { IP_FAILURE_LIMIT, recordSignInFailure } from '../../server/auth/sign-in-throttle.ts';
import { signInFailure } from '../../server/db/schema.ts';
import { makeUser } from '../helpers/db.ts';
import { signIn, testApp, type TestApp } from '../helpers/http.ts';

// Behind a proxy, the client's real address is the one the proxy appended to X-Forwarded-For;
// anything before it was written by the client and may be forged.
const PROXY = '10.0.0.2';
const REAL = '203.0.113.7';

let current: TestApp | undefined;
async function start(trustProxy: boolean | number) {
  current = await testApp({ trustProxy });
  return current;
}
afterEach(async () => {
  await current?.close();
  current = undefined;
});

function blockAddress(t: TestApp, ip: string) {
  for (let i = 0; i < IP_FAILURE_LIMIT; i++) recordSignInFailure(t.db, `someone${i}@example.org`, ip);
}

describe('the sign-in limit per address behind a proxy', () => {
  it('keys on the address the proxy appended, not on a forged X-Forwarded-For entry', async () => {
    const t = await start(1);
    const person = await makeUser(t.db);
    blockAddress(t, REAL);
    const res = await signIn(t.app, person.email, 'wrong-guess', {
      remoteAddress: PROXY,
      headers: { 'x-forwarded-for': `1.2.3.4, ${REAL}` },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().message).toMatch(/from this network/);
  });

  it('records a failure under the appended address', async () => {
    const t = await start(1);
    const person = await makeUser(t.db);
    const res = await signIn(t.app, person.email, 'wrong-guess', {
      remoteAddress: PROXY,
      headers: { 'x-forwarded-for': `1.2.3.4, ${REAL}` },
    });
    expect(res.statusCode).toBe(401);
    const keys = t.db.select({ key: signInFailure.key }).from(signInFailure).all().map((r) => r.key);
    expect(keys).toContain(`ip:${REAL}`);
    expect(keys).not.toContain('ip:1.2.3.4');
  });

  it('trusts exactly the configured number of hops', async () => {
    const t = await start(2);
    const person = await makeUser(t.db);
    blockAddress(t, REAL);
    // client → (forged 1.2.3.4) → outer proxy appends REAL → inner proxy appends the outer one's address
    const res = await signIn(t.app, person.email, 'wrong-guess', {
      remoteAddress: PROXY,
      headers: { 'x-forwarded-for': `1.2.3.4, ${REAL}, 10.0.0.9` },
    });
    expect(res.statusCode).toBe(429);
  });

  it('ignores X-Forwarded-For without a trusted proxy', async () => {
    const t = await start(false);
    const person = await makeUser(t.db);
    blockAddress(t, REAL);
    const res = await signIn(t.app, person.email, 'wrong-guess', { remoteAddress: PROXY, headers: { 'x-forwarded-for': REAL } });
    expect(res.statusCode).toBe(401);
    blockAddress(t, PROXY);
    const direct = await signIn(t.app, person.email, 'wrong-guess', { remoteAddress: PROXY, headers: { 'x-forwarded-for': '1.2.3.4' } });
    expect(direct.statusCode).toBe(429);
  });
});

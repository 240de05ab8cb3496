import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { eq } from 'drizzle-orm';
import superjson from 'superjson';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/context.ts';
import { authSecret } from '../../server/auth/secret.ts';
import { openDb, type Db } from '../../server/db/client.ts';
import * as schema from '../../server/db/schema.ts';
import { partnerOrganization, pdsaCycle, session, user } from '../../server/db/schema.ts';
import { bootstrapAdmin } from '../../server/services/setup.ts';
import { makeUser, TEST_PASSWORD, testDb } from '../helpers/db.ts';
import { ASSET_JS, ASSET_PATH, BIG_ASSET_JS, BIG_ASSET_PATH, cookieFrom, INDEX_HTML, ORIGIN, PRECOMPRESSED_JS, PRECOMPRESSED_PATH, signIn, testApp, trpcMutation, trpcQuery, type TestApp } from '../helpers/http.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor } from '../helpers/trpc.ts';

let current: TestApp | undefined;
async function start(opts: Parameters<typeof testApp>[0] = {}) {
  current = await testApp(opts);
  return current;
}
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function signedIn(t: TestApp, person: SessionUser) {
  const res = await signIn(t.app, person.email, TEST_PASSWORD);
  expect(res.statusCode).toBe(200);
  return { cookie: cookieFrom(res) };
}

function cspOf(header: unknown): Map<string, string[]> {
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  it('sends a strict CSP and the other headers on pages and API responses', async () => {
    const t = await start();
    for (const res of [
      await t.app.inject({ method: 'GET', url: '/n/kindergarten-readiness', headers: { accept: 'text/html' } }),
      await t.app.inject({ method: 'GET', url: '/trpc/account.me' }),
      await t.app.inject({ method: 'GET', url: '/healthz' }),
    ]) {
      const csp = cspOf(res.headers['content-security-policy']);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
      expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS only for https requests, and trusts X-Forwarded-Proto only behind a trusted proxy', async () => {
    const proxied = await start({ trustProxy: true });
    const viaHttps = await proxied.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(viaHttps.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const viaHttp = await proxied.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'http' } });
    expect(viaHttp.headers['strict-transport-security']).toBeUndefined();
    await proxied.close();

    const direct = await start({ trustProxy: false });
    const spoofed = await direct.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('caching of API answers', () => {
  it('marks every API answer no-store, so no browser or proxy cache keeps people’s data; pages revalidate', async () => {
    const t = await start();
    const { cookie } = await signedIn(t, await makeUser(t.db));
    const answers = {
      query: (await trpcQuery(t.app, 'account.me', undefined, { cookie })).res,
      mutation: (await trpcMutation(t.app, 'organization.create', { name: 'Eastside Library', sector: 'education' }, { cookie })).res,
      session: await t.app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie } }),
      anonymous: await t.app.inject({ method: 'GET', url: '/trpc/account.me' }),
      unknown: await t.app.inject({ method: 'GET', url: '/trpc/network.nope', headers: { cookie } }),
    };
    for (const [what, res] of Object.entries(answers)) expect([what, res.headers['cache-control']]).toEqual([what, 'no-store']);
    expect(answers.query.statusCode).toBe(200);
    const page = await t.app.inject({ method: 'GET', url: '/n/some-network', headers: { cookie } });
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});

describe('compression of API answers', () => {
  it('sends small answers as they are and larger ones gzipped with their length, for the browsers that accept it', async () => {
    const t = await start();
    const s = await scene(t.db);
    const { cookie } = await signedIn(t, s.member);
    const caller = callerFor(t.db, s.member).cycle;
    for (let i = 0; i < 12; i++) {
      await caller.quickLog({ networkId: s.networkA, clientId: randomUUID(), title: `Reading buddies at the library, week ${i + 1}`, changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null });
    }
    const ask = (path: string) => t.app.inject({ method: 'GET', url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize({ networkId: s.networkA })))}`, headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } });
    const small = await ask('network.overview');
    expect([small.statusCode, small.headers['content-encoding'], Number(small.headers['content-length'])]).toEqual([200, undefined, small.rawPayload.length]);
    expect(small.rawPayload.length).toBeLessThan(1024);
    const large = await ask('cycle.list');
    expect([large.statusCode, large.headers['content-encoding'], Number(large.headers['content-length'])]).toEqual([200, 'gzip', large.rawPayload.length]);
    const body = gunzipSync(large.rawPayload).toString();
    expect(body.length).toBeGreaterThan(1024);
    expect(superjson.deserialize<{ total: number }>(JSON.parse(body).result.data).total).toBe(12);
    // The engine is kept between answers: the next one is whole on its own, and the same as sent plain.
    const again = await ask('cycle.list');
    const plain = await t.app.inject({ method: 'GET', url: large.raw.req.url!, headers: { cookie } });
    expect([again.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['gzip', undefined]);
    expect(gunzipSync(again.rawPayload).toString()).toBe(plain.body);
  });
});

describe('/healthz', () => {
  it('says the server is up and its database takes writes', async () => {
    const t = await start();
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect([res.statusCode, res.json()]).toEqual([200, { ok: true, database: 'writable' }]);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('does not wait behind a long write elsewhere (a large import in its worker): a busy writer proves the file is writable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'needle-health-'));
    const db = openDb(join(dir, 'needle.db'));
    const writer = new Database(join(dir, 'needle.db'));
    const t = await start({ db });
    try {
      writer.exec('begin immediate');
      const began = performance.now();
      const res = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect([res.statusCode, res.json()]).toEqual([200, { ok: true, database: 'writable' }]);
      expect(performance.now() - began).toBeLessThan(4000); // the busy timeout is 5 s
      expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      writer.exec('rollback');
      writer.close();
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 naming the reason when the database can be read but not written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'needle-health-'));
    const path = join(dir, 'needle.db');
    const setup = openDb(path);
    authSecret(setup, undefined); // the app reads its secret at start; it cannot write one here
    setup.$client.close();
    const readOnly = new Database(path, { readonly: true });
    const t = await start({ db: drizzle(readOnly, { schema }) as Db });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ ok: false, database: 'not writable', reason: expect.stringMatching(/readonly/) });
    } finally {
      readOnly.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CSRF guard', () => {
  const input = { name: 'Eastside Library', sector: 'community_family' };

  it('refuses mutations that are not JSON from a trusted origin, and writes nothing', async () => {
    const t = await start();
    const { cookie } = await signedIn(t, await makeUser(t.db));
    const attempts = [
      { 'content-type': 'multipart/form-data; boundary=x', origin: ORIGIN },
      { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      { 'content-type': 'text/plain', origin: ORIGIN },
      { 'content-type': 'application/json', origin: 'https://evil.example' },
      { 'content-type': 'application/json', origin: 'null' },
      { 'content-type': 'application/json', origin: `${ORIGIN}.evil.example` },
      { 'content-type': 'application/json' },
    ];
    for (const headers of attempts) {
      const res = await t.app.inject({ method: 'POST', url: '/trpc/organization.create', headers: { cookie, ...headers }, payload: JSON.stringify({ json: input }) });
      expect([403, 415], JSON.stringify(headers)).toContain(res.statusCode);
      expect(res.json().error.message).toMatch(/JSON|does not trust/);
    }
    expect(t.db.select().from(partnerOrganization).all()).toEqual([]);

    const ok = await trpcMutation(t.app, 'organization.create', input, { cookie });
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({ name: 'Eastside Library' });
    // the 127.0.0.1 alias of a localhost base URL is trusted too
    const alias = await trpcMutation(t.app, 'organization.create', { name: 'Westside Schools', sector: 'education' }, { cookie, origin: 'http://127.0.0.1:3000' });
    expect(alias.status).toBe(200);
    expect(t.db.select().from(partnerOrganization).all()).toHaveLength(2);
  });

  it('does not run mutations sent as GET (a link or an image on another site)', async () => {
    const t = await start();
    const { cookie } = await signedIn(t, await makeUser(t.db));
    const query = encodeURIComponent(JSON.stringify({ json: input }));
    const res = await t.app.inject({ method: 'GET', url: `/trpc/organization.create?input=${query}`, headers: { cookie } });
    expect(res.statusCode).toBe(405);
    expect(t.db.select().from(partnerOrganization).all()).toEqual([]);
  });

  it('refuses sign-in from another site', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    const res = await signIn(t.app, person.email, TEST_PASSWORD, { headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(t.db.select().from(session).all()).toEqual([]);
  });
});

describe('sign-in and sessions', () => {
  it('signs in, and the cookie makes account.me return the person', async () => {
    const t = await start();
    const person = await makeUser(t.db, { name: 'Mo Member' });
    expect((await trpcQuery(t.app, 'account.me')).data).toBeNull();
    const res = await signIn(t.app, person.email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = cookieFrom(res);
    expect(res.headers['set-cookie']).toEqual(expect.arrayContaining([expect.stringMatching(/HttpOnly/i)]));
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie })).data).toEqual({ ...person, language: null });
  });

  it('refuses a wrong password with 401 and no cookie', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    const res = await signIn(t.app, person.email, 'not-the-password');
    expect(res.statusCode).toBe(401);
    expect(cookieFrom(res)).not.toMatch(/session_token=[^;]/);
  });

  it('signs out on the server: the old cookie stops working', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    const { cookie } = await signedIn(t, person);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' }, payload: '{}' });
    expect(out.statusCode).toBe(200);
    expect(t.db.select().from(session).where(eq(session.userId, person.id)).all()).toEqual([]);
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie })).data).toBeNull();
    expect((await trpcQuery(t.app, 'network.list', undefined, { cookie })).status).toBe(401);
  });

  it('refuses the 11th attempt after 10 wrong passwords for one account, even with the right one; others still sign in', async () => {
    const t = await start();
    const target = await makeUser(t.db);
    const colleague = await makeUser(t.db);
    for (let i = 0; i < 10; i++) {
      // the email's case does not give an attacker fresh attempts
      const email = i % 2 ? target.email.toUpperCase() : target.email;
      expect((await signIn(t.app, email, `wrong-guess-${i}`)).statusCode).toBe(401);
    }
    const blocked = await signIn(t.app, target.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('900');
    expect(blocked.json()).toEqual({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many failed sign-in attempts for this account. Wait 15 minutes and try again, or ask an administrator to help.',
    });
    expect(t.db.select().from(session).where(eq(session.userId, target.id)).all()).toEqual([]);
    // same address, another account
    expect((await signIn(t.app, colleague.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('starts the count again after a successful sign-in', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect((await signIn(t.app, person.email, 'wrong-guess')).statusCode).toBe(401);
      expect((await signIn(t.app, person.email, TEST_PASSWORD)).statusCode).toBe(200);
    }
  });

  it('ends a deactivated person’s session at once and refuses their sign-in', async () => {
    const t = await start();
    const s = await scene(t.db);
    const { cookie } = await signedIn(t, s.member);
    const { cookie: adminCookie } = await signedIn(t, s.admin);
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie })).data).toMatchObject({ id: s.member.id });

    const deactivate = await trpcMutation(t.app, 'admin.deactivateUser', { userId: s.member.id }, { cookie: adminCookie });
    expect(deactivate.status).toBe(200);
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie })).data).toBeNull();
    expect((await trpcQuery(t.app, 'network.list', undefined, { cookie })).error?.data.code).toBe('UNAUTHORIZED');

    const again = await signIn(t.app, s.member.email, TEST_PASSWORD);
    expect(again.statusCode).toBe(403);
    expect(again.json().message).toBe('This account is deactivated. Ask a site administrator.');
    expect(cookieFrom(again)).not.toMatch(/session_token=[^;]/);
    expect(t.db.select().from(session).where(eq(session.userId, s.member.id)).all()).toEqual([]);
  });

  it('stops honouring a session the moment the account is marked deactivated, even if the session row survives', async () => {
    const t = await start();
    const person = await makeUser(t.db);
    const { cookie } = await signedIn(t, person);
    t.db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, person.id)).run();
    expect(t.db.select().from(session).where(eq(session.userId, person.id)).all()).toHaveLength(1);
    expect((await trpcQuery(t.app, 'account.me', undefined, { cookie })).data).toBeNull();
  });

  it('lets a person who signed up through an invitation sign in', async () => {
    const t = await start();
    const s = await scene(t.db);
    const { token } = await callerFor(t.db, s.lead).invitation.create({ networkId: s.networkA, role: 'member', expiresInDays: 7, maxUses: 1 });
    const signUp = await trpcMutation(t.app, 'invitation.signUp', { token, name: 'Nia Newcomer', email: 'nia@example.org', password: 'amber-window-canyon-19' });
    expect(signUp.status).toBe(200);
    const res = await signIn(t.app, 'nia@example.org', 'amber-window-canyon-19');
    expect(res.statusCode).toBe(200);
    const list = await trpcQuery(t.app, 'network.list', undefined, { cookie: cookieFrom(res) });
    expect(list.data).toMatchObject([{ id: s.networkA, role: 'member' }]);
  });
});

describe('bootstrapAdmin', () => {
  it('creates the administrator from the environment once, who can then sign in', async () => {
    const db = testDb();
    expect(await bootstrapAdmin(db, ' Boss@Example.org ', 'amber-window-canyon-19')).toBe('boss@example.org');
    expect(db.select().from(user).all()).toMatchObject([{ email: 'boss@example.org', isAdmin: true }]);
    // a restart with the same (or other) values changes nothing
    expect(await bootstrapAdmin(db, 'boss@example.org', 'amber-window-canyon-19')).toBeNull();
    expect(await bootstrapAdmin(db, 'other@example.org', 'another-long-phrase-88')).toBeNull();
    expect(db.select().from(user).all()).toHaveLength(1);

    const t = await start({ db });
    expect((await signIn(t.app, 'boss@example.org', 'amber-window-canyon-19')).statusCode).toBe(200);
  });

  it('does nothing when neither value is set', async () => {
    const db = testDb();
    expect(await bootstrapAdmin(db, undefined, undefined)).toBeNull();
    expect(await bootstrapAdmin(db, '', '')).toBeNull();
    expect(db.select().from(user).all()).toEqual([]);
  });

  it('rejects half-set, malformed and weak values, writing nothing', async () => {
    const db = testDb();
    await expect(bootstrapAdmin(db, 'boss@example.org', undefined)).rejects.toThrow(/Set both NEEDLE_ADMIN_EMAIL and NEEDLE_ADMIN_PASSWORD/);
    await expect(bootstrapAdmin(db, undefined, 'amber-window-canyon-19')).rejects.toThrow(/Set both/);
    await expect(bootstrapAdmin(db, 'not-an-email', 'amber-window-canyon-19')).rejects.toThrow(/NEEDLE_ADMIN_\*: email: Enter a valid email/);
    await expect(bootstrapAdmin(db, 'boss@example.org', 'short')).rejects.toThrow(/NEEDLE_ADMIN_\*: password: Use at least 8 characters/);
    await expect(bootstrapAdmin(db, 'boss@example.org', 'password1')).rejects.toThrow(/NEEDLE_ADMIN_PASSWORD: This password is too common/);
    expect(db.select().from(user).all()).toEqual([]);
  });
});

describe('client routes', () => {
  it('serves index.html for deep links that want HTML', async () => {
    const t = await start();
    const res = await t.app.inject({ method: 'GET', url: '/n/some-network', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toBe(INDEX_HTML);
  });

  it('serves hashed assets to be cached for good', async () => {
    const t = await start();
    const res = await t.app.inject({ method: 'GET', url: ASSET_PATH });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(ASSET_JS);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('compresses what is worth compressing for browsers that accept it', async () => {
    const t = await start();
    const res = await t.app.inject({ method: 'GET', url: BIG_ASSET_PATH, headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(BIG_ASSET_JS);
    expect(res.rawPayload.length).toBeLessThan(BIG_ASSET_JS.length / 5);
    const plain = await t.app.inject({ method: 'GET', url: BIG_ASSET_PATH });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG_ASSET_JS);
  });

  it('serves the forms the build compressed, without compressing again', async () => {
    const t = await start();
    const br = await t.app.inject({ method: 'GET', url: PRECOMPRESSED_PATH, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect([br.statusCode, br.headers['content-encoding'], br.headers['cache-control']]).toEqual([200, 'br', 'public, max-age=31536000, immutable']);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(PRECOMPRESSED_JS);
    const gzip = await t.app.inject({ method: 'GET', url: PRECOMPRESSED_PATH, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(PRECOMPRESSED_JS);
    const plain = await t.app.inject({ method: 'GET', url: PRECOMPRESSED_PATH });
    expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, PRECOMPRESSED_JS]);
  });

  it('answers app routes with the page to GET and HEAD whatever the Accept header (uptime checks, link previews)', async () => {
    const t = await start();
    const s = await scene(t.db);
    t.db.update(schema.network).set({ publicReport: true }).where(eq(schema.network.id, s.networkA)).run();
    for (const url of ['/', '/impact/kindergarten-readiness', '/n/some-network/cycles?stage=plan']) {
      for (const accept of [undefined, '*/*', 'application/json']) {
        const headers = accept ? { accept } : {};
        const get = await t.app.inject({ method: 'GET', url, headers });
        expect([url, accept, get.statusCode, get.headers['content-type']]).toEqual([url, accept, 200, expect.stringMatching(/^text\/html/)]);
        expect(get.body).toContain('<div id="root"></div>');
        const head = await t.app.inject({ method: 'HEAD', url, headers });
        expect([url, accept, head.statusCode, head.headers['content-type']]).toEqual([url, accept, 200, expect.stringMatching(/^text\/html/)]);
        expect(head.body).toBe('');
      }
    }
  });

  it('names a public page’s network in link previews, and answers 404 where there is no public page', async () => {
    const t = await start();
    const s = await scene(t.db);
    t.db.update(schema.network).set({ publicReport: true, name: 'Ready <b>"Kids"</b> & Co' }).where(eq(schema.network.id, s.networkA)).run();
    const page = await t.app.inject({ method: 'GET', url: '/impact/kindergarten-readiness/reports/3' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Ready &lt;b&gt;&quot;Kids&quot;&lt;/b&gt; &amp; Co · community impact</title>');
    expect(page.body).toContain('<meta property="og:title" content="Ready &lt;b&gt;&quot;Kids&quot;&lt;/b&gt; &amp; Co · community impact" />');
    expect(page.body).toMatch(/<meta name="description" content="How the Ready &lt;b&gt;.* network is moving its community indicator/);
    expect(page.body).not.toContain('<b>');
    for (const url of ['/impact/opportunity-youth', '/impact/no-such-network']) {
      const missing = await t.app.inject({ method: 'GET', url });
      expect([url, missing.statusCode, missing.headers['content-type']]).toEqual([url, 404, expect.stringMatching(/^text\/html/)]);
      expect(missing.body).toContain('<div id="root"></div>'); // the app still says so in words
      expect(missing.body).not.toContain('Opportunity Youth');
    }
  });

  it('opens a page in the language the browser asks for, or the one a link names, before any script runs', async () => {
    const t = await start();
    const s = await scene(t.db);
    t.db.update(schema.network).set({ publicReport: true }).where(eq(schema.network.id, s.networkA)).run();
    const english = await t.app.inject({ method: 'GET', url: '/impact/kindergarten-readiness' });
    expect(english.body).toContain('<html lang="en">');
    expect(english.headers.vary).toContain('Accept-Language');
    const spanish = await t.app.inject({ method: 'GET', url: '/impact/kindergarten-readiness', headers: { 'accept-language': 'es-US,es;q=0.9' } });
    expect(spanish.body).toContain('<html lang="es">');
    expect(spanish.body).toMatch(/<title>[^<]* · impacto en la comunidad<\/title>/);
    const linked = await t.app.inject({ method: 'GET', url: '/impact/kindergarten-readiness?lang=es', headers: { 'accept-language': 'en' } });
    expect(linked.body).toContain('<html lang="es">');
    const unknown = await t.app.inject({ method: 'GET', url: '/sign-in?lang=xx', headers: { 'accept-language': 'fr' } });
    expect(unknown.body).toContain('<html lang="en">');
  });

  it('answers unknown API paths and missing files with a JSON 404, never the page', async () => {
    const t = await start();
    for (const url of ['/trpc/unknown', '/trpc/network.nope', '/api/auth/nope', '/assets/missing.js', '/favicon-missing.png']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^application\/json/);
      expect(res.body, url).not.toContain('<!doctype html>');
    }
  });
});

describe('retries on bad wifi', () => {
  it('a cycle sent twice over HTTP with the same client id is created once', async () => {
    const t = await start();
    const s = await scene(t.db);
    const { cookie } = await signedIn(t, s.member);
    const input = {
      networkId: s.networkA,
      clientId: crypto.randomUUID(),
      title: 'Calendars at pickup',
      changeIdeaId: null,
      meetingId: null,
      whatWeTried: 'Handed out 20 calendars',
      whatWeLearned: 'Families asked for Spanish',
      decision: 'adapt',
    };
    const [first, second] = await Promise.all([trpcMutation(t.app, 'cycle.quickLog', input, { cookie }), trpcMutation(t.app, 'cycle.quickLog', input, { cookie })]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const ids = [first.data, second.data].map((d) => (d as { id: number }).id);
    expect(ids[0]).toBe(ids[1]);
    expect(t.db.select().from(pdsaCycle).all()).toHaveLength(1);
  });
});

describe('request body limits (issue 14, item 11)', () => {
  const MB = 1024 * 1024;
  const JSON_POST = { origin: ORIGIN, 'content-type': 'application/json' };
  /** A quick-log body of about `bytes` bytes. */
  const quickLogBody = (bytes: number) => JSON.stringify({ json: { networkId: 1, title: 'x'.repeat(bytes) } });
  const errorOf = (res: { json: () => unknown }) => superjson.deserialize<{ message: string; data: { code: string; httpStatus: number } }>((res.json() as { error: never }).error);

  it('refuses a body over 1 MB on every procedure, signed in or not, with a 413 the client reads', async () => {
    const t = await start();
    const s = await scene(t.db);
    const { cookie } = await signedIn(t, s.member);
    for (const headers of [JSON_POST, { ...JSON_POST, cookie }]) {
      for (const url of ['/trpc/cycle.quickLog', '/trpc/organization.create?batch=1', '/trpc/unknown.procedure']) {
        const res = await t.app.inject({ method: 'POST', url, headers, payload: quickLogBody(1.2 * MB) });
        expect(res.statusCode, url).toBe(413);
        expect(res.headers['content-type'], url).toMatch(/^application\/json/);
        expect(errorOf(res), url).toMatchObject({ message: 'This is more than Needle takes in one request (1 MB). Shorten the text and try again.', data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 } });
      }
    }
    // Just under the limit goes through to the procedure (which refuses the title's length).
    const under = await t.app.inject({ method: 'POST', url: '/trpc/cycle.quickLog', headers: { ...JSON_POST, cookie }, payload: quickLogBody(MB - 1000) });
    expect(under.statusCode).toBe(400);
    expect(t.db.select().from(pdsaCycle).all()).toEqual([]);
  });

  it('counts the bytes of a body sent without a length', async () => {
    const t = await start();
    const { cookie } = await signedIn(t, await makeUser(t.db));
    const res = await t.app.inject({ method: 'POST', url: '/trpc/cycle.quickLog', headers: { ...JSON_POST, cookie }, payload: Readable.from([quickLogBody(0.6 * MB), 'y'.repeat(0.6 * MB)]) });
    expect(res.statusCode).toBe(413);
  });
});

describe('write throttle (issue 14, item 12)', () => {
  // A slow refill: on a loaded machine 40 requests may take seconds, and at the default 5 a second
  // enough tokens could come back meanwhile to let the whole flood through.
  const SLOW = { burst: 20, perSecond: 0.2 };

  it('answers a flood of writes from one person with 429, a message and Retry-After; others and reads go on', async () => {
    const t = await start({ writeLimit: SLOW });
    const s = await scene(t.db);
    const { cookie } = await signedIn(t, s.member);
    // All at once, as a script would: 20 go through, and only as many more as tokens came back meanwhile.
    const began = performance.now();
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => trpcMutation(t.app, 'organization.create', { name: `Partner ${i}`, sector: 'education' }, { cookie })));
    const seconds = (performance.now() - began) / 1000;
    const ok = replies.filter((r) => r.status === 200).length;
    const refused = replies.filter((r) => r.status === 429);
    expect(ok + refused.length).toBe(40);
    expect(ok).toBeGreaterThanOrEqual(20);
    expect(ok).toBeLessThanOrEqual(20 + Math.ceil(seconds * SLOW.perSecond));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.error).toMatchObject({ message: 'You are saving changes faster than Needle accepts. Wait a moment and try again.', data: { code: 'TOO_MANY_REQUESTS' } });
    expect(Number(refused[0]!.res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(t.db.select().from(partnerOrganization).all()).toHaveLength(ok);

    expect((await trpcQuery(t.app, 'network.list', undefined, { cookie })).status).toBe(200);
    const other = await signedIn(t, s.lead);
    expect((await trpcMutation(t.app, 'organization.create', { name: 'Lead’s partner', sector: 'education' }, { cookie: other.cookie })).status).toBe(200);
  });

  it('keys writes made without signing in by the address they come from', async () => {
    const t = await start({ writeLimit: SLOW });
    const send = (remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/trpc/setup.createAdmin', remoteAddress, headers: { origin: ORIGIN, 'content-type': 'application/json' }, payload: JSON.stringify({ json: {} }) });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await send('203.0.113.7')).statusCode);
    expect(statuses.slice(0, 20).every((c) => c === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await send('203.0.113.8')).statusCode).toBe(400);
  });

  it('can be lifted for load tests', async () => {
    const t = await start({ writeLimit: null });
    const { cookie } = await signedIn(t, await makeUser(t.db));
    for (let i = 0; i < 30; i++) expect((await trpcMutation(t.app, 'organization.create', { name: `Partner ${i}`, sector: 'education' }, { cookie })).status).toBe(200);
  });
});

describe('the language of answers', () => {
  it('answers in the language the app shows, else the person’s choice, else what the browser asks for', async () => {
    const t = await start();
    const said = async (headers: Record<string, string>) => (await t.app.inject({ method: 'GET', url: '/trpc/network.list', headers })).json().error.json.message;
    expect(await said({})).toBe('Sign in to continue');
    expect(await said({ 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' })).toBe('Inicie sesión para continuar');
    expect(await said({ 'accept-language': 'fr-FR,fr;q=0.9' })).toBe('Sign in to continue');
    expect(await said({ 'accept-language': 'es', 'x-needle-language': 'en' })).toBe('Sign in to continue');
    expect(await said({ 'x-needle-language': 'es' })).toBe('Inicie sesión para continuar');
  });
});

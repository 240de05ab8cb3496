import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/context.ts';
import { partnership } from '../../server/db/schema.ts';
import { auditRows, TEST_PASSWORD, testDb } from '../helpers/db.ts';
import { cookieFrom, ORIGIN, signIn, testApp, type TestApp } from '../helpers/http.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

// The partnership's settings through the real router, and its logo over real HTTP as the admin
// page sends it: the image's bytes to POST /api/partnership/logo.

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const WEBP = Buffer.from([0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]);
const fields = { name: 'Eastside Cradle to Career', description: 'Every child, from cradle to career.', community: 'Eastside and Northgate', embedOrigins: [] as string[] };

describe('partnership.get and partnership.save', () => {
  it('reads a neutral name in the reader’s language until an admin names it', async () => {
    const s = await scene(testDb());
    expect(await callerFor(s.db, null).partnership.get()).toEqual({
      name: 'The partnership', named: false, description: '', community: '', embedOrigins: [], hasLogo: false, logoUrl: null, version: 0,
    });
    expect((await callerFor(s.db, null, 'es').partnership.get()).name).toBe('La alianza');
  });

  it('saves, versions each save and logs who changed it', async () => {
    const s = await scene(testDb());
    const admin = callerFor(s.db, s.admin).partnership;
    const first = await admin.save({ ...fields, embedOrigins: ['https://www.Example.org/', '', 'http://localhost:5173', 'https://www.example.org'], version: 0 });
    expect(first).toMatchObject({ name: fields.name, named: true, community: 'Eastside and Northgate', embedOrigins: ['https://www.example.org', 'http://localhost:5173'], version: 1 });
    expect(await callerFor(s.db, s.member, 'es').partnership.get()).toEqual(first);
    const second = await admin.save({ ...fields, name: '  Eastside C2C  ', version: 1 });
    expect(second).toMatchObject({ name: 'Eastside C2C', embedOrigins: [], version: 2 });
    expect(auditRows(s.db).filter((r) => r.action === 'partnership.update').map((r) => [r.actorId, r.entityType, r.detail])).toEqual([
      [s.admin.id, 'partnership', { name: fields.name, embedOrigins: 2, from: null }],
      [s.admin.id, 'partnership', { name: 'Eastside C2C', embedOrigins: 0, from: fields.name }],
    ]);
  });

  it('refuses a save against an older version and writes nothing', async () => {
    const s = await scene(testDb());
    const admin = callerFor(s.db, s.admin).partnership;
    await admin.save({ ...fields, version: 0 });
    const stale = await failure(admin.save({ ...fields, name: 'Someone else’s', version: 0 }));
    expect(stale.code).toBe('CONFLICT');
    expect((await admin.get()).name).toBe(fields.name);
    expect(auditRows(s.db).filter((r) => r.action === 'partnership.update')).toHaveLength(1);
  });

  it('refuses what is not a bare origin, naming the line, and more than 20', async () => {
    const s = await scene(testDb());
    const admin = callerFor(s.db, s.admin).partnership;
    for (const bad of ['https://example.org/report', 'http://example.org', 'example.org', 'https://a.org;script-src *']) {
      const refused = await failure(admin.save({ ...fields, embedOrigins: ['https://ok.example', bad], version: 0 }));
      expect(refused.code, bad).toBe('BAD_REQUEST');
    }
    const many = Array.from({ length: 21 }, (_, i) => `https://site${i}.example`);
    expect((await failure(admin.save({ ...fields, embedOrigins: many, version: 0 }))).code).toBe('BAD_REQUEST');
    expect(s.db.select().from(partnership).all()).toEqual([]);
    expect((await admin.save({ ...fields, embedOrigins: [...many.slice(0, 20), many[0]!], version: 0 })).embedOrigins).toHaveLength(20);
  });

  it('lets only site admins save', async () => {
    const s = await scene(testDb());
    for (const who of [s.staff, s.lead, s.member] as SessionUser[]) {
      expect((await failure(callerFor(s.db, who).partnership.save({ ...fields, version: 0 }))).code).toBe('FORBIDDEN');
    }
    expect((await failure(callerFor(s.db, null).partnership.save({ ...fields, version: 0 }))).code).toBe('UNAUTHORIZED');
  });
});

let current: TestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function logoApp() {
  const t = (current = await testApp({ writeLimit: null }));
  const s = await scene(t.db);
  const cookieOf = async (person: SessionUser) => cookieFrom(await signIn(t.app, person.email, TEST_PASSWORD));
  const admin = await cookieOf(s.admin);
  const upload = (body: Buffer | Readable, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/partnership/logo', headers: { origin: ORIGIN, 'content-type': 'image/png', cookie: admin, ...headers }, payload: body });
  const stored = () => t.db.select({ logoType: partnership.logoType }).from(partnership).get()?.logoType ?? null;
  return { t, s, admin, cookieOf, upload, stored };
}

describe('the partnership logo over HTTP', () => {
  it('takes a PNG, JPEG or WebP by its bytes, serves it back typed, and logs it', async () => {
    const { t, s, upload } = await logoApp();
    for (const [bytes, type] of [[PNG, 'image/png'], [JPEG, 'image/jpeg'], [WEBP, 'image/webp']] as const) {
      // The declared type does not matter: the bytes do.
      const res = await upload(bytes, { 'content-type': 'application/octet-stream' });
      expect(res.statusCode, res.body).toBe(200);
      const { logoUrl } = res.json<{ logoUrl: string }>();
      const got = await t.app.inject({ method: 'GET', url: logoUrl });
      expect(got.statusCode).toBe(200);
      expect(got.headers['content-type']).toBe(type);
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(got.rawPayload.equals(bytes)).toBe(true);
    }
    const info = await callerFor(t.db, null).partnership.get();
    expect(info).toMatchObject({ hasLogo: true, named: false, version: 0 });
    expect(info.logoUrl).toMatch(/^\/api\/partnership\/logo\?v=\d+$/);
    const unversioned = await t.app.inject({ method: 'GET', url: '/api/partnership/logo' });
    expect(unversioned.headers['cache-control']).toBe('public, max-age=300');
    expect(auditRows(t.db).filter((r) => r.action === 'partnership.setLogo').map((r) => [r.actorId, (r.detail as { type: string }).type])).toEqual([
      [s.admin.id, 'image/png'], [s.admin.id, 'image/jpeg'], [s.admin.id, 'image/webp'],
    ]);
    // A logo before the first save leaves the form's version alone: the first save still works.
    expect((await callerFor(t.db, s.admin).partnership.save({ ...fields, version: 0 })).version).toBe(1);
  });

  it('gives each new logo a new address', async () => {
    const { upload } = await logoApp();
    const a = (await upload(PNG)).json<{ logoUrl: string }>().logoUrl;
    const b = (await upload(PNG)).json<{ logoUrl: string }>().logoUrl;
    expect(a).not.toBe(b);
  });

  it('refuses what is not an image, an empty file and one over 256 KB, and keeps the old logo', async () => {
    const { upload, stored } = await logoApp();
    expect((await upload(PNG)).statusCode).toBe(200);
    const svg = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), { 'content-type': 'image/png' });
    expect(svg.statusCode).toBe(400);
    expect(svg.json()).toEqual({ code: 'LOGO_REFUSED', message: 'Choose a PNG, JPEG or WebP image.' });
    expect((await upload(Buffer.alloc(0))).statusCode).toBe(400);
    const big = Buffer.concat([PNG, Buffer.alloc(256 * 1024)]);
    const said = await upload(big);
    expect(said.statusCode).toBe(413);
    expect(said.json<{ message: string }>().message).toBe('The logo is too large: choose an image up to 256 KB.');
    const unsaid = await upload(Readable.from([PNG, Buffer.alloc(200 * 1024), Buffer.alloc(100 * 1024)]));
    expect(unsaid.statusCode).toBe(413);
    expect(stored()).toBe('image/png');
  });

  it('takes a logo only from a signed-in admin on Needle’s own pages', async () => {
    const { s, upload, cookieOf, stored } = await logoApp();
    expect((await upload(PNG, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await upload(PNG, { cookie: '' })).statusCode).toBe(401);
    const staff = await upload(PNG, { cookie: await cookieOf(s.staff) });
    expect(staff.statusCode).toBe(403);
    expect(staff.json<{ message: string }>().message).toBe('Only site administrators change the logo.');
    expect((await upload(PNG, { cookie: await cookieOf(s.lead) })).statusCode).toBe(403);
    expect(stored()).toBeNull();
  });

  it('removes the logo for an admin, after which there is none to read', async () => {
    const { t, s, admin, upload, cookieOf, stored } = await logoApp();
    await upload(PNG);
    const del = (cookie: string) => t.app.inject({ method: 'DELETE', url: '/api/partnership/logo', headers: { origin: ORIGIN, cookie } });
    expect((await del(await cookieOf(s.member))).statusCode).toBe(403);
    expect(stored()).toBe('image/png');
    expect((await del(admin)).statusCode).toBe(204);
    expect(stored()).toBeNull();
    const gone = await t.app.inject({ method: 'GET', url: '/api/partnership/logo' });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['cache-control']).toBe('no-store');
    expect((await callerFor(t.db, null).partnership.get()).logoUrl).toBeNull();
    expect((await del(admin)).statusCode).toBe(204);
    expect(auditRows(t.db).filter((r) => r.action === 'partnership.removeLogo')).toHaveLength(1);
  });
});

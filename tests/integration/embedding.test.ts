import { afterEach, describe, expect, it } from 'vitest';
import { partnership } from '../../server/db/schema.ts';
import { testApp, type TestApp } from '../helpers/http.ts';

// The public pages may be framed by the partnership's own sites; nothing else may be framed at all.

let current: TestApp | undefined;
async function start(opts: Parameters<typeof testApp>[0] = {}) {
  current = await testApp(opts);
  return current;
}
afterEach(async () => {
  await current?.close();
  current = undefined;
});

function frameAncestors(header: unknown): string[] {
  const directive = String(header)
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'frame-ancestors');
  return directive ? directive.slice(1) : [];
}

const PUBLIC_PAGES = ['/impact', '/impact/', '/impact?lang=es', '/impact/kindergarten-readiness', '/impact/kindergarten-readiness/reports/3'];
const PRIVATE = ['/', '/sign-in', '/n/kindergarten-readiness', '/admin', '/api/auth/get-session', '/trpc/public.impact', '/healthz', '/assets/main-3f2a9c1b.js'];

async function get(t: TestApp, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
}

function setPartnership(t: TestApp, embedOrigins: string[]) {
  t.db.insert(partnership).values({ id: 1, name: 'Eastside Promise', embedOrigins }).onConflictDoUpdate({ target: partnership.id, set: { embedOrigins } }).run();
}

describe('embedding the public pages', () => {
  it("keeps frame-ancestors 'none' everywhere while no origin is listed", async () => {
    const t = await start();
    for (const url of [...PUBLIC_PAGES, ...PRIVATE]) {
      const res = await get(t, url);
      expect(frameAncestors(res.headers['content-security-policy']), url).toEqual(["'none'"]);
    }
  });

  it('lets the origins in NEEDLE_EMBED_ORIGINS frame the public pages, and only those pages', async () => {
    const t = await start({ embedOrigins: 'https://www.eastside-promise.org, http://127.0.0.1:3445' });
    for (const url of PUBLIC_PAGES) {
      const res = await get(t, url);
      expect(frameAncestors(res.headers['content-security-policy']), url).toEqual(['https://www.eastside-promise.org', 'http://127.0.0.1:3445']);
      // X-Frame-Options cannot name a site: it must not contradict the CSP.
      expect(res.headers['x-frame-options'], url).toBeUndefined();
      // The rest of the policy stays as strict.
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    }
    for (const url of PRIVATE) {
      const res = await get(t, url);
      expect(frameAncestors(res.headers['content-security-policy']), url).toEqual(["'none'"]);
    }
    // A page that merely starts with the same letters is not a public page.
    expect(frameAncestors((await get(t, '/impactful')).headers['content-security-policy'])).toEqual(["'none'"]);
  });

  it("adds the partnership's own origins, read on each request so a change applies without a restart", async () => {
    const t = await start({ embedOrigins: 'https://www.eastside-promise.org' });
    setPartnership(t, ['https://schools.example.org/', 'not an origin', "https://evil.example.org; script-src *"]);
    const res = await get(t, '/impact');
    expect(frameAncestors(res.headers['content-security-policy'])).toEqual(['https://www.eastside-promise.org', 'https://schools.example.org']);
    expect(String(res.headers['content-security-policy'])).not.toContain('evil');
    expect(frameAncestors((await get(t, '/sign-in')).headers['content-security-policy'])).toEqual(["'none'"]);

    setPartnership(t, ['https://library.example.org']);
    expect(frameAncestors((await get(t, '/impact/kindergarten-readiness')).headers['content-security-policy'])).toEqual(['https://www.eastside-promise.org', 'https://library.example.org']);
  });

  it('needs no environment setting: the partnership row alone allows its origins', async () => {
    const t = await start();
    setPartnership(t, ['https://www.eastside-promise.org']);
    const res = await get(t, '/impact');
    expect(frameAncestors(res.headers['content-security-policy'])).toEqual(['https://www.eastside-promise.org']);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(frameAncestors((await get(t, '/')).headers['content-security-policy'])).toEqual(["'none'"]);
  });
});

describe('the report card in link previews', () => {
  it('names the partnership and its description, or stays neutral without one', async () => {
    const t = await start();
    const neutral = await get(t, '/impact');
    expect(neutral.statusCode).toBe(200);
    expect(neutral.body).toContain('<title>Community report card</title>');
    expect(neutral.body).toContain('<meta property="og:description" content="Each network below works on one community-level outcome');

    t.db.insert(partnership).values({ id: 1, name: 'Eastside <Promise>', description: 'Cradle to career,\n together.' }).run();
    const named = await get(t, '/impact?lang=es');
    expect(named.body).toContain('<title>Eastside &lt;Promise&gt; · Boletín de resultados</title>');
    expect(named.body).toContain('<meta property="og:description" content="Cradle to career, together." />');
  });
});

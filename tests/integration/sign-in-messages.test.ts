// What the sign-in form says when the server refuses: the app's own sentence in the reader's
// language, whatever English better-auth or the account check answered with.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../client/lib/auth.ts';
import type { SessionUser } from '../../server/context.ts';
import { user } from '../../server/db/schema.ts';
import { makeUser, TEST_PASSWORD } from '../helpers/db.ts';
import { ORIGIN, testApp, type TestApp } from '../helpers/http.ts';

const catalogue = (lang: string, ns: string) => JSON.parse(readFileSync(new URL(`../../shared/i18n/locales/${lang}/${ns}.json`, import.meta.url), 'utf8'));

let t: TestApp;
let realFetch: typeof fetch;
let active: SessionUser;
let deactivated: SessionUser;

beforeAll(async () => {
  t = await testApp();
  active = await makeUser(t.db, { name: 'Ana Ruiz' });
  deactivated = await makeUser(t.db, { name: 'Dee Active' });
  t.db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, deactivated.id)).run();
  await i18next.init({
    lng: 'es',
    fallbackLng: 'en',
    resources: { en: { auth: catalogue('en', 'auth') }, es: { auth: catalogue('es', 'auth') } },
    interpolation: { escapeValue: false },
  });
  // The page's relative fetch goes to the real app, with the Origin a browser sends.
  realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string, init: RequestInit = {}) => {
    const res = await t.app.inject({
      method: (init.method ?? 'GET') as 'POST',
      url: input,
      headers: { ...(init.headers as Record<string, string>), origin: ORIGIN },
      payload: init.body as string,
    });
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type'] ?? '') } });
  }) as typeof fetch;
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await t.close();
});

describe('sign-in refusals', () => {
  it('tell a Spanish reader their account is deactivated in Spanish', async () => {
    await i18next.changeLanguage('es');
    expect(await signIn(deactivated.email, TEST_PASSWORD)).toEqual({ ok: false, message: 'Esta cuenta está desactivada. Pida ayuda a un administrador(a) del sitio.' });
  });

  it('say the same in English to an English reader, and a wrong password in each language', async () => {
    await i18next.changeLanguage('en');
    expect(await signIn(deactivated.email, TEST_PASSWORD)).toEqual({ ok: false, message: 'This account is deactivated. Ask a site administrator.' });
    expect(await signIn(active.email, 'not-the-password')).toEqual({ ok: false, message: 'That email and password do not match. Check them and try again.' });
    await i18next.changeLanguage('es');
    expect(await signIn(active.email, 'not-the-password')).toEqual({
      ok: false,
      message: 'El correo electrónico y la contraseña no coinciden. Revíselos e inténtelo de nuevo.',
    });
  });

  it('let the right password in', async () => {
    expect(await signIn(active.email, TEST_PASSWORD)).toEqual({ ok: true });
  });
});

import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { extractText } from 'unpdf';
import { createNetwork, defineReadinessIndicator, FIRST_ADMIN, expectAccessible, expectNoHorizontalOverflow, join, networkIdOf, person, PHONE, signInAsAdmin, trpc, WIDE, type Person } from './support.ts';

// Needle for a person who reads Spanish first: their browser asks for Spanish, and everything
// around their own words answers in it — signing in, a quick log at a meeting on a phone, the
// indicator's verdict, the public page for a signed-out neighbour, a report's PDF.

test.describe.configure({ timeout: 120_000 });

/** 24 months: about 40 % ready, then a clear shift to about 56 % in the last 10. */
function months() {
  const values = [40, 42, 39, 41, 38, 40, 43, 39, 41, 40, 42, 38, 41, 39, 55, 57, 54, 58, 56, 55, 59, 56, 57, 58];
  return values.map((numerator, i) => ({
    period: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    groupId: null,
    value: null,
    numerator,
    denominator: 100,
    note: '',
  }));
}

async function signInInSpanish(page: Page, who: Pick<Person, 'email' | 'password'>) {
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { name: 'Iniciar sesión en Needle', level: 1 })).toBeVisible();
  await page.getByLabel('Correo electrónico').fill(who.email);
  await page.getByLabel('Contraseña', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Iniciar sesión en Needle');
}

test('a member who reads Spanish signs in, logs a cycle on a phone and reads the verdict; neighbours read the public page and the PDF in Spanish', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Red de Lectura');
  const networkId = await networkIdOf(admin, network);
  await defineReadinessIndicator(admin, networkId);
  expect((await trpc(admin, 'indicator.saveMeasurements', { networkId, rows: months() })).status).toBe(200);
  const rosa = person('Rosa Morales', 'spanish');
  await (await join(browser, admin, network, 'Member', rosa)).context().close();

  // Rosa, on her phone, with a browser that asks for Spanish.
  const phone = await (await browser.newContext({ viewport: PHONE, locale: 'es-US' })).newPage();
  await signInInSpanish(phone, rosa);
  await phone.goto(network);
  await expect(phone.getByText('Su rol: Integrante')).toBeVisible();
  await phone.getByRole('link', { name: 'Registrar un ciclo' }).first().click();
  await expect(phone.getByRole('heading', { name: 'Registrar un ciclo' })).toBeVisible();
  await phone.getByLabel('Título').fill('Noche de lectura en la biblioteca');
  await phone.getByLabel('¿Qué aprendieron? (opcional)').fill('Vinieron doce familias; casi todas se enteraron por la escuela.');
  await phone.getByRole('radio', { name: 'Adaptar' }).check();
  await expectNoHorizontalOverflow(phone);
  await expectAccessible(phone, 'registro rápido en el teléfono');
  await phone.getByRole('button', { name: 'Registrar ciclo' }).click();
  await expect(phone.getByRole('heading', { name: 'Registrado' })).toBeVisible();
  // The title is hers, as she wrote it.
  await phone.goto(`${network}/cycles`);
  await expect(phone.getByRole('link', { name: 'Noche de lectura en la biblioteca' })).toBeVisible();

  // The indicator's verdict, in words a parent reads first.
  await phone.goto(`${network}/indicator`);
  await expect(phone.getByRole('heading', { name: 'Indicador comunitario' })).toBeVisible();
  await expect(phone.getByText(/ha sido mayor que su nivel habitual/)).toBeVisible();
  await expect(phone.locator('main')).toContainText('Mejora');
  await expectNoHorizontalOverflow(phone);
  await expectAccessible(phone, 'indicador en el teléfono');

  // A report published in Spanish, and the public page turned on (the admin has a lead's rights).
  const created = (await trpc(admin, 'report.create', { networkId, title: 'Informe de primavera', from: '2025-01-01', to: '2025-12-31', timeZone: 'UTC' })) as {
    body: { result: { data: { json: { id: number } } } };
  };
  const reportId = created.body.result.data.json.id;
  expect((await trpc(admin, 'report.publish', { networkId, reportId, version: 1, note: '', language: 'es' })).status).toBe(200);
  expect((await trpc(admin, 'network.setPublicPage', { networkId, enabled: true })).status).toBe(200);

  // A neighbour, signed out, whose browser asks for Spanish.
  const visitor = await (await browser.newContext({ viewport: PHONE, locale: 'es-US' })).newPage();
  await visitor.goto(`/impact/${network.split('/').pop()}`);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'es');
  await expect(visitor.getByRole('heading', { name: 'Red de Lectura', level: 1 })).toBeVisible();
  await expect(visitor.getByRole('heading', { name: '¿Se está moviendo la aguja?' })).toBeVisible();
  await expect(visitor.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-current', 'true');
  await expectNoHorizontalOverflow(visitor);
  await expectAccessible(visitor, 'página pública en el teléfono');
  // The switch turns the page to English and keeps the choice.
  await visitor.getByRole('button', { name: 'English' }).click();
  await expect(visitor.getByRole('heading', { name: 'Is the needle moving?' })).toBeVisible();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'en');
  await visitor.reload();
  await expect(visitor.getByRole('heading', { name: 'Is the needle moving?' })).toBeVisible();
  // …and ?lang=es opens it in Spanish again, as a shared link would.
  await visitor.goto(`/impact/${network.split('/').pop()}?lang=es`);
  await expect(visitor.getByRole('heading', { name: '¿Se está moviendo la aguja?' })).toBeVisible();

  // The published Spanish version, downloaded as a PDF by someone reading Needle in Spanish.
  const reader = await (await browser.newContext({ viewport: WIDE, locale: 'es-US' })).newPage();
  await signInInSpanish(reader, FIRST_ADMIN);
  await reader.goto(`${network}/reports/${reportId}`);
  const [file] = await Promise.all([reader.waitForEvent('download'), reader.getByRole('button', { name: 'Descargar en PDF' }).click()]);
  await expect(reader.getByRole('progressbar')).toHaveCount(0);
  const pdf = await readFile((await file.path())!);
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  const words = text.replace(/\s+/g, ' ');
  for (const spanish of ['Informe de primavera', 'Red de Lectura', 'Estado del indicador', 'Página 1 de']) expect(words).toContain(spanish);
  expect(words).not.toContain('Indicator status');
});

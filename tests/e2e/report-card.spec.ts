import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin, trpc } from './support.ts';

// The partnership's report card, signed out: the networks whose public pages are on, by outcome
// area. A partnership's website may show it in a frame, but only a site Needle was told about:
// playwright.config.ts lists the embedding page's origin (E2E_PORT + 5) in NEEDLE_EMBED_ORIGINS;
// the same page served from E2E_PORT + 6 is another site, which the browser must refuse.

const PORT = Number(process.env.E2E_PORT ?? 3210);
const ALLOWED = PORT + 5;
const OTHER = PORT + 6;

/** A tiny website on 127.0.0.1 whose page frames the report card. */
function embeddingSite(port: number, src: string): Promise<Server> {
  const html = `<!doctype html><html lang="en"><title>Partner site</title><h1>Our partner website</h1><iframe title="Report card" src="${src}" width="900" height="700"></iframe></html>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function publicNetwork(admin: Page, name: string, outcomeArea: string) {
  const created = await trpc(admin, 'network.create', { name, outcomeArea, status: 'active' });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  const { id } = (created.body as { result: { data: { json: { id: number } } } }).result.data.json;
  expect((await trpc(admin, 'network.setPublicPage', { networkId: id, enabled: true })).status).toBe(200);
}

test('the report card shows the public networks to anyone, and only an allowed site may frame it', async ({ browser, baseURL }) => {
  const admin = await signInAsAdmin(browser);
  const stamp = Date.now().toString(36);
  const reading = `Card Reading ${stamp}`;
  const jobs = `Card Jobs ${stamp}`;
  await publicNetwork(admin, reading, 'early_grade_reading');
  await publicNetwork(admin, jobs, 'employment');
  await admin.context().close();

  // Signed out: both networks, under their outcome areas, each linking to its own page.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/impact');
  const readingArea = visitor.getByRole('region', { name: 'Early grade reading' });
  await expect(readingArea.getByRole('heading', { name: reading, level: 3 })).toBeVisible();
  await expect(visitor.getByRole('region', { name: 'Employment' }).getByRole('heading', { name: jobs, level: 3 })).toBeVisible();
  await expect(visitor.getByRole('button', { name: 'Print the report card' })).toBeVisible();
  await readingArea.getByRole('link', { name: `Read ${reading}’s page` }).click();
  await expect(visitor.getByRole('heading', { name: reading, level: 1 })).toBeVisible();
  await visitor.getByRole('link', { name: /report card/ }).click();
  await expect(visitor).toHaveURL(/\/impact$/);

  const src = new URL('/impact', baseURL).href;
  const sites = await Promise.all([embeddingSite(ALLOWED, src), embeddingSite(OTHER, src)]);
  try {
    // From the allowed site, the frame shows the report card.
    await visitor.goto(`http://127.0.0.1:${ALLOWED}/`);
    await expect(visitor.frameLocator('iframe').getByRole('heading', { name: reading, level: 3 })).toBeVisible();

    // From any other site the browser refuses to show it: the frame never gets the report card.
    const refusals: string[] = [];
    visitor.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
    });
    await visitor.goto(`http://127.0.0.1:${OTHER}/`);
    await expect.poll(() => refusals.length, { message: 'the browser reports the refused frame' }).toBeGreaterThan(0);
    await expect(visitor.frameLocator('iframe').getByRole('heading', { name: reading })).toHaveCount(0);
  } finally {
    await Promise.all(sites.map((s) => new Promise((resolve) => s.close(resolve))));
  }
});

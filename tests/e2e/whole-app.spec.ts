import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, expectSelectsUncut, expectStableLayout, FIRST_ADMIN, PHONE, recordLayoutShifts, signIn, WIDE } from './support.ts';

// Every page of the app, on a desktop and on a phone, with the demo partnership's realistic data:
// axe finds nothing serious and nothing jumps while the page loads.

const NETWORK = '/n/kindergarten-readiness';
const DEMO_PASSWORD = 'needle-demo-2026';
const SIZES = [
  { name: 'desktop', size: WIDE },
  { name: 'phone', size: PHONE },
];

// The demo goes into the browser tests' own database (the path playwright.config.ts gives the server).
test.beforeAll(() => {
  const dbPath = join(tmpdir(), `needle-e2e-${process.env.E2E_PORT ?? 3210}`, 'needle.db');
  execFileSync(process.execPath, ['server/db/demo/load.ts'], { env: { ...process.env, NEEDLE_DB_PATH: dbPath }, stdio: 'ignore' });
});

const demoPerson = (login: string) => ({ email: `${login}@demo.needle.example`, password: DEMO_PASSWORD });

async function openAs(browser: Browser, who: { email: string; password: string } | null, size: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport: size });
  await recordLayoutShifts(context);
  const page = await context.newPage();
  if (who) {
    await page.goto('/sign-in');
    await signIn(page, who);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in');
  }
  return page;
}

/** The first link on `path` whose address matches `pattern`: how a person would find an id. */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  let found: string | undefined;
  await expect
    .poll(async () => {
      const all = await page.locator('a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      found = all.find((href) => pattern.test(href));
      return found;
    }, { message: `a link like ${pattern} on ${path}` })
    .toBeDefined();
  return found!;
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  // Late fonts or images would still shift the page here.
  await page.waitForTimeout(300);
  // Soft: one run lists every page with a problem, not only the first.
  await expectStableLayout(page, path, { soft: true });
  await expectAccessible(page, path, { soft: true });
  await expectSelectsUncut(page, path, { soft: true });
}

async function networkPages(page: Page): Promise<string[]> {
  const n = NETWORK;
  return [
    '/',
    '/account',
    n,
    `${n}/indicator`,
    `${n}/indicator/data`,
    `${n}/indicator/equity`,
    `${n}/indicator/import`,
    `${n}/indicator/edit`,
    `${n}/charter`,
    `${n}/charter/history`,
    `${n}/charter/compare?from=1&to=3`,
    `${n}/charter/versions/1`,
    `${n}/charter/edit`,
    `${n}/plan`,
    `${n}/plan/diagram`,
    `${n}/plan/actions`,
    `${n}/plan/actions/new`,
    await firstLink(page, `${n}/plan/actions`, /\/plan\/actions\/\d+$/),
    `${n}/plan/review`,
    await firstLink(page, `${n}/plan/review`, /\/plan\/snapshots\/\d+$/),
    `${n}/cycles`,
    `${n}/cycles/new`,
    await firstLink(page, `${n}/cycles`, /\/cycles\/\d+$/),
    `${n}/cycles/ramps`,
    await firstLink(page, `${n}/cycles/ramps`, /\/cycles\/ramps\/\d+$/),
    `${n}/log`,
    `${n}/meetings`,
    `${n}/meetings/new`,
    await firstLink(page, `${n}/meetings`, /\/meetings\/\d+$/),
    `${n}/reports`,
    await firstLink(page, `${n}/reports`, /\/reports\/\d+$/),
    `${n}/people`,
    `${n}/invitations`,
    `${n}/settings`,
    `${n}/activity`,
    '/admin/users',
    '/admin/activity',
    '/no-such-page',
  ];
}

for (const { name, size } of SIZES) {
  test(`every page an administrator opens is accessible and steady on a ${name}`, async ({ browser }) => {
    test.setTimeout(240_000);
    const admin = await openAs(browser, FIRST_ADMIN, size);
    for (const path of await networkPages(admin)) await visit(admin, path);
    await admin.context().close();
  });

  test(`a member's pages and the public pages are accessible and steady on a ${name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const member = await openAs(browser, demoPerson('aisha'), size);
    for (const path of ['/', NETWORK, `${NETWORK}/log`, `${NETWORK}/cycles`, `${NETWORK}/meetings`, `${NETWORK}/indicator`]) await visit(member, path);
    await member.context().close();

    const visitor = await openAs(browser, null, size);
    const report = await firstLink(visitor, '/impact/kindergarten-readiness', /\/impact\/kindergarten-readiness\/reports\/\d+$/);
    for (const path of ['/sign-in', '/impact/kindergarten-readiness', report]) await visit(visitor, path);
    await visitor.context().close();
  });
}

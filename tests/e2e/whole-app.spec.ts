import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible, expectSelectsUncut, expectStableLayout, PHONE, recordLayoutShifts, signIn, WIDE } from './support.ts';

// Every page of the app with the demo partnership's realistic data (a member's and a visitor's also
// on a phone): axe (WCAG 2.2 AA) finds nothing serious and the summed layout shift stays at most 0.02.

const NETWORK = '/n/kindergarten-readiness';
const DEMO_PASSWORD = 'needle-demo-2026';
const SIZES = [
  { name: 'desktop', size: WIDE },
  { name: 'phone', size: PHONE },
];

const demoPerson = (login: string) => ({ email: `${login}@demo.needle.example`, password: DEMO_PASSWORD });
const AISHA = demoPerson('aisha');
/** The demo's site administrator, who may open every network's pages. */
const ADMIN = demoPerson('admin');

// One page per test is well under this; axe on a long page takes seconds on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** A page's address, or how a person finds it: the first link like `link` on the page `on` (plus `then`). */
type Target = string | { on: string; link: RegExp; then?: string };

/** The first link on the page whose address matches `pattern`: how a person would find an id. */
async function firstLink(page: Page, pattern: RegExp): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const all = await page.locator('a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        found = all.find((href) => pattern.test(href));
        return found;
      },
      // A long list on a busy machine can take a while to arrive.
      { message: `a link like ${pattern} on ${page.url()}`, timeout: 20_000 },
    )
    .toBeDefined();
  return found!;
}

async function open(page: Page, target: Target): Promise<string> {
  let path = typeof target === 'string' ? target : target.on;
  if (typeof target !== 'string') {
    await page.goto(target.on);
    path = (await firstLink(page, target.link)) + (target.then ?? '');
  }
  await page.goto(path);
  await expect(page.locator('[aria-busy="true"], [data-loading]'), `still loading on ${path}`).toHaveCount(0);
  await expect(page.locator('#root > *').first(), `nothing shown on ${path}`).toBeVisible();
  return path;
}

async function visit(page: Page, target: Target): Promise<string> {
  const path = await open(page, target);
  // Late fonts or images would still shift the page here.
  await page.waitForTimeout(300);
  // Soft: one run reports every kind of problem on the page, not only the first.
  await expectStableLayout(page, path, { soft: true });
  await expectAccessible(page, path, { soft: true });
  await expectSelectsUncut(page, path, { soft: true });
  return path;
}

const n = NETWORK;
const action = { on: `${n}/plan/actions`, link: /\/plan\/actions\/\d+$/ };
const cycle = { on: `${n}/cycles`, link: /\/cycles\/\d+$/ };
const meeting = { on: `${n}/meetings`, link: /\/meetings\/\d+$/ };
const ADMIN_PAGES: Target[] = [
  '/',
  '/account',
  '/notifications',
  '/partnership',
  n,
  `${n}/indicator`,
  `${n}/indicator/data`,
  `${n}/indicator/equity`,
  `${n}/indicator/measures`,
  `${n}/indicator/measures/new`,
  { on: `${n}/indicator/measures`, link: /\/indicator\/measures\/\d+$/ },
  { on: `${n}/indicator/measures`, link: /\/indicator\/measures\/\d+$/, then: '/edit' },
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
  action,
  { ...action, then: '/edit' },
  `${n}/plan/review`,
  { on: `${n}/plan/review`, link: /\/plan\/snapshots\/\d+$/ },
  `${n}/cycles`,
  `${n}/cycles/new`,
  cycle,
  `${n}/cycles/ramps`,
  { on: `${n}/cycles/ramps`, link: /\/cycles\/ramps\/\d+$/ },
  `${n}/log`,
  `${n}/meetings`,
  `${n}/meetings/new`,
  meeting,
  { ...meeting, then: '/edit' },
  { ...meeting, then: '/live' },
  `${n}/reports`,
  { on: `${n}/reports`, link: /\/reports\/\d+$/ },
  `${n}/people`,
  `${n}/invitations`,
  `${n}/organizations`,
  `${n}/settings`,
  `${n}/activity`,
  '/admin/users',
  '/admin/activity',
  '/admin/mail',
  '/admin/partnership',
  '/library',
  '/no-such-page',
];
const MEMBER_PAGES: Target[] = ['/', n, `${n}/log`, `${n}/cycles`, cycle, `${n}/meetings`, `${n}/indicator`, '/notifications', '/library'];
const PUBLIC_PAGES: Target[] = [
  '/sign-in',
  '/forgot-password',
  '/impact/kindergarten-readiness',
  '/impact',
  { on: '/impact/kindergarten-readiness', link: /\/impact\/kindergarten-readiness\/reports\/\d+$/ },
];

/**
 * The pseudo-language shows every catalogue text as ⟦…⟧ (dates and numbers too). What is left on
 * the page outside those marks and outside people's own words (translate="no") is text that no
 * catalogue gives: it would stay English in Spanish.
 */
async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('[translate="no"], script, style, noscript').forEach((e) => e.remove());
    // Marks nest (a sentence with a number in it): take out the innermost until none is left.
    let text = body.textContent ?? '';
    for (let before = ''; before !== text; ) [before, text] = [text, text.replace(/⟦[^⟦⟧]*⟧/g, ' ')];
    return [...new Set(text.match(/\p{L}[\p{L}'’-]*/gu) ?? [])].filter((word) => word !== 'Needle');
  });
}

/**
 * Signs in on the sign-in page and waits until the app has left it. (Its heading is "Sign in to
 * Needle": a check of the heading passed at once, and the next navigation could cancel the sign-in.)
 */
async function signInFromPage(page: Page, person: { email: string; password: string }) {
  await page.goto('/sign-in');
  await signIn(page, person);
  await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);
}

const nameOf = (t: Target) => (typeof t === 'string' ? t : `${t.link.source.replaceAll('\\', '')}${t.then ?? ''} from ${t.on}`);

// One test per page. A person's pages share one browser tab: each visit is a fresh document, so
// its layout shift is its own; signing in once and keeping the tab saves most of the time. The
// administrator's pages are checked the same way once, on a desktop, in the pseudo-language pass
// below (their markup is the same in every language); a member's and a visitor's pages, the ones
// opened at meetings and at home, on a desktop and on a phone.
for (const { name, size } of SIZES) {
  for (const [who, person, pages] of [
    ['a member', AISHA, MEMBER_PAGES],
    ['a visitor', null, PUBLIC_PAGES],
  ] as const) {
    test.describe(`${who} on a ${name}`, () => {
      let context: BrowserContext;
      let page: Page;
      test.beforeAll(async ({ browser }) => {
        context = await browser.newContext({ viewport: size });
        await recordLayoutShifts(context);
        page = await context.newPage();
        if (!person) return;
        await signInFromPage(page, person);
      });
      test.afterAll(() => context.close());

      for (const target of pages) {
        test(`is accessible and steady: ${nameOf(target)}`, () => visit(page, target));
      }
    });
  }
}

// The pages a Spanish-reading member and a neighbour open, in Spanish: axe again, since
// longer words and another language attribute can break what passed in English. (Every page's
// words are checked by the pseudo-language pass below; the markup is the same in each language.)
for (const [who, person, pages] of [
  ['a member', AISHA, MEMBER_PAGES],
  ['a visitor', null, PUBLIC_PAGES],
] as const) {
  test.describe(`${who} reading Spanish`, () => {
    let context: BrowserContext;
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      context = await browser.newContext({ viewport: WIDE, locale: 'es-US' });
      page = await context.newPage();
      if (!person) return;
      await page.goto('/sign-in');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iniciar sesión en Needle');
      await page.getByLabel('Correo electrónico').fill(person.email);
      await page.getByLabel('Contraseña', { exact: true }).fill(person.password);
      await page.getByRole('button', { name: 'Iniciar sesión' }).click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Iniciar sesión en Needle');
    });
    test.afterAll(() => context.close());

    for (const target of pages) {
      test(`is accessible in Spanish: ${nameOf(target)}`, async () => {
        const path = await open(page, target);
        await expect(page.locator('html')).toHaveAttribute('lang', 'es');
        await page.waitForTimeout(300);
        await expectAccessible(page, `${path} in Spanish`, { soft: true });
      });
    }
  });
}

// Every page in the pseudo-language: no word on screen that is not from a catalogue or a person;
// for the administrator's pages also axe, layout shift and cut-off selects (see above).
for (const [who, person, pages] of [
  ['an administrator', ADMIN, ADMIN_PAGES],
  ['a visitor', null, PUBLIC_PAGES],
] as const) {
  test.describe(`${who} in the pseudo-language`, () => {
    let context: BrowserContext;
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      context = await browser.newContext({ viewport: WIDE });
      await recordLayoutShifts(context);
      page = await context.newPage();
      if (person) {
        await signInFromPage(page, person);
      }
      // The choice is kept on the device: every page after this one is in the pseudo-language
      // (once its words have arrived, which is when the choice is stored).
      await page.goto('/?lang=pseudo');
      await expect(page.locator('#root')).toContainText('⟦');
    });
    test.afterAll(() => context.close());

    for (const target of pages) {
      test(`says nothing outside the catalogues: ${nameOf(target)}`, async () => {
        const path = await visit(page, target);
        expect.soft(await untranslated(page), `words on ${path} that no catalogue gives`).toEqual([]);
      });
    }
  });
}

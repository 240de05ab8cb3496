import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** No serious or critical WCAG A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page, name: string, { soft = false } = {}) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // The app has no frames: legacy mode checks the page itself and skips opening a blank page to
    // gather frame results, a fifth of each run's time (the every-page spec runs it 100 times).
    .setLegacyMode(true)
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  (soft ? expect.soft : expect)(bad, `accessibility problems on ${name}`).toEqual([]);
}

/** axe on the page as it is now, at the desktop size and again at the phone size. */
export async function expectAccessibleAtBothSizes(page: Page, name: string) {
  const before = page.viewportSize();
  for (const size of [WIDE, PHONE]) {
    await page.setViewportSize(size);
    await expectAccessible(page, `${name} at ${size.width}×${size.height}`);
  }
  if (before) await page.setViewportSize(before);
}

/**
 * Records layout shifts from the first paint of every page the context opens, the way Chromium
 * reports them for Cumulative Layout Shift: shifts right after the person's own input do not count.
 */
export async function recordLayoutShifts(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __needleShifts: { value: number; sources: string[] }[] };
    w.__needleShifts = [];
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 100) : String(s.node?.nodeName)));
        w.__needleShifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The summed layout shift of the current page since it loaded (recordLayoutShifts must be on). */
export async function layoutShift(page: Page): Promise<{ total: number; sources: string[] }> {
  return page.evaluate(() => {
    const shifts = (window as unknown as { __needleShifts: { value: number; sources: string[] }[] }).__needleShifts;
    return { total: shifts.reduce((sum, s) => sum + s.value, 0), sources: shifts.flatMap((s) => s.sources.map((src) => `${s.value.toFixed(3)} ${src}`)) };
  });
}

/** The page did not jump while it loaded: summed layout shift at most `max` (Google's "good" is 0.1). */
export async function expectStableLayout(page: Page, name: string, { max = 0.02, soft = false } = {}) {
  const shift = await layoutShift(page);
  (soft ? expect.soft : expect)(shift.total, `layout shift on ${name}:\n    ${shift.sources.join('\n    ')}`).toBeLessThanOrEqual(max);
}

/** Every visible dropdown shows its chosen option whole, not cut off at the arrow. */
export async function expectSelectsUncut(page: Page, name: string, { soft = false } = {}) {
  const cut = await page.locator('select').evaluateAll((selects) => {
    const context = document.createElement('canvas').getContext('2d')!;
    return (selects as HTMLSelectElement[])
      .filter((s) => s.offsetParent !== null && s.selectedIndex >= 0)
      .flatMap((s) => {
        const style = getComputedStyle(s);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = s.options[s.selectedIndex]!.text;
        // A choice spelled out whole in the dropdown's own description is read in full there.
        const described = (s.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
        if (described.some((d) => d.includes(text.trim()))) return [];
        const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context.measureText(text).width > room ? [`“${text}” (${Math.round(context.measureText(text).width)}px in ${Math.round(room)}px)`] : [];
      });
  });
  (soft ? expect.soft : expect)(cut, `dropdowns cut off on ${name}`).toEqual([]);
}

/** Nothing sticks out sideways on a phone. */
export async function expectNoHorizontalOverflow(page: Page, width = 390) {
  // Asked again until it holds: a chart redraws for a new width a frame or two after a resize.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: 'page width' }).toBeLessThanOrEqual(width);
}

export const PHONE = { width: 390, height: 844 };

/** The administrator the first-run story (needle.spec.ts) creates; the other files sign in as them. */
export const FIRST_ADMIN = { name: 'Ada Admin', email: 'ada@example.org', password: 'violet-harbor-lantern-42' };

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// --- People and networks for the feature files: each test makes its own. -----------------

export type Person = { name: string; email: string; password: string };
export const WIDE = { width: 1280, height: 800 };

/** A person for one test; `tag` keeps their email unique across the files sharing one database. */
export function person(name: string, tag: string): Person {
  const first = name.split(' ')[0]!.toLowerCase();
  return { name, email: `${tag}-${first}@example.org`, password: 'amber-willow-compass-63' };
}

export async function signInAsAdmin(browser: Browser, viewport = WIDE): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto('/sign-in');
  await signIn(page, FIRST_ADMIN);
  await expect(page.getByRole('heading', { name: 'Networks', level: 1 })).toBeVisible();
  return page;
}

/** Creates a network and returns its address, e.g. /n/reading-network. */
export async function createNetwork(admin: Page, name: string): Promise<string> {
  await admin.goto('/');
  await admin.getByRole('button', { name: 'New network' }).click();
  const dialog = admin.getByRole('dialog', { name: 'New network' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Outcome area').selectOption({ label: 'Kindergarten readiness' });
  await dialog.getByRole('button', { name: 'Create network' }).click();
  await expect(admin.getByRole('heading', { name, level: 1 })).toBeVisible();
  return new URL(admin.url()).pathname;
}

/**
 * A newcomer joins the network with the given role, signed in on a page of their own that opens on
 * the network. Set up through the API, as the invitation screens would (invitation.create, then
 * invitation.signUp and the sign-in); needle.spec.ts walks those screens.
 */
export async function join(browser: Browser, admin: Page, network: string, role: 'Member' | 'Facilitator' | 'Lead', who: Person, viewport = WIDE) {
  const networkId = await networkIdOf(admin, network);
  const created = await trpc(admin, 'invitation.create', { networkId, role: role.toLowerCase(), expiresInDays: 7, maxUses: 1 });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  const { token } = (created.body as { result: { data: { json: { token: string } } } }).result.data.json;

  const page = await (await browser.newContext({ viewport })).newPage();
  // The server trusts a write only from its own pages: say where this one comes from.
  const headers = { origin: new URL(admin.url()).origin };
  const signUp = await page.request.post('/trpc/invitation.signUp', { data: { json: { token, name: who.name, email: who.email, password: who.password } }, headers });
  expect(signUp.status(), await signUp.text()).toBe(200);
  const signIn = await page.request.post('/api/auth/sign-in/email', { data: { email: who.email, password: who.password }, headers });
  expect(signIn.status(), await signIn.text()).toBe(200);
  await page.goto(network);
  await expect(page.getByText(`Your role: ${role}`)).toBeVisible();
  return page;
}

// --- Email: the feature server sends to the local mail catcher (playwright.config.ts). -----------

const MAIL_CATCHER_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 3}`;
export type CaughtMail = { to: string[]; subject: string; text: string; html: string; headers: Record<string, string> };

/** Waits for the email to `to` whose subject matches (the mail worker polls the outbox). */
export async function emailTo(page: Page, to: string, subject: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const all = (await (await page.request.get(`${MAIL_CATCHER_URL}/messages`)).json()) as CaughtMail[];
        found = all.filter((m) => m.to.includes(to) && subject.test(m.subject)).at(-1);
        return found !== undefined;
      },
      { message: `an email to ${to} about ${subject}`, timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

/** The first address in an email's text that starts with `prefix`. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const url = mail.text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname.startsWith(prefix));
  if (!url) throw new Error(`no ${prefix} link in the email “${mail.subject}”`);
  return url;
}

// --- Setting the scene through the API, as the signed-in person of `page`. ----------------------

/** A tRPC mutation from inside the page (its cookie and origin), for data a test is not about. */
export async function trpc(page: Page, path: string, input: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ path, body }) => {
      const res = await fetch(`/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return { status: res.status, body: await res.json() };
    },
    { path, body: JSON.stringify({ json: input }) },
  );
}

/** A tRPC query from inside the page, as its signed-in person: the answer's data. */
export async function trpcQuery<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, input }) => {
      const res = await fetch(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
      return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
    },
    { path, input },
  ) as Promise<T>;
}

/** The id of the network at a `/n/<slug>` path. */
export async function networkIdOf(page: Page, network: string): Promise<number> {
  const slug = network.split('/').pop()!;
  return page.evaluate(async (slug) => {
    const res = await fetch('/trpc/network.bySlug?input=' + encodeURIComponent(JSON.stringify({ json: { slug } })));
    return ((await res.json()) as { result: { data: { json: { id: number } } } }).result.data.json.id;
  }, slug);
}

/**
 * A monthly "children ready" percentage defined through the API; `extra` sets what a test is about
 * (another measure's kind, name and kind of value). Returns the measure's id.
 */
export async function defineReadinessIndicator(page: Page, networkId: number, extra: Record<string, unknown> = {}): Promise<number> {
  const saved = await trpc(page, 'indicator.save', {
    networkId,
    version: 0,
    name: 'Children ready for kindergarten',
    definition: 'Children assessed as ready, out of all children assessed.',
    isProportion: true,
    numeratorLabel: 'Children ready',
    denominatorLabel: 'Children assessed',
    unit: 'percent',
    ratePer: null,
    polarity: 'higher_is_better',
    dataSource: 'District assessment',
    frequency: 'monthly',
    baselinePeriod: null,
    baselineValue: null,
    targetValue: null,
    targetDate: null,
    minGroupSize: 10,
    dimensions: [],
    ...extra,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return (saved.body as { result: { data: { json: { id: number } } } }).result.data.json.id;
}

import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
  createNetwork,
  defineReadinessIndicator,
  expectNoHorizontalOverflow,
  expectStableLayout,
  join,
  networkIdOf,
  person,
  PHONE,
  recordLayoutShifts,
  signInAsAdmin,
  trpc,
} from './support.ts';

test.describe.configure({ timeout: 120_000 });

// The network's first screen answers "what is happening, and what needs me?" on a phone.
test('the home says what needs me, counts it in the tab and the switcher, and shows the needle', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Home Needs Network');
  const networkId = await networkIdOf(admin, network);
  const page = await join(browser, admin, network, 'Member', person('Nia Needs', 'home'), PHONE);
  await recordLayoutShifts(page.context());

  await page.goto(network);
  const needs = page.getByRole('region', { name: 'Needs you' });
  await expect(needs.getByText('Nothing needs you right now.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Log a cycle' })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'The needle' })).toContainText('No indicator yet.');
  await expect(page).toHaveTitle('Home Needs Network · Needle');

  // A cycle logged in a hurry still needs its predictions: the home asks for them.
  const logged = await trpc(page, 'cycle.quickLog', { networkId, clientId: randomUUID(), title: 'Take-home calendars', changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null });
  expect(logged.status, JSON.stringify(logged.body)).toBe(200);
  await defineReadinessIndicator(admin, networkId);
  const rows = ['2026-01', '2026-02', '2026-03'].map((period, i) => ({ period, groupId: null, value: null, numerator: 40 + i, denominator: 100, note: '' }));
  expect((await trpc(admin, 'indicator.saveMeasurements', { networkId, rows })).status).toBe(200);

  // One query for the page: the cards share home.network's answer (on a first load it comes with
  // the network in home.bySlug, asked for as the first script starts: first-request.ts), none asks
  // for its own.
  const calls: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname.match(/^\/trpc\/(.+)$/)?.[1];
    if (path) calls.push(...decodeURIComponent(path).split(','));
  });
  await page.reload();
  const item = needs.getByRole('link', { name: /Add a prediction to each question before you test/ });
  await expect(item).toContainText('Take-home calendars');
  await expect(item).toContainText('Today');
  await expect(page).toHaveTitle('(1) Home Needs Network · Needle');
  const needle = page.getByRole('region', { name: 'The needle' });
  await expect(needle.getByRole('link', { name: 'See the indicator' })).toBeVisible();
  await expect(needle.getByRole('table', { name: 'The last 3 values of Children ready for kindergarten' })).toBeAttached();
  await expect(page.getByRole('link', { name: 'Log a cycle' })).toBeInViewport();
  await expectStableLayout(page, 'network home');
  const pageQuery = ['home.network', 'home.bySlug'];
  expect(calls.filter((c) => pageQuery.includes(c))).toHaveLength(1);
  const shell = ['setup.status', 'account.me', 'network.list', 'network.bySlug', 'home.counts', 'notifications.unreadCount', 'notifications.list'];
  expect(calls.filter((c) => !pageQuery.includes(c) && !shell.includes(c))).toEqual([]);
  await expectNoHorizontalOverflow(page);

  await page.getByRole('button', { name: /Home Needs Network/ }).click();
  await expect(page.getByRole('menuitem', { name: /Home Needs Network/ })).toContainText('1 thing needs you');
  await page.keyboard.press('Escape');

  await item.click();
  await expect(page).toHaveURL(/\/cycles\/\d+$/);
  await expect(page).toHaveTitle(/^\(1\) /);
  await Promise.all([admin.context().close(), page.context().close()]);
});

// Someone with a long list gets its first items with the home; the rest come when asked for: "Show
// all" brings the next page (50) at once, and past that "Show more" brings each one.
test('a long "Needs you" list comes a page at a time, and its count is the whole list', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Home Long List Network');
  const networkId = await networkIdOf(admin, network);
  const page = await join(browser, admin, network, 'Member', person('Lee Long', 'home-long'), PHONE);
  for (let i = 1; i <= 75; i++) {
    const input = { networkId, clientId: randomUUID(), title: `Planned test ${String(i).padStart(2, '0')}`, changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null };
    let logged = await trpc(page, 'cycle.quickLog', input);
    // Past the write limit's burst, a person may write five a second.
    while (logged.status === 429) {
      await page.waitForTimeout(250);
      logged = await trpc(page, 'cycle.quickLog', input);
    }
    expect(logged.status, JSON.stringify(logged.body)).toBe(200);
  }

  const asked: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname.match(/^\/trpc\/(.+)$/)?.[1];
    if (path) asked.push(...decodeURIComponent(path).split(','));
  });
  await page.goto(network);
  const needs = page.getByRole('region', { name: 'Needs you' });
  const items = needs.getByRole('link', { name: /Add a prediction to each question before you test/ });
  await expect(items).toHaveCount(4);
  await expect(page).toHaveTitle('(75) Home Long List Network · Needle');

  expect(asked).not.toContain('home.needsYou');
  await needs.getByRole('button', { name: 'Show all 75' }).click();
  await expect(items).toHaveCount(70);
  expect(asked.filter((c) => c === 'home.needsYou')).toHaveLength(1);
  // From the keyboard: the button goes with the last page, and the first new item has the focus.
  await needs.getByRole('button', { name: 'Show 5 more' }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(75);
  await expect(items.nth(70)).toBeFocused();
  expect(asked.filter((c) => c === 'home.needsYou')).toHaveLength(2);
  await expect(needs.getByRole('button', { name: /more$/ })).toHaveCount(0);
  // Every one of them, once each, oldest first within the kind.
  await expect(items.first()).toContainText('Planned test 01');
  await expect(items.last()).toContainText('Planned test 75');
  await expectNoHorizontalOverflow(page);

  const fewer = needs.getByRole('button', { name: 'Show fewer' });
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await fewer.click();
  await expect(items).toHaveCount(4);
  // Shown again, the pages already here are not asked for twice.
  await needs.getByRole('button', { name: 'Show all 75' }).click();
  await expect(items).toHaveCount(75);
  expect(asked.filter((c) => c === 'home.needsYou')).toHaveLength(2);
  await Promise.all([admin.context().close(), page.context().close()]);
});

import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createNetwork, defineReadinessIndicator, join as joinNetwork, networkIdOf, person, signInAsAdmin, trpc, trpcQuery } from './support.ts';

// Needle offline (docs/offline.md): the installed app opens a network it has seen with no
// connection, from the answers kept on the device, and says how old they are.
test.use({ serviceWorkers: 'allow' });

/** The service worker is active and its precache complete (it activates only once every file is kept). */
async function workerReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** What the device keeps of the query cache, as text (IndexedDB, see client/lib/offline/persister.ts). */
async function keptOnDevice(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('needle-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('query-cache')) return resolve('');
          const all = db.transaction('query-cache').objectStore('query-cache').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('at a meeting without wifi: the network opens from what the device kept, and two cycles and a check-in arrive once each when it is back', async ({ browser }) => {
  // A whole meeting's story, twelve pages online and off: on a busy machine it outlasted 60 s.
  test.slow();
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Offline Library Network');
  const networkId = await networkIdOf(admin, network);
  await defineReadinessIndicator(admin, networkId);
  const page = await joinNetwork(browser, admin, network, 'Member', person('Omar Offline', `offline${test.info().repeatEachIndex || ''}`));
  const logged = await trpc(page, 'cycle.quickLog', { networkId, clientId: randomUUID(), title: 'Story time at the laundromat', changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null });
  expect(logged.status, JSON.stringify(logged.body)).toBe(200);
  const created = await trpc(admin, 'meeting.create', { networkId, clientId: randomUUID(), title: 'Library night', date: '2026-12-07', attendeeIds: [], guestCount: 0 });
  const meetingId = (created.body as { result: { data: { json: { id: number } } } }).result.data.json.id;
  const meeting = `${network}/meetings/${meetingId}`;

  // Online, the member opens the home, the indicator, the plan and the cycles.
  // (A count of what needs the person may come first in the title: "(1) Cycles · …".)
  const tabs = page.getByRole('navigation', { name: 'Network' });
  const pages = [
    { tab: 'Home', title: /\bOffline Library Network · Needle$/ },
    { tab: 'Indicator', title: /\bChildren ready for kindergarten · / },
    { tab: 'Plan', title: /\bDriver diagram · / },
    { tab: 'Cycles', title: /\bCycles · / },
  ];
  for (const { tab, title } of pages) {
    await tabs.getByRole('link', { name: tab, exact: true }).click();
    await expect(page).toHaveTitle(title);
  }
  await expect(page.getByText('Story time at the laundromat')).toBeVisible();
  // …and the meeting they are at, and its quick log.
  await page.goto(meeting);
  await expect(page.getByRole('heading', { name: 'Library night', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'Quick log a cycle' }).click();
  await expect(page.getByLabel('Title')).toBeVisible();
  await page.goBack();
  await tabs.getByRole('link', { name: 'Cycles', exact: true }).click();
  await expect(page.getByText('Story time at the laundromat')).toBeVisible();
  // Kept: the meeting, and the cycles page's own answers (its list and its overview).
  for (const kept of ['Library night', '"cycle","list"', '"cycle","overview"']) await expect.poll(() => keptOnDevice(page)).toContain(kept);
  await expect(page.getByRole('status').filter({ hasText: 'offline' })).toHaveCount(0);
  await workerReady(page);

  // No connection: the app reloads from the service worker and the answers the device kept, and
  // each page's code comes from the worker's copy.
  // (Under Playwright, a page the service worker serves after setOffline still reads
  // navigator.onLine as true, like a phone on wifi with no way out: Needle learns it is offline
  // from its first request that gets no answer — client/lib/offline/connectivity.ts.)
  await page.context().setOffline(true);
  const marker = page.getByRole('status').filter({ hasText: /You’re offline\. Showing what you last saw, as of \d{1,2}:\d\d\s[AP]M\./ });
  await page.reload();
  await expect(marker).toBeVisible();
  await expect(page.getByText('Story time at the laundromat')).toBeVisible();
  for (const { tab, title } of pages.slice(0, 3)) {
    await tabs.getByRole('link', { name: tab, exact: true }).click();
    await expect(page).toHaveTitle(title);
    await expect(marker).toBeVisible();
  }
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Still offline, at the meeting: the member checks in and logs two cycles. Each waits on the phone.
  await page.goto(meeting);
  await expect(marker).toBeVisible();
  await page.getByRole('button', { name: 'I’m here: check me in' }).click();
  await expect(page.getByText('You’re checked in on this device. It is sent as soon as the connection is back.')).toBeVisible();
  await page.getByRole('link', { name: 'Quick log a cycle' }).click();
  for (const title of ['Calendars at pickup', 'Reading corner at the clinic']) {
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Log cycle' }).click();
    await expect(page.getByRole('heading', { name: 'Kept on this phone' })).toBeVisible();
    await page.getByRole('button', { name: 'Log another' }).click();
  }
  const outbox = page.getByRole('button', { name: /Changes kept on this device/ });
  await expect(outbox).toHaveAccessibleName('Changes kept on this device: 3 waiting');

  // Back online, the line goes, and what waited is sent by itself, each exactly once.
  await page.context().setOffline(false);
  await expect(marker).toHaveCount(0);
  await expect(outbox).toBeHidden({ timeout: 20_000 });
  const got = await trpcQuery<{ attendees: { name: string }[]; cycles: { title: string }[] }>(admin, 'meeting.get', { networkId, meetingId });
  expect(got.attendees.map((a) => a.name)).toEqual(['Omar Offline']);
  expect(got.cycles.map((c) => c.title).sort()).toEqual(['Calendars at pickup', 'Reading corner at the clinic']);
});

test('a new version waits for the person’s Reload, keeping what they were typing until then and the writes waiting to be sent', async ({ browser }) => {
  // The service worker is installed twice, each time keeping every file of the app: on a busy
  // machine (CI, beside two other browsers) it outlasted 60 s.
  test.slow();
  const admin = await signInAsAdmin(browser);
  await workerReady(admin);
  // A quick log waits on the device: another tab holds the outbox's lock, as if it were sending.
  // (Request routes cannot hold it back: they do not see requests that pass a service worker.)
  const network = await createNetwork(admin, 'Update Day Network');
  const otherTab = await admin.context().newPage();
  await otherTab.goto('/healthz');
  await otherTab.evaluate(
    () =>
      new Promise<void>((held) => {
        void navigator.locks.request('needle-outbox', () => (held(), new Promise((release) => Object.assign(window, { release }))));
      }),
  );
  await admin.goto(`${network}/log`);
  await admin.getByLabel('Title').fill('Calendars at pickup');
  await admin.getByRole('button', { name: 'Log cycle' }).click();
  const outbox = admin.getByRole('button', { name: /Changes kept on this device/ });
  await expect(outbox).toHaveAccessibleName('Changes kept on this device: 1 waiting');
  await admin.goto('/account');
  // A deploy: the server now serves a different service worker.
  const sw = join('dist', 'client', 'sw.js');
  const deployed = readFileSync(sw, 'utf8');
  try {
    writeFileSync(sw, `${deployed}\n// next deploy ${Date.now()}\n`);
    const name = admin.getByRole('textbox', { name: 'Your name' });
    await name.fill('Ada, half typed');
    await admin.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    const notice = admin.getByRole('status').filter({ hasText: 'A new version of Needle is ready.' });
    await expect(notice).toBeVisible();
    await expect(name).toHaveValue('Ada, half typed');
    await Promise.all([admin.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect(notice).toHaveCount(0);
    // The new worker is in charge, and none waits behind it.
    await expect.poll(() => admin.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => (r?.active && !r.waiting && !r.installing ? 'new' : 'pending')))).toBe('new');
    // The new version sends what the old one kept, once, when the other tab lets go.
    await expect(outbox).toHaveAccessibleName('Changes kept on this device: 1 waiting');
    await otherTab.evaluate(() => (window as unknown as { release: () => void }).release());
    await expect(outbox).toBeHidden();
    const networkId = await networkIdOf(admin, network);
    const cycles = await trpcQuery<{ items: { title: string }[] }>(admin, 'cycle.list', { networkId });
    expect(cycles.items.map((c) => c.title)).toEqual(['Calendars at pickup']);
  } finally {
    writeFileSync(sw, deployed);
  }
});

import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createNetwork, defineReadinessIndicator, join as joinNetwork, networkIdOf, person, signInAsAdmin, trpc } from './support.ts';

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

test('a network seen once opens offline from what the device kept, marked with its time', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Offline Library Network');
  const networkId = await networkIdOf(admin, network);
  await defineReadinessIndicator(admin, networkId);
  const page = await joinNetwork(browser, admin, network, 'Member', person('Omar Offline', 'offline'));
  const logged = await trpc(page, 'cycle.quickLog', { networkId, clientId: randomUUID(), title: 'Story time at the laundromat', changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null });
  expect(logged.status, JSON.stringify(logged.body)).toBe(200);

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
  await expect.poll(() => keptOnDevice(page)).toContain('Story time at the laundromat');
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

  // Back online, the line goes and the page asks the server again.
  const refetched = page.waitForRequest((r) => r.url().includes('/trpc/'));
  await page.context().setOffline(false);
  await expect(marker).toHaveCount(0);
  await refetched;
});

test('a new version waits for the person’s Reload, keeping what they were typing until then', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  await workerReady(admin);
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
  } finally {
    writeFileSync(sw, deployed);
  }
});

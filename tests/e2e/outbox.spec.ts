import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createNetwork, join, networkIdOf, person, PHONE, signInAsAdmin, trpc, trpcQuery } from './support.ts';

/** Every write from the page fails (tRPC mutations are POSTs); reading still works, so a reload does. */
const failWrites = (page: Page) => page.route('**/trpc/**', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));

test('at a meeting without wifi: two quick logs wait on the phone, survive a reload, and arrive once each; an offline edit that met a newer version opens the merge', async ({ browser }) => {
  // Two stories in one (the outbox, then the merge): on a busy machine it outlasted 60 s.
  test.slow();
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Outbox Readiness');
  const networkId = await networkIdOf(admin, network);
  const meeting = await trpc(admin, 'meeting.create', { networkId, clientId: randomUUID(), title: 'Library night', date: '2026-12-07', attendeeIds: [], guestCount: 0 });
  const meetingId = (meeting.body as { result: { data: { json: { id: number } } } }).result.data.json.id;
  const phone = await join(browser, admin, network, 'Member', person('Olu Outbox', 'outbox'), PHONE);

  await phone.goto(`${network}/log?meetingId=${meetingId}`);
  await failWrites(phone);
  for (const title of ['Calendars at pickup', 'Reading corner at the clinic']) {
    await phone.getByLabel('Title').fill(title);
    await phone.getByRole('button', { name: 'Log cycle' }).click();
    await expect(phone.getByRole('heading', { name: 'Kept on this phone' })).toBeVisible();
    await phone.getByRole('button', { name: 'Log another' }).click();
  }
  // The sender loads after the page; its first try after the reload fails too.
  const triedAgain = phone.waitForEvent('requestfailed', (r) => r.method() === 'POST');
  await phone.reload();
  await triedAgain;
  const waiting = phone.getByRole('region', { name: 'Waiting to send' });
  await expect(waiting.getByRole('listitem')).toHaveCount(2);
  const indicator = phone.getByRole('button', { name: /Changes kept on this device/ });
  await expect(indicator).toHaveAccessibleName('Changes kept on this device: 2 waiting');

  // The connection returns: sent oldest first, each exactly once.
  const outbox = phone.getByRole('dialog', { name: 'Waiting to send' });
  await sendNowOnceOnline(phone);
  await expect(outbox.getByText('Everything has been sent.')).toBeVisible();
  await phone.keyboard.press('Escape');
  await expect(indicator).toBeHidden();
  await expect(waiting).toBeHidden();
  const logged = await trpcQuery<{ items: { title: string }[] }>(admin, 'cycle.list', { networkId, meetingId });
  expect(logged.items.map((c) => c.title).sort()).toEqual(['Calendars at pickup', 'Reading corner at the clinic']);

  // An edit saved without a connection, while the lead changes the same cycle online.
  const cycleId = (await trpcQuery<{ items: { id: number; title: string }[] }>(admin, 'cycle.list', { networkId, meetingId })).items.find((c) => c.title === 'Calendars at pickup')!.id;
  await phone.goto(`${network}/cycles/${cycleId}`);
  await failWrites(phone);
  await phone.getByRole('button', { name: 'Edit Plan' }).click();
  await phone.getByLabel('Objective').fill('Find out whether families use the calendar at home.');
  await phone.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(phone.getByText('Saved on this device. It is sent as soon as the connection is back.')).toBeVisible();
  const theirs = await trpcQuery<Record<string, unknown>>(admin, 'cycle.get', { networkId, cycleId });
  const fields = Object.fromEntries(Object.entries(theirs).filter(([k]) => k in EDITABLE));
  const changed = await trpc(admin, 'cycle.update', { ...fields, networkId, cycleId, version: theirs.version, coOwnerIds: [], planWho: 'Ms. Rivera’s class' });
  expect(changed.status, JSON.stringify(changed.body)).toBe(200);

  await sendNowOnceOnline(phone);
  await expect(outbox.getByRole('listitem').filter({ hasText: 'Calendars at pickup' })).toContainText('Someone changed it meanwhile');
  await outbox.getByRole('link', { name: 'Resolve' }).click();
  await expect(phone.getByText('Your edit waited on this device while someone else saved this cycle')).toBeVisible();
  await expect(phone.getByLabel('Objective')).toHaveValue('Find out whether families use the calendar at home.');
  await phone.getByRole('button', { name: 'Save mine anyway' }).click();
  await expect(phone.getByText('Your changes are saved.')).toBeVisible();
  await expect(indicator).toBeHidden();
  const merged = await trpcQuery<{ objective: string; planWho: string }>(admin, 'cycle.get', { networkId, cycleId });
  expect([merged.objective, merged.planWho]).toEqual(['Find out whether families use the calendar at home.', 'Ms. Rivera’s class']);
});

/**
 * Opens the outbox while writes still fail, then lets them through and presses "Send now" at
 * once. Were the connection back first, the sender's own timed retry could send everything before
 * the press, and there would be no button to press. That retry can still land in the moment
 * between the two (it did once, in a full run): then the button goes, and what was sent is
 * checked by the caller all the same.
 */
async function sendNowOnceOnline(phone: Page) {
  await phone.getByRole('button', { name: /Changes kept on this device/ }).click();
  const sendNow = phone.getByRole('dialog', { name: 'Waiting to send' }).getByRole('button', { name: 'Send now' });
  await expect(sendNow).toBeVisible();
  await phone.unrouteAll();
  await sendNow.click({ timeout: 10_000 }).catch(async (error: unknown) => {
    if (await sendNow.isVisible()) throw error;
  });
}

/** The fields cycle.update takes besides its ids and version. */
const EDITABLE = Object.fromEntries(
  ['title', 'changeIdeaId', 'ownerId', 'partnerOrganizationId', 'site', 'meetingId', 'scale', 'startDate', 'endDate', 'objective', 'questions', 'planWho', 'planWhat', 'planWhen', 'planWhere', 'dataCollection', 'carriedOut', 'whatHappened', 'observations', 'surprises', 'learning', 'decision', 'nextSteps'].map((k) => [k, true]),
);

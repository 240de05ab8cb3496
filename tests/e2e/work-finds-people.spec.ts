import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { createNetwork, emailTo, expectAccessible, join, linkIn, networkIdOf, person, signInAsAdmin, trpc } from './support.ts';

// Work finds its people (issue 18): a charter version waits for the lead, who sees it on the
// network's home and in the bell, and is emailed; the lead ratifies it; the facilitator, who asked
// for such news by email, gets the notification and the email, and can turn those emails off from
// it with one click. The facilitator's calendar feed holds the network's meeting.

async function bell(page: Page, unread: number) {
  // The count is asked for again when the window gets focus; a reload stands in for that here.
  await page.reload();
  const button = page.getByRole('button', { name: `Notifications, ${unread} unread` });
  await expect(button).toBeVisible();
  await button.click();
  return page.getByRole('menu');
}

test('a waiting charter reaches the lead; the ratification reaches the facilitator, in the bell and by email', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Ratify Network');
  const fay = person('Fay Facilitator', 'story');
  const leo = person('Leo Lead', 'story');
  const facilitator = await join(browser, admin, network, 'Facilitator', fay);
  const lead = await join(browser, admin, network, 'Lead', leo);

  // The facilitator asks for ratifications by email too.
  await facilitator.goto('/account');
  const choices = facilitator.getByRole('region', { name: 'Notifications' });
  await expect(choices.getByText(/Email is off on this Needle/)).toHaveCount(0);
  await choices.getByLabel('A charter version is ratified').selectOption('email');
  await choices.getByRole('button', { name: 'Save notification choices' }).click();
  await expect(choices.getByText('Your notification choices are saved.')).toBeVisible();

  // The facilitator saves the charter's first version.
  await facilitator.goto(`${network}/charter/edit`);
  await facilitator.getByLabel('Aim statement').fill('By June 2028, raise the share of children ready for kindergarten from 48% to 60%.');
  await facilitator.getByLabel('Change note').fill('First draft for the lead');
  await facilitator.getByRole('button', { name: 'Save new version' }).click();
  await expect(facilitator.getByText(/Version 1 is saved/)).toBeVisible();

  // The lead: the home says it needs them, the bell says it, and an email says it.
  await lead.goto(network);
  const needsYou = lead.getByRole('region', { name: 'Needs you' });
  const waiting = needsYou.getByRole('link', { name: /Ratify or return the new charter version/ });
  await expect(waiting).toBeVisible();
  await expect(lead).toHaveTitle(/^\(1\) /);
  await expectAccessible(lead, 'network home with a charter waiting');
  const leadMenu = await bell(lead, 1);
  await expect(leadMenu.getByRole('menuitem', { name: /Version 1 of the Ratify Network charter is waiting to be ratified\./ })).toBeVisible();
  await lead.keyboard.press('Escape');
  const leadMail = await emailTo(lead, leo.email, /Version 1 of the Ratify Network charter is waiting to be ratified/);
  expect(linkIn(leadMail, '/n/')).toContain(`${network}/charter`);

  // From the home, the lead ratifies it; then nothing waits.
  await lead.getByRole('region', { name: 'Needs you' }).getByRole('link', { name: /Ratify or return the new charter version/ }).click();
  await expect(lead).toHaveURL(new RegExp(`${network}/charter`));
  await lead.getByRole('button', { name: 'Ratify version 1' }).click();
  await lead.getByRole('dialog', { name: 'Ratify version 1?' }).getByRole('button', { name: 'Ratify version 1' }).click();
  await expect(lead.getByText('Version 1 is ratified')).toBeVisible();
  await lead.goto(network);
  await expect(lead.getByRole('region', { name: 'Needs you' }).getByText('Nothing needs you right now.')).toBeVisible();

  // The facilitator: in the bell, and by email with a link to the charter and a way out.
  // (Two: Leo's joining is news to a facilitator too.)
  const fayMenu = await bell(facilitator, 2);
  await expect(fayMenu.getByRole('menuitem', { name: /Leo Lead ratified version 1 of the Ratify Network charter\./ })).toBeVisible();
  await facilitator.keyboard.press('Escape');
  const fayMail = await emailTo(facilitator, fay.email, /Leo Lead ratified version 1 of the Ratify Network charter/);
  expect(fayMail.html).toContain('Leo Lead ratified version 1');
  expect(fayMail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  await facilitator.goto(linkIn(fayMail, '/n/'));
  await expect(facilitator.getByText(/Ratified by Leo Lead/)).toBeVisible();

  // One click (after a confirming button, so mail scanners cannot) turns those emails off.
  const out = await (await browser.newContext()).newPage();
  await out.goto(linkIn(fayMail, '/api/mail/unsubscribe'));
  await out.getByRole('button').click();
  await facilitator.goto('/account');
  await expect(facilitator.getByRole('region', { name: 'Notifications' }).getByLabel('A charter version is ratified')).toHaveValue('in_app');

  // The calendar feed: a real calendar with the network's meeting in it.
  const networkId = await networkIdOf(facilitator, network);
  const made = await trpc(facilitator, 'meeting.create', { networkId, clientId: crypto.randomUUID(), title: 'December network meeting', date: '2026-12-16', attendeeIds: [], guestCount: 0 });
  expect(made.status).toBe(200);
  const calendar = facilitator.getByRole('region', { name: 'Calendar' });
  await calendar.getByRole('button', { name: 'Get my calendar address' }).click();
  const address = await calendar.getByLabel('Your calendar address').inputValue();
  const feed = await facilitator.request.get(address);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const ics = new ICAL.Component(ICAL.parse(await feed.text()));
  const meeting = ics.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)).find((e) => e.summary.includes('December network meeting'));
  expect(meeting?.startDate.toString()).toBe('2026-12-16');
  expect(meeting?.uid).toMatch(/^meeting-\d+@/);
});

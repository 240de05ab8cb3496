import { expect, test } from '@playwright/test';
import { createNetwork, expectAccessible, expectNoHorizontalOverflow, expectSelectsUncut, join, person, PHONE, signInAsAdmin } from './support.ts';

// A lead changes a member's role: the member's bell counts it, says it, leads to the network and
// marks it read. The member then turns that kind of notification off, and the next change is silent.

test('a role change reaches the member’s bell; the member turns such notifications off', async ({ browser }) => {
  test.setTimeout(150_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Bell Network');
  const sam = await join(browser, admin, network, 'Member', person('Sam Member', 'bell'), PHONE);
  const lead = await join(browser, admin, network, 'Lead', person('Lee Lead', 'bell'));

  await lead.goto(`${network}/people`);
  await lead.getByLabel('Role for Sam Member').selectOption({ label: 'Facilitator' });
  await lead.getByRole('dialog').getByRole('button', { name: 'Make facilitator' }).click();
  await expect(lead.getByLabel('Role for Sam Member')).toHaveValue('facilitator');

  // The count is asked for again when the window gets focus; a reload stands in for that here.
  await sam.reload();
  const bell = sam.getByRole('button', { name: 'Notifications, 1 unread' });
  await expect(bell).toBeVisible();
  await bell.focus();
  await sam.keyboard.press('Enter');
  const menu = sam.getByRole('menu');
  const item = menu.getByRole('menuitem', { name: /Lee Lead made you a facilitator of Bell Network\./ });
  await expect(item).toContainText('New');
  await expect(item).toContainText('now');
  // The keyboard lands on the first notification, even though the list arrived after the menu opened.
  await expect(item).toBeFocused();
  // (axe runs on the notifications page below: an open menu hides the rest of the page from
  // assistive technology, which axe reports against the page behind it.)
  await expectNoHorizontalOverflow(sam);
  await item.click();
  await expect(sam).toHaveURL(new RegExp(`${network}$`));
  await expect(sam.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();

  // See all: the page lists it, read now.
  await sam.getByRole('button', { name: 'Notifications', exact: true }).click();
  await sam.getByRole('menuitem', { name: 'See all notifications' }).click();
  await expect(sam.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  await expect(sam.getByRole('link', { name: /Lee Lead made you a facilitator of Bell Network\./ })).not.toContainText('New');
  await expect(sam.getByText('Everything here is read.')).toBeVisible();

  // The member turns role changes off on the account page.
  await sam.getByRole('link', { name: 'Choose what Needle tells you' }).click();
  const section = sam.getByRole('region', { name: 'Notifications' });
  // The feature server sends email (to the local mail catcher), so every choice is offered.
  await expect(section.getByText(/Email is off on this Needle/)).toHaveCount(0);
  const roleChoice = section.getByLabel('Your role in a network changes');
  await expect(roleChoice).toHaveValue('in_app');
  await expect(roleChoice.locator('option[value="email"]')).toBeEnabled();
  await roleChoice.selectOption('off');
  await section.getByRole('button', { name: 'Save notification choices' }).click();
  await expect(section.getByText('Your notification choices are saved.')).toBeVisible();
  await expectAccessible(sam, 'notification choices on a phone');
  await expectNoHorizontalOverflow(sam);
  await expectSelectsUncut(sam, 'notification choices on a phone');

  await lead.getByLabel('Role for Sam Member').selectOption({ label: 'Member' });
  await lead.getByRole('dialog').getByRole('button', { name: /Make member/ }).click();
  await expect(lead.getByLabel('Role for Sam Member')).toHaveValue('member');
  await sam.reload();
  await expect(section.getByLabel('Your role in a network changes')).toHaveValue('off');
  await expect(sam.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();
});

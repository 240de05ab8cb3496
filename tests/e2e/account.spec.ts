import { expect, test } from '@playwright/test';
import { createNetwork, expectAccessible, expectNoHorizontalOverflow, join, person, PHONE, signIn, signInAsAdmin, WIDE } from './support.ts';

// A member changes their name and password from the account menu on a phone; the laptop where
// they were also signed in is signed out by the change.

test('a member changes name and password from the account menu; their other session ends', async ({ browser }) => {
  test.setTimeout(150_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Account Network');
  const maria = person('Maria Delgado', 'account');
  const laptop = await join(browser, admin, network, 'Member', maria, WIDE);

  const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
  await phone.goto('/sign-in');
  await signIn(phone, maria);
  await expect(phone.getByRole('heading', { name: 'Networks', level: 1 })).toBeVisible();

  // The account menu, by keyboard: Enter opens it on its first item.
  await phone.getByRole('button', { name: /Account menu/ }).focus();
  await phone.keyboard.press('Enter');
  await expect(phone.getByRole('menuitem', { name: 'Your account' })).toBeFocused();
  await phone.keyboard.press('Enter');
  await expect(phone.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
  await expectNoHorizontalOverflow(phone);

  // The name: a role written into it is refused on the field; a real change shows in the header.
  const name = phone.getByLabel('Your name');
  await name.fill('Maria Delgado (Lead)');
  await phone.getByRole('button', { name: 'Save name' }).click();
  await expect(phone.getByText('Leave your role out of your name')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('  Maria Delgado-Ruiz ');
  await phone.getByRole('button', { name: 'Save name' }).click();
  await expect(phone.getByText('Your name is saved.')).toBeVisible();
  await phone.getByRole('button', { name: /Account menu/ }).click();
  await expect(phone.getByRole('menu')).toContainText('Maria Delgado-Ruiz');
  await phone.keyboard.press('Escape');

  // The password: each mistake shows on its own field.
  const current = phone.getByLabel('Current password');
  const fresh = phone.getByLabel('New password', { exact: true });
  const again = phone.getByLabel('New password again');
  const submit = phone.getByRole('button', { name: 'Change password' });
  await expect(phone.getByText('At least 8 characters. A few unrelated words work well.')).toBeVisible();

  await current.fill(maria.password);
  await fresh.fill('copper-meadow-kettle-42');
  await again.fill('copper-meadow-kettle-24');
  await submit.click();
  await expect(phone.getByText('This does not match the new password')).toBeVisible();
  await expect(again).toHaveAttribute('aria-invalid', 'true');

  await fresh.fill('password1');
  await again.fill('password1');
  await submit.click();
  await expect(phone.getByText('This password is too common. Choose one that is harder to guess.')).toBeVisible();
  await expect(fresh).toHaveAttribute('aria-invalid', 'true');
  await expect(fresh).toBeFocused();
  await expectAccessible(phone, 'name and password, with errors');

  await current.fill('not-my-password');
  await fresh.fill('copper-meadow-kettle-42');
  await again.fill('copper-meadow-kettle-42');
  await submit.click();
  await expect(phone.getByText('That is not your current password.')).toBeVisible();
  await expect(current).toHaveAttribute('aria-invalid', 'true');

  await current.fill(maria.password);
  await submit.click();
  await expect(phone.getByText('Your password is changed.')).toBeVisible();
  await expect(current).toHaveValue('');
  await expectNoHorizontalOverflow(phone);

  // The laptop's session has ended: its next page asks to sign in.
  await laptop.goto(network);
  await expect(laptop.getByRole('heading', { name: 'Sign in to Needle' })).toBeVisible();

  // Out and in again on the phone: the old password no longer works, the new one does.
  await phone.getByRole('button', { name: /Account menu/ }).click();
  await phone.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(phone.getByRole('heading', { name: 'Sign in to Needle' })).toBeVisible();
  await signIn(phone, maria);
  await expect(phone.getByRole('alert')).toContainText('That email and password do not match');
  await signIn(phone, { email: maria.email, password: 'copper-meadow-kettle-42' });
  await expect(phone.getByRole('heading', { name: 'Networks', level: 1 })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { createNetwork, expectAccessible, expectNoHorizontalOverflow, join, person, PHONE, signIn, signInAsAdmin, WIDE } from './support.ts';

// This Needle sends no email (the first-run server has no SMTP). A member who forgot their password
// is told to ask the site administrator, who makes a one-time reset link on the people list; the
// member opens it on a phone, chooses a new password and signs in. Their other session ends.

test('with email off, an administrator’s reset link lets a member choose a new password on a phone', async ({ browser }) => {
  test.setTimeout(150_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Reset Network');
  const rosa = person('Rosa Delgado', 'reset');
  const laptop = await join(browser, admin, network, 'Member', rosa, WIDE);

  // The member forgot: the sign-in page leads to a page that says whom to ask.
  const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
  await phone.goto('/sign-in');
  await phone.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(phone.getByRole('heading', { name: 'Reset your password', level: 1 })).toBeVisible();
  await expect(phone.getByText('This Needle cannot send email')).toBeVisible();
  await expect(phone.getByText('Ask your site administrator for a password reset link.')).toBeVisible();
  await expect(phone.getByLabel('Email')).toHaveCount(0);
  await expectAccessible(phone, 'forgot password, email off');

  // The administrator makes the link; it is shown once.
  await admin.goto('/admin/users');
  await admin.getByRole('button', { name: `Make a password reset link for ${rosa.name}` }).click();
  const dialog = admin.getByRole('dialog', { name: `Password reset link for ${rosa.name}` });
  await dialog.getByRole('button', { name: 'Make link' }).click();
  await expect(dialog.getByText('This link is shown only once')).toBeVisible();
  const link = await dialog.getByLabel(`Reset link for ${rosa.name}`).inputValue();
  expect(link).toMatch(/\/reset-password\?token=[A-Za-z0-9]{24}$/);
  await expectAccessible(admin, 'reset link shown once');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The member opens it on the phone and chooses a new password; mistakes show on their fields.
  await phone.goto(link);
  await expect(phone.getByRole('heading', { name: 'Choose a new password', level: 1 })).toBeVisible();
  await expectNoHorizontalOverflow(phone);
  const fresh = phone.getByLabel('New password', { exact: true });
  const again = phone.getByLabel('New password again');
  await fresh.fill('copper-meadow-kettle-42');
  await again.fill('copper-meadow-kettle-24');
  await phone.getByRole('button', { name: 'Save new password' }).click();
  await expect(phone.getByText('This does not match the new password')).toBeVisible();
  await fresh.fill('password1');
  await again.fill('password1');
  await phone.getByRole('button', { name: 'Save new password' }).click();
  await expect(phone.getByText('This password is too common')).toBeVisible();
  await expectAccessible(phone, 'reset password, with errors');
  await fresh.fill('copper-meadow-kettle-42');
  await again.fill('copper-meadow-kettle-42');
  await phone.getByRole('button', { name: 'Save new password' }).click();

  // Then signs in with it.
  await expect(phone.getByText('Your password has been changed. Sign in with your new password.')).toBeVisible();
  await signIn(phone, { email: rosa.email, password: 'copper-meadow-kettle-42' });
  await expect(phone.getByRole('heading', { name: 'Networks', level: 1 })).toBeVisible();

  // The laptop session ended with the reset; the link does not work twice.
  await laptop.reload();
  await expect(laptop.getByRole('heading', { name: 'Sign in to Needle', level: 1 })).toBeVisible();
  await laptop.goto(link);
  await laptop.getByLabel('New password', { exact: true }).fill('another-fine-password-77');
  await laptop.getByLabel('New password again').fill('another-fine-password-77');
  await laptop.getByRole('button', { name: 'Save new password' }).click();
  await expect(laptop.getByText('This link no longer works')).toBeVisible();
  await expect(laptop.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
});

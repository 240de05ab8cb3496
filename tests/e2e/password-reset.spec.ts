import { expect, test } from '@playwright/test';
import { createNetwork, emailTo, expectAccessible, expectNoHorizontalOverflow, join, linkIn, person, PHONE, signIn, signInAsAdmin, WIDE } from './support.ts';

// A member who forgot their password asks for a link on a phone, gets it by email (the feature
// server sends to the local mail catcher), chooses a new password and signs in; their other
// session ends and the link works once. An administrator's one-time link (for a Needle without
// email) works the same way.

test('a member resets a forgotten password from the email link; an administrator’s link works too', async ({ browser }) => {
  test.setTimeout(150_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Reset Network');
  const rosa = person('Rosa Delgado', 'reset');
  const laptop = await join(browser, admin, network, 'Member', rosa, WIDE);

  const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
  await phone.goto('/sign-in');
  await phone.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(phone.getByRole('heading', { name: 'Reset your password', level: 1 })).toBeVisible();
  await expectAccessible(phone, 'forgot password');
  await phone.getByLabel('Email').fill(rosa.email);
  await phone.getByRole('button', { name: 'Email me a link' }).click();
  await expect(phone.getByText('Check your email')).toBeVisible();

  const mail = await emailTo(phone, rosa.email, /password/i);
  expect(mail.text).toContain('one hour');
  expect(mail.headers['list-unsubscribe']).toBeUndefined(); // an account email cannot be turned off
  const link = linkIn(mail, '/reset-password');

  // Mistakes show on their fields.
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

  // Without email, an administrator makes a one-time link on the people list; it is shown once.
  await admin.goto('/admin/users');
  await admin.getByRole('button', { name: `Make a password reset link for ${rosa.name}` }).click();
  const dialog = admin.getByRole('dialog', { name: `Password reset link for ${rosa.name}` });
  await dialog.getByRole('button', { name: 'Make link' }).click();
  await expect(dialog.getByText('This link is shown only once')).toBeVisible();
  const adminLink = await dialog.getByLabel(`Reset link for ${rosa.name}`).inputValue();
  expect(adminLink).toMatch(/\/reset-password\?token=[A-Za-z0-9]{24}$/);
  await expectAccessible(admin, 'reset link shown once');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await laptop.goto(adminLink);
  await laptop.getByLabel('New password', { exact: true }).fill('harbor-violet-lantern-58');
  await laptop.getByLabel('New password again').fill('harbor-violet-lantern-58');
  await laptop.getByRole('button', { name: 'Save new password' }).click();
  await expect(laptop.getByText('Your password has been changed. Sign in with your new password.')).toBeVisible();
  await signIn(laptop, { email: rosa.email, password: 'harbor-violet-lantern-58' });
  await expect(laptop.getByRole('heading', { name: 'Networks', level: 1 })).toBeVisible();
});

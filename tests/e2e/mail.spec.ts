import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, PHONE, signInAsAdmin } from './support.ts';

// The feature server runs with email on, sending to the local mail catcher: the administrator's
// Email tab says so and shows the outbox.

// The catcher's HTTP side, as playwright.config.ts starts it beside the feature server.
const MAIL_CATCHER_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 3}`;

test('an administrator sees that email is on and what the outbox holds', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  // The catcher the server sends to is up and answers.
  expect((await admin.request.get(`${MAIL_CATCHER_URL}/messages`)).ok()).toBe(true);

  await admin.goto('/admin/users');
  await admin.getByRole('link', { name: 'Email' }).click();
  await expect(admin.getByRole('heading', { name: 'Email', level: 1 })).toBeVisible();
  await expect(admin.getByText('Email is on', { exact: true })).toBeVisible();
  await expect(admin.getByRole('term').filter({ hasText: 'Failed' })).toBeVisible();
  await expect(admin.getByRole('heading', { name: 'Latest emails', level: 2 })).toBeVisible();
  // Other stories may have sent email by now: either the list or the empty sentence shows.
  await expect(admin.getByText('No emails yet.').or(admin.getByRole('heading', { name: 'Latest emails' }).locator('xpath=following-sibling::ul'))).toBeVisible();

  await admin.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(admin);
});

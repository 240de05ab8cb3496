import { expect, test } from '@playwright/test';
import { person, signInAsAdmin, trpc } from './support.ts';

// An administrator sets up the partnership on its admin tab (name, words, logo) and makes a person
// partnership staff. The every-page check looks at /admin/partnership for layout and accessibility.

// A real 1×1 PNG, so the browser draws it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('an administrator sets up the partnership and makes a person partnership staff', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const sam = person('Sam Backbone', `staff-${Date.now()}`);
  // Someone to make staff, through the API (the invitation screens have their own story).
  const network = await trpc(admin, 'network.create', { name: `Staff Story ${Date.now()}`, outcomeArea: 'other', status: 'forming' });
  expect(network.status, JSON.stringify(network.body)).toBe(200);
  const networkId = (network.body as { result: { data: { json: { id: number } } } }).result.data.json.id;
  const invite = await trpc(admin, 'invitation.create', { networkId, role: 'member', expiresInDays: 7, maxUses: 1 });
  const { token } = (invite.body as { result: { data: { json: { token: string } } } }).result.data.json;
  const newcomer = await browser.newContext();
  const signUp = await newcomer.request.post('/trpc/invitation.signUp', { data: { json: { token, ...sam } }, headers: { origin: new URL(admin.url()).origin } });
  expect(signUp.status(), await signUp.text()).toBe(200);
  await newcomer.close();

  await admin.goto('/admin/users');
  await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Partnership' }).click();
  await expect(admin.getByRole('heading', { name: 'The partnership', level: 1 })).toBeVisible();
  const name = 'Eastside Cradle to Career';
  await admin.getByLabel('Name', { exact: true }).fill(name);
  await admin.getByLabel('Short description').fill('Every child, cradle to career.');
  await admin.getByLabel('Community it serves').fill('Eastside and Northgate');
  await admin.getByLabel('Websites that may show the public pages').fill('https://www.example.org/report');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('is not a website’s address on its own')).toBeVisible();
  await admin.getByLabel('Websites that may show the public pages').fill('https://www.example.org');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('Saved.')).toBeVisible();

  await admin.getByLabel('Choose an image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(admin.getByRole('img', { name: 'The image you chose' })).toBeVisible();
  await admin.getByRole('button', { name: 'Use this logo' }).click();
  await expect(admin.getByText('Logo saved.')).toBeVisible();
  const logo = admin.getByRole('img', { name: `Logo of ${name}` });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  await admin.reload();
  await expect(admin.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expect(admin.getByLabel('Websites that may show the public pages')).toHaveValue('https://www.example.org');

  await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'People and accounts' }).click();
  await admin.getByLabel('Search by name or email').fill(sam.email);
  const row = admin.getByRole('listitem').filter({ hasText: sam.email });
  await row.getByRole('button', { name: `Make partnership staff: ${sam.name}` }).click();
  await admin.getByRole('dialog', { name: `Make ${sam.name} partnership staff?` }).getByRole('button', { name: 'Make partnership staff' }).click();
  await expect(row.getByText('Partnership staff', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: `End staff role: ${sam.name}` })).toBeVisible();
});

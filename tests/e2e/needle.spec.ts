import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, FIRST_ADMIN, PHONE } from './support.ts';

// One story from a fresh install, in order: each step builds on the data the one before made.
test.describe.configure({ mode: 'serial' });

const admin = FIRST_ADMIN;
const member = { name: 'Maya Member', email: 'maya@example.org', password: 'copper-meadow-falcon-17' };
const lead = { name: 'Leo Lead', email: 'leo@example.org', password: 'silver-canyon-otter-88' };
const networkName = 'Kindergarten Readiness Network';
const slug = 'kindergarten-readiness-network';

let adminPage: Page;
let memberLink = '';
let leadLink = '';

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function createLink(page: Page, role: 'Member' | 'Facilitator' | 'Lead', uses?: number) {
  await page.goto(`/n/${slug}/invitations`);
  await page.getByLabel('Role').selectOption({ label: role });
  if (uses !== undefined) await page.getByLabel('How many people may use it').fill(String(uses));
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByText('This link is shown only now')).toBeVisible();
  const link = await page.getByLabel(/Invitation link/).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return link;
}

async function newVisitor(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  adminPage = await (await browser.newContext()).newPage();
});

test('first run asks for the first administrator and signs them in', async () => {
  const page = adminPage;
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  await expectAccessible(page, 'setup');

  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByText('Enter a name')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Your name').fill(admin.name);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByRole('heading', { name: 'Networks', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Networks · Needle');
  await expectAccessible(page, 'home (no networks)');
});

test('signing out and in again; a wrong password is explained', async () => {
  const page = adminPage;
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in to Needle' })).toBeVisible();
  await expectAccessible(page, 'sign-in');

  await signIn(page, { email: admin.email, password: 'not-my-password' });
  await expect(page.getByRole('alert')).toContainText('That email and password do not match');
  await expectAccessible(page, 'sign-in with an error');

  await signIn(page, admin);
  await expect(page.getByRole('heading', { name: 'Networks', level: 1 })).toBeVisible();
});

test('a signed-out visitor is sent to sign in and brought back', async ({ browser }) => {
  const page = await newVisitor(browser);
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await signIn(page, admin);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.context().close();
});

test('the administrator creates a network', async () => {
  const page = adminPage;
  await page.getByRole('button', { name: 'New network' }).click();
  const dialog = page.getByRole('dialog', { name: 'New network' });
  await dialog.getByLabel('Name').fill(networkName);
  await dialog.getByLabel('Outcome area').selectOption({ label: 'Kindergarten readiness' });
  await dialog.getByLabel('Status').selectOption({ label: 'Active' });
  await expectAccessible(page, 'new network dialog');
  await dialog.getByRole('button', { name: 'Create network' }).click();

  await expect(page).toHaveURL(new RegExp(`/n/${slug}$`));
  await expect(page.getByRole('heading', { name: networkName, level: 1 })).toBeVisible();
  await expect(page.getByText('Site administrator (not a member)')).toBeVisible();
  await expectAccessible(page, 'network home');

  await page.goto('/');
  await expect(page.getByRole('link', { name: networkName })).toBeVisible();
  await expectAccessible(page, 'home');
});

test('the administrator creates invitation links and sees them listed', async () => {
  const page = adminPage;
  memberLink = await createLink(page, 'Member', 5);
  await expectAccessible(page, 'invitations');
  await page.getByRole('button', { name: 'Create another link' }).click();
  await page.getByLabel('Role').selectOption({ label: 'Lead' });
  await expect(page.getByLabel('How many people may use it')).toHaveValue('1');
  leadLink = await createLink(page, 'Lead');
  await expect(page.getByRole('region', { name: 'Links so far' }).getByText('Active')).toHaveCount(2);
});

test('a newcomer opens the link on a phone, creates an account and lands in the network', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(memberLink);
  await expect(page.getByRole('heading', { name: `Join ${networkName}` })).toBeVisible();
  await expect(page.getByText('as a member')).toBeVisible();
  await expectAccessible(page, 'invite page');
  await expectNoHorizontalOverflow(page);

  await page.getByLabel('Your name').fill(member.name);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password', { exact: true }).fill(member.password);
  await page.getByRole('button', { name: 'Create account and join' }).click();

  await expect(page).toHaveURL(new RegExp(`/n/${slug}$`));
  await expect(page.getByText('Your role: Member')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page, 'network home (member, phone)');
  // Members see only what they may use.
  const nav = page.getByRole('navigation', { name: 'Network' });
  // On a phone the bar keeps what a member uses at a meeting; the rest waits in "More".
  await expect(nav.getByRole('link')).toHaveText(['Home', 'Cycles', 'Meetings']);
  await nav.getByRole('button', { name: 'More' }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['Indicator', 'Charter', 'Plan', 'Reports', 'People']);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Set organization' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('A new organization').check();
  await dialog.getByLabel('Organization name').fill('Eastside Public Library');
  await dialog.getByLabel('Sector').selectOption({ label: 'Government' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('You represent Eastside Public Library')).toBeVisible();
  await context.close();
});

test('a lead joins through a single-use link, and the link is then used up', async ({ browser }) => {
  const page = await newVisitor(browser);
  await page.goto(leadLink);
  await page.getByLabel('Your name').fill(lead.name);
  await page.getByLabel('Email').fill(lead.email);
  await page.getByLabel('Password', { exact: true }).fill(lead.password);
  await page.getByRole('button', { name: 'Create account and join' }).click();
  await expect(page.getByText('Your role: Lead')).toBeVisible();

  const other = await newVisitor(browser);
  await other.goto(leadLink);
  await expect(other.getByRole('heading', { name: 'This invitation has been used' })).toBeVisible();
  await other.context().close();
  await page.context().close();
});

test('a lead changes a member’s role and cannot remove the last lead', async ({ browser }) => {
  const page = await newVisitor(browser);
  await page.goto('/sign-in');
  await signIn(page, lead);
  await page.getByRole('link', { name: networkName }).click();
  await page.getByRole('navigation', { name: 'Network' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 2 })).toBeVisible();
  await expectAccessible(page, 'people');

  await page.getByLabel(`Role for ${member.name}`).selectOption({ label: 'Facilitator' });
  await page.getByRole('dialog', { name: `Make ${member.name} a facilitator?` }).getByRole('button', { name: 'Make facilitator' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${member.name} is now a facilitator.` })).toBeVisible();
  await expect(page.getByLabel(`Role for ${member.name}`)).toHaveValue('facilitator');
  await page.reload();
  await expect(page.getByLabel(`Role for ${member.name}`)).toHaveValue('facilitator');

  await page.getByLabel(`Role for ${lead.name}`).selectOption({ label: 'Member' });
  const demote = page.getByRole('dialog', { name: `Make ${lead.name} a member?` });
  await demote.getByRole('button', { name: 'Make member' }).click();
  await expect(demote.getByText('A network needs at least one lead')).toBeVisible();
  await expectAccessible(page, 'people with an error');
  await demote.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel(`Role for ${lead.name}`)).toHaveValue('lead');

  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByText(`changed ${member.name}’s role from member to facilitator`)).toBeVisible();
  await expectAccessible(page, 'network activity');
  await page.context().close();
});

test('settings: a status change, and the administrator appoints a lead', async () => {
  const page = adminPage;
  await page.goto(`/n/${slug}/settings`);
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expectAccessible(page, 'settings');
  await page.getByLabel('Status').selectOption({ label: 'Sustaining' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  // The badge under the network's name follows the change.
  await expect(page.locator('span', { hasText: /^Sustaining$/ })).toBeVisible();

  // Two people on the settings at once: the later save does not silently replace the earlier one.
  const other = await page.context().newPage();
  await other.goto(`/n/${slug}/settings`);
  await other.getByLabel('Outcome area').selectOption({ label: 'Early grade reading' });
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(other.getByText('Saved.')).toBeVisible();
  await other.close();
  await page.getByLabel('Status').selectOption({ label: 'Active' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText('Someone changed these details while you were editing');
  await expect(page.getByRole('alert')).toContainText('Early grade reading');
  await expect(page.getByLabel('Status')).toHaveValue('active'); // still the person's own choice
  await page.getByLabel('Outcome area').selectOption({ label: 'Kindergarten readiness' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(page.locator('span', { hasText: /^Active$/ })).toBeVisible();

  await page.getByLabel('Person').selectOption({ label: `${member.name} (${member.email})` });
  await page.getByRole('button', { name: 'Appoint lead' }).click();
  await expect(page.getByText(`${member.name} is now a lead of this network.`)).toBeVisible();
});

test('administration: people and accounts, and the activity log', async () => {
  const page = adminPage;
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'People and accounts' })).toBeVisible();
  await expect(page.getByText(member.email)).toBeVisible();
  await expectAccessible(page, 'admin users');

  await page.getByLabel('Search by name or email').fill('leo');
  await expect(page.getByText(member.email)).toBeHidden();
  await expect(page).toHaveURL(/q=leo/);
  await page.getByRole('button', { name: `Deactivate ${lead.name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByText('Deactivated', { exact: true })).toBeVisible();

  const visitor = await newVisitor(page.context().browser()!);
  await visitor.goto('/sign-in');
  await signIn(visitor, lead);
  await expect(visitor.getByRole('alert')).toContainText('deactivated');
  await visitor.context().close();

  await page.getByRole('button', { name: `Reactivate ${lead.name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reactivate' }).click();
  await expect(page.getByText('Deactivated', { exact: true })).toBeHidden();

  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Activity log' }).click();
  await expect(page.getByRole('heading', { name: 'Activity log' })).toBeVisible();
  await expect(page.getByText(`reactivated ${lead.name}’s account`)).toBeVisible();
  await expectAccessible(page, 'admin activity');
  await page.getByLabel('Network').selectOption({ label: networkName });
  await expect(page.getByText('set up Needle as its first administrator')).toBeHidden();
  await expect(page.getByText(`created the network ${networkName}`)).toBeVisible();
});

test('unknown pages and networks get a friendly page', async () => {
  const page = adminPage;
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Needle');
  await expectAccessible(page, '404');
  await page.goto('/n/no-such-network');
  await expect(page.getByRole('heading', { name: 'Network not found' })).toBeVisible();
});

test('an invalid invitation link is explained', async ({ browser }) => {
  const page = await newVisitor(browser);
  await page.goto(`/invite/${'x'.repeat(43)}`);
  await expect(page.getByRole('heading', { name: 'This invitation link is not valid' })).toBeVisible();
  await expectAccessible(page, 'invalid invitation');
  await page.context().close();
});

test('someone with an account signs in from the invitation and joins', async ({ browser }) => {
  const page = await newVisitor(browser);
  await page.goto(memberLink);
  await page.getByRole('link', { name: 'I already have an account' }).click();
  await expect(page.getByText('Sign in, then accept your invitation.')).toBeVisible();
  await signIn(page, admin);
  await expect(page.getByRole('button', { name: `Join ${networkName}` })).toBeVisible();
  await expectAccessible(page, 'invite page (signed in)');
  await page.getByRole('button', { name: `Join ${networkName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/n/${slug}$`));
  await expect(page.getByText('Your role: Member')).toBeVisible();
  await page.context().close();
});

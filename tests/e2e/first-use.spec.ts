import { expect, test } from '@playwright/test';
import { createNetwork, expectAccessible, expectNoHorizontalOverflow, join, networkIdOf, person, PHONE, signInAsAdmin, trpc } from './support.ts';

// Each test signs people up (argon2) and builds its own network before it starts.
test.describe.configure({ timeout: 120_000 });

// What a new user hit on first use: a role changed by one tap, an action edit that silently
// un-approved the plan, no way to add a partner organization, two reports for the same days.

test('a role change asks first, says what the role may do, is announced and can be undone', async ({ browser }) => {
  const admin = await signInAsAdmin(browser, PHONE);
  const network = await createNetwork(admin, 'Roles Network');
  const sam = person('Sam Member', 'roles');
  await join(browser, admin, network, 'Member', sam);
  // A lead already: undoing a promotion must not leave the network without one.
  await join(browser, admin, network, 'Lead', person('Lee Lead', 'roles'));

  await admin.goto(`${network}/people`);
  const role = admin.getByLabel('Role for Sam Member');
  await role.selectOption({ label: 'Lead' });
  const dialog = admin.getByRole('dialog', { name: 'Make Sam Member a lead?' });
  await expect(dialog).toContainText('approve the action plan');
  await expectAccessible(admin, 'role change dialog');
  await expectNoHorizontalOverflow(admin);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(role).toHaveValue('member');
  await admin.reload();
  await expect(admin.getByLabel('Role for Sam Member')).toHaveValue('member');

  await admin.getByLabel('Role for Sam Member').selectOption({ label: 'Lead' });
  await admin.getByRole('dialog', { name: 'Make Sam Member a lead?' }).getByRole('button', { name: 'Make lead' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Sam Member is now a lead.' })).toBeVisible();
  await expect(admin.getByLabel('Role for Sam Member')).toHaveValue('lead');

  await admin.getByRole('button', { name: 'Undo' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Sam Member is a member again.' })).toBeVisible();
  await expect(admin.getByLabel('Role for Sam Member')).toHaveValue('member');

  await admin.goto(`${network}/activity`);
  await expect(admin.getByText('changed Sam Member’s role from member to lead')).toBeVisible();
  await expect(admin.getByText('changed Sam Member’s role from lead to member')).toBeVisible();
});

test('an action edit says beforehand when it returns an approved plan to draft, and shows the rule', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Approved Plan Network');
  const networkId = await networkIdOf(admin, network);
  const node = await trpc(admin, 'plan.addNode', { networkId, parentId: null, title: 'Families know what readiness means' });
  const nodeId = (node.body as { result: { data: { json: { id: number } } } }).result.data.json.id;
  const action = await trpc(admin, 'plan.addAction', {
    networkId, title: 'Run a readiness night', nodeId, ownerId: null, partnerOrganizationId: null, startDate: null, dueDate: '2027-03-31', status: 'not_started',
  });
  const actionId = (action.body as { result: { data: { json: { id: number; planVersion: number } } } }).result.data.json.id;
  const planVersion = (action.body as { result: { data: { json: { planVersion: number } } } }).result.data.json.planVersion;
  expect((await trpc(admin, 'plan.submit', { networkId, planVersion })).status).toBe(200);
  expect((await trpc(admin, 'plan.approve', { networkId, planVersion })).status).toBe(200);

  // Status is progress: saved with no question, and the plan stays approved.
  await admin.goto(`${network}/plan/actions/${actionId}/edit`);
  await expect(admin.getByText('Status does not: the plan stays approved.')).toBeVisible();
  await admin.getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await expect(admin.getByText('Your changes are saved. The plan stays approved.')).toBeVisible();

  // A new due date changes the plan: asked first; cancelling saves nothing.
  await admin.goto(`${network}/plan/actions/${actionId}/edit`);
  await admin.getByLabel('Due date (optional)').fill('2027-05-31');
  await admin.getByRole('button', { name: 'Save changes' }).click();
  const ask = admin.getByRole('dialog', { name: 'Return the plan to draft?' });
  await expect(ask).toContainText('due date');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await admin.goto(`${network}/plan`);
  await expect(admin.getByRole('region', { name: 'Plan status' })).toContainText('Approved');

  await admin.goto(`${network}/plan/actions/${actionId}/edit`);
  await admin.getByLabel('Due date (optional)').fill('2027-05-31');
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await admin.getByRole('dialog', { name: 'Return the plan to draft?' }).getByRole('button', { name: 'Save and return to draft' }).click();
  await expect(admin.getByText('Your changes are saved. The plan is a draft again')).toBeVisible();
});

test('a facilitator adds, renames and merges partner organizations, recorded in the activity log', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Organizations Network');
  const fay = person('Fay Facilitator', 'orgs');
  const page = await join(browser, admin, network, 'Facilitator', fay, PHONE);

  // Organizations are the partnership's, shared by every network (and by the other test files).
  await page.goto(network);
  // On a phone the Organizations tab waits under More.
  await page.getByRole('navigation', { name: 'Network' }).getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Organizations' }).click();
  await expect(page.getByRole('heading', { name: 'Partner organizations', level: 2 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('Riverbend Public Library');
  await page.getByLabel('Sector').selectOption({ label: 'Community and family' });
  await page.getByRole('button', { name: 'Add organization' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Riverbend Public Library is added.' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('riverbend public library');
  await page.getByLabel('Sector').selectOption({ label: 'Community and family' });
  await page.getByRole('button', { name: 'Add organization' }).click();
  await expect(page.getByText('There is already an organization named Riverbend Public Library.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Name' }).fill('Riverbend Library');
  await page.getByLabel('Sector').selectOption({ label: 'Community and family' });
  await page.getByRole('button', { name: 'Add organization' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Riverbend Library is added.' })).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await page.getByRole('button', { name: 'Rename Riverbend Library' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename Riverbend Library' });
  await rename.getByLabel('Name').fill('Riverbend Branch Library');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Riverbend Library is now called Riverbend Branch Library.' })).toBeVisible();

  await page.getByRole('button', { name: 'Merge Riverbend Branch Library' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge Riverbend Branch Library into another organization' });
  await merge.getByLabel('Keep this organization').selectOption({ label: 'Riverbend Public Library' });
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Riverbend Branch Library is merged into Riverbend Public Library.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename Riverbend Branch Library' })).toHaveCount(0);

  await admin.goto(`${network}/activity`);
  await expect(admin.getByText('added the partner organization Riverbend Public Library')).toBeVisible();
  await expect(admin.getByText('renamed the partner organization Riverbend Library to Riverbend Branch Library')).toBeVisible();
  await expect(admin.getByText('merged the partner organization Riverbend Branch Library into Riverbend Public Library')).toBeVisible();
});

test('a new report whose period overlaps another names that report', async ({ browser }) => {
  const admin = await signInAsAdmin(browser, PHONE);
  const network = await createNetwork(admin, 'Overlap Network');
  const networkId = await networkIdOf(admin, network);
  const made = await trpc(admin, 'report.create', { networkId, title: 'Spring board update', from: '2026-03-01', to: '2026-05-31', timeZone: 'UTC' });
  expect(made.status).toBe(200);

  await admin.goto(`${network}/reports`);
  await admin.getByRole('button', { name: 'New report' }).click();
  const dialog = admin.getByRole('dialog', { name: 'New report' });
  await dialog.getByLabel('From').fill('2026-05-01');
  await dialog.getByLabel('To').fill('2026-07-31');
  await expect(dialog.getByRole('status')).toContainText('This period overlaps “Spring board update” (March 1 – May 31, 2026).');
  await expectAccessible(admin, 'new report dialog with an overlap');
  await dialog.getByLabel('From').fill('2026-06-01');
  await expect(dialog.getByText(/overlaps/)).toHaveCount(0);
});

import { expect, test, type Page } from '@playwright/test';
import { createNetwork, expectAccessible, expectNoHorizontalOverflow, join, person, PHONE, signInAsAdmin } from './support.ts';

// Each test makes its own network and people, signing in as the administrator the first-run
// story created, so the tests do not depend on each other.

// Each test is a story with several people in several browsers: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

async function openEditor(page: Page, network: string) {
  await page.goto(`${network}/charter/edit`);
  await expect(page.getByRole('heading', { name: /^(Edit|Start) the charter$/ })).toBeVisible();
}

/** Saves a version through the editor and returns to the charter page. */
async function saveVersion(page: Page, network: string, fields: { aim?: string; meetings?: string; note: string }) {
  await openEditor(page, network);
  if (fields.aim !== undefined) await page.getByLabel('Aim statement').fill(fields.aim);
  if (fields.meetings !== undefined) await page.getByLabel('Meeting cadence').fill(fields.meetings);
  await page.getByLabel('Change note').fill(fields.note);
  await page.getByRole('button', { name: 'Save new version' }).click();
  await expect(page).toHaveURL(new RegExp(`${network}/charter$`));
  await expect(page.getByText(/Version \d+ is saved/)).toBeVisible();
}

async function ratify(page: Page, network: string, version: number) {
  await page.goto(`${network}/charter`);
  await page.getByRole('button', { name: `Ratify version ${version}` }).click();
  const dialog = page.getByRole('dialog', { name: `Ratify version ${version}?` });
  await dialog.getByRole('button', { name: `Ratify version ${version}` }).click();
  await expect(page.getByText(`Version ${version} is ratified`)).toBeVisible();
}

test('a facilitator drafts the charter; an unsaved draft survives a reload and a failed save; leaving warns', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Early Literacy Network');
  const fay = person('Fay Facilitator', 'draft');
  const page = await join(browser, admin, network, 'Facilitator', fay);

  await page.getByRole('navigation', { name: 'Network' }).getByRole('link', { name: 'Charter' }).click();
  await expect(page.getByRole('heading', { name: 'No charter yet' })).toBeVisible();
  await expectAccessible(page, 'charter page (empty)');
  await page.getByRole('link', { name: 'Start the charter' }).click();
  await expect(page.getByRole('heading', { name: 'Start the charter' })).toBeVisible();

  const aim = 'By June 2028, raise the share of third graders reading on grade level from 52% to 65%.';
  await page.getByLabel('Aim statement').click();
  await page.getByLabel('Aim statement').fill(aim);
  await page.getByLabel('Convener', { exact: true }).selectOption({ label: fay.name });
  await expect(page.getByText('Unsaved changes: a copy is kept on this device')).toBeVisible();

  // A reload asks first, then brings the unsaved text back from this device.
  let prompt = '';
  page.once('dialog', (dialog) => {
    prompt = dialog.type();
    void dialog.accept();
  });
  await page.reload();
  expect(prompt).toBe('beforeunload');
  await expect(page.getByText(/Restored your unsaved changes from \d/)).toBeVisible();
  await expect(page.getByLabel('Aim statement')).toHaveValue(aim);
  await expect(page.getByLabel('Convener', { exact: true })).toHaveValue(/.+/);

  // Leaving for another page inside Needle asks too; staying keeps everything.
  await page.getByRole('navigation', { name: 'Network' }).getByRole('link', { name: 'People' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await expectAccessible(page, 'leave dialog');
  await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(leave).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${network}/charter/edit$`));

  // The change note is required, and the error sits on its field.
  await page.getByRole('button', { name: 'Save new version' }).click();
  await expect(page.getByLabel('Change note')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Say in a few words what changed, e.g.')).toBeVisible();

  // A save lost to the network keeps the text and says so.
  await page.getByLabel('Change note').fill('First draft of the aim');
  await page.route('**/trpc/charter.save**', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Save new version' }).click();
  await expect(page.getByRole('alert')).toContainText('Not saved. Needle could not be reached');
  await expect(page.getByRole('alert')).toContainText('Everything you wrote is still here');
  await expect(page.getByLabel('Aim statement')).toHaveValue(aim);
  await page.unroute('**/trpc/charter.save**');

  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Save new version' }).click();
  await expect(page).toHaveURL(new RegExp(`${network}/charter$`));
  await expect(page.getByText('Version 1 is saved. A lead can now ratify it.')).toBeVisible();
  await expect(page.getByText(aim)).toBeVisible();
  await expect(page.getByText('Version 1, not ratified yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Draft version 1 is waiting for a lead’s review' })).toBeVisible();
  // Facilitators edit; only leads review.
  await expect(page.getByRole('button', { name: /^Ratify/ })).toHaveCount(0);
  await expectAccessible(page, 'charter page (draft)');

  // Saved: the local copy is gone, so the editor opens on version 1 without a restore message.
  await openEditor(page, network);
  await expect(page.getByText('You are editing version 1.')).toBeVisible();
  await expect(page.getByText(/Restored your unsaved changes/)).toHaveCount(0);
  await expect(page.getByLabel('Aim statement')).toHaveValue(aim);
  await page.context().close();
  await admin.context().close();
});

test('a lead compares two versions and ratifies the newest', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Kindergarten Ready Partnership');
  const fay = person('Fay Facilitator', 'ratify');
  const leo = person('Leo Lead', 'ratify');
  const facilitator = await join(browser, admin, network, 'Facilitator', fay);
  await saveVersion(facilitator, network, {
    aim: 'By June 2028, raise kindergarten readiness from 45% to 55% in the five focus schools.',
    meetings: 'Monthly, second Tuesday.',
    note: 'First draft',
  });
  await saveVersion(facilitator, network, {
    aim: 'By June 2028, raise kindergarten readiness from 45% to 60% in the five focus schools.',
    note: 'A bolder target after the May meeting',
  });

  const lead = await join(browser, admin, network, 'Lead', leo);
  await lead.getByRole('navigation', { name: 'Network' }).getByRole('link', { name: 'Charter' }).click();
  await expect(lead.getByRole('heading', { name: 'Draft version 2 is waiting for a lead’s review' })).toBeVisible();
  await lead.getByRole('link', { name: 'History' }).click();
  await expect(lead.getByRole('heading', { name: 'Charter history' })).toBeVisible();
  await expect(lead.getByText('“A bolder target after the May meeting”')).toBeVisible();

  await expect(lead.getByLabel('Older version')).toHaveValue('1');
  await expect(lead.getByLabel('Newer version')).toHaveValue('2');
  await lead.getByRole('button', { name: 'Compare' }).click();
  await expect(lead).toHaveURL(/\/charter\/compare\?from=1&to=2$/);
  const aim = lead.getByRole('region', { name: 'Aim statement' });
  await expect(aim.locator('del')).toContainText('55');
  await expect(aim.locator('ins')).toContainText('60');
  // Parts that did not change are collapsed under one heading.
  await expect(lead.getByRole('heading', { name: /^Unchanged \(\d+\)$/ })).toBeVisible();
  // Parts neither version has written are only named, not offered as "unchanged" text to open.
  await expect(lead.locator('summary', { hasText: 'Scope and population' })).toHaveCount(0);
  await expect(lead.locator('summary', { hasText: 'Convener (role)' })).toHaveCount(0);
  await expect(lead.getByRole('region', { name: 'Empty in both versions' })).toContainText('Scope and population');
  await expect(lead.locator('summary', { hasText: 'Meeting cadence' })).toBeVisible();
  await lead.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(lead);
  await lead.setViewportSize({ width: 1280, height: 800 });

  await lead.getByRole('navigation', { name: 'Network' }).getByRole('link', { name: 'Charter' }).click();
  await lead.getByRole('button', { name: 'Ratify version 2' }).click();
  const dialog = lead.getByRole('dialog', { name: 'Ratify version 2?' });
  await dialog.getByLabel('Note (optional)').fill('Agreed at the June network meeting');
  await expectAccessible(lead, 'ratify dialog');
  await dialog.getByRole('button', { name: 'Ratify version 2' }).click();
  await expect(dialog).toBeHidden();
  await expect(lead.getByText(/^Ratified by Leo Lead on .+ \(version 2\)$/)).toBeVisible();
  await expect(lead.getByText('Note: “Agreed at the June network meeting”')).toBeVisible();
  await expect(lead.getByText('from 45% to 60% in the five focus schools')).toBeVisible();
  await expect(lead.getByRole('heading', { name: /waiting for a lead’s review/ })).toHaveCount(0);

  await facilitator.context().close();
  await lead.context().close();
  await admin.context().close();
});

test('a member reads the ratified charter on a phone, with no edit or review controls, and can print it', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Grade Three Reading Network');
  const aim = 'By June 2029, raise the share of third graders reading on grade level from 48% to 62%.';
  await saveVersion(admin, network, { aim, meetings: 'Every month, *in person*, at the **Eastside library**.', note: 'First version' });
  await ratify(admin, network, 1);
  await saveVersion(admin, network, { aim: `${aim} Revised.`, note: 'Proposed revision' });

  const maya = person('Maya Member', 'read');
  const page = await join(browser, admin, network, 'Member', maya, PHONE);
  // On a phone the charter is in the tab bar's "More" menu.
  await page.getByRole('navigation', { name: 'Network' }).getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Charter' }).click();
  await expect(page.getByText(/^Ratified by Ada Admin on .+ \(version 1\)$/)).toBeVisible();
  await expect(page.getByText(aim, { exact: true })).toBeVisible();
  // The Markdown is rendered, not shown as asterisks.
  await expect(page.locator('strong', { hasText: 'Eastside library' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Draft version 2 is waiting for a lead’s review' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Edit the charter|Start the charter/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Ratify|Return with comment/ })).toHaveCount(0);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page, 'charter page (member, phone)');

  // Printing leaves out the app around the charter and its buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Network' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Grade Three Reading Network', level: 1 })).toBeHidden();
  await expect(page.getByRole('paragraph').filter({ hasText: 'Grade Three Reading Network' })).toBeVisible();
  await expect(page.getByText(aim, { exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The editor itself says no.
  await page.goto(`${network}/charter/edit`);
  await expect(page.getByRole('heading', { name: 'Only facilitators and leads edit the charter' })).toBeVisible();
  await page.context().close();
  await admin.context().close();
});

test('two editors save at once: the second merges, and both people’s words are kept', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Opportunity Youth Network');
  await saveVersion(admin, network, { aim: 'Reconnect young people to school or work.', note: 'Starting point' });

  const fay = await join(browser, admin, network, 'Facilitator', person('Fay Facilitator', 'merge'));
  const finn = await join(browser, admin, network, 'Facilitator', person('Finn Facilitator', 'merge'));
  await openEditor(fay, network);
  await openEditor(finn, network);

  const fayAim = 'By 2028, reconnect 500 young people aged 16 to 24 to school or work.';
  await fay.getByLabel('Aim statement').fill(fayAim);
  await fay.getByLabel('Meeting cadence').fill('Every other Thursday at the youth center.');
  await fay.getByLabel('Change note').fill('Made the aim measurable');
  await fay.getByRole('button', { name: 'Save new version' }).click();
  await expect(fay.getByText('Version 2 is saved')).toBeVisible();

  const finnAim = 'Reconnect young people to school or work, with a focus on those leaving foster care.';
  await finn.getByLabel('Aim statement').fill(finnAim);
  await finn.getByLabel('Problem statement and local data').fill('1 in 8 young people in the county is neither in school nor working.');
  await finn.getByLabel('Change note').fill('Named the foster-care focus');
  await finn.getByRole('button', { name: 'Save new version' }).click();

  await expect(finn.getByRole('heading', { name: 'Fay Facilitator saved version 2 while you were editing' })).toBeVisible();
  await expect(finn.getByText('Your changes to Problem statement and local data are already applied.')).toBeVisible();
  await expect(finn.getByText('Fay Facilitator’s changes to Meeting cadence are kept from version 2.')).toBeVisible();
  const conflict = finn.getByRole('region', { name: 'Aim statement: changed by both of you' });
  await expect(conflict.getByRole('paragraph').filter({ hasText: fayAim })).toBeVisible();
  await expect(conflict.getByRole('paragraph').filter({ hasText: finnAim })).toBeVisible();
  const box = conflict.getByLabel('Aim statement: text to save');
  await expect(box).toHaveValue(finnAim);
  await conflict.getByRole('button', { name: /Keep theirs/ }).click();
  await expect(box).toHaveValue(fayAim);
  await expectAccessible(finn, 'merge view');
  await finn.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(finn);
  await finn.setViewportSize({ width: 1280, height: 800 });

  // Combine the two: Fay's measurable aim with Finn's focus.
  const combined = 'By 2028, reconnect 500 young people aged 16 to 24 to school or work, with a focus on those leaving foster care.';
  await box.fill(combined);
  await expect(conflict.getByText('Keeping your combined text.')).toBeVisible();
  await finn.getByRole('button', { name: 'Save as version 3' }).click();
  await expect(finn).toHaveURL(new RegExp(`${network}/charter$`));
  await expect(finn.getByText('Version 3 is saved')).toBeVisible();

  // Version 3 has Fay's words and Finn's.
  await expect(finn.getByText(combined)).toBeVisible();
  await expect(finn.getByText('Every other Thursday at the youth center.')).toBeVisible();
  await expect(finn.getByText('1 in 8 young people in the county is neither in school nor working.')).toBeVisible();
  await expect(finn.getByText('Version 3, not ratified yet.')).toBeVisible();

  await fay.context().close();
  await finn.context().close();
  await admin.context().close();
});

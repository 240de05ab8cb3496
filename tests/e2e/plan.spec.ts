import { expect, test, type Locator, type Page } from '@playwright/test';
import { createNetwork, expectAccessible, expectNoHorizontalOverflow, join, person, PHONE, signInAsAdmin, WIDE } from './support.ts';

// Each test makes its own network and people, signing in as the administrator the first-run
// story created, so the tests do not depend on each other. A site administrator may do
// everything in a network, so where a test is not about roles the administrator edits the plan.

async function openDiagram(page: Page, network: string) {
  await page.goto(`${network}/plan/diagram`);
  await expect(page.getByRole('heading', { name: 'Driver diagram' })).toBeVisible();
}

const options = (page: Page, title: string) => page.getByRole('button', { name: `Options for ${title}`, exact: true });

async function addPrimary(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add primary driver', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add primary driver' });
  await dialog.getByLabel('Name').fill(title);
  await dialog.getByRole('button', { name: 'Add primary driver' }).click();
  await expect(dialog).toBeHidden();
  await expect(options(page, title)).toBeVisible();
}

async function addUnder(page: Page, parent: string, kind: 'secondary driver' | 'change idea', title: string) {
  await options(page, parent).click();
  await page.getByRole('menuitem', { name: `Add ${kind}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Add ${kind} under “${parent}”` });
  await dialog.getByLabel('Name').fill(title);
  await dialog.getByRole('button', { name: `Add ${kind}` }).click();
  await expect(dialog).toBeHidden();
  await expect(options(page, title)).toBeVisible();
}

/** The value of the option whose text ends with `text` (the options are indented by level). */
async function optionValue(select: Locator, text: string): Promise<string> {
  const values = await select.locator('option').evaluateAll(
    (options, wanted) => options.filter((o) => o.textContent!.trim().endsWith(wanted)).map((o) => (o as HTMLOptionElement).value),
    text,
  );
  expect(values, `one option ending in “${text}”`).toHaveLength(1);
  return values[0]!;
}

type NewAction = { title: string; linkedTo: string; owner?: string; start?: string; due?: string };

async function addAction(page: Page, network: string, a: NewAction) {
  await page.goto(`${network}/plan/actions`);
  await page.getByRole('link', { name: 'Add action' }).click();
  await expect(page.getByRole('heading', { name: 'Add an action' })).toBeVisible();
  await page.getByLabel('What will be done').fill(a.title);
  const linked = page.getByLabel('Linked driver or change idea');
  await linked.selectOption(await optionValue(linked, a.linkedTo));
  if (a.owner) await page.getByLabel('Owner').selectOption({ label: a.owner });
  if (a.start) await page.getByLabel('Start date (optional)').fill(a.start);
  if (a.due) await page.getByLabel('Due date (optional)').fill(a.due);
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByText(`Action “${a.title}” is added.`)).toBeVisible();
}

/** Presses Tab until `target` has focus: proof it can be reached from the keyboard. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Moves through an open menu with the arrow keys until `item` has focus. */
async function arrowTo(page: Page, item: Locator, max = 12) {
  for (let i = 0; i < max; i++) {
    if (await item.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(item).toBeFocused();
}

/** The titles of the primary drivers, top to bottom. */
const primaryTitles = (page: Page) => page.getByRole('list', { name: 'Primary drivers', exact: true }).locator(':scope > li > div [data-node-title]');

test('a facilitator builds and submits the plan; the lead requests a change on a node, then approves the fixed plan', async ({ browser }) => {
  test.setTimeout(150_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Plan Review Network');
  const fay = person('Fay Facilitator', 'plan-review');
  const lee = person('Lee Lead', 'plan-review');
  const mo = person('Mo Member', 'plan-review');
  const page = await join(browser, admin, network, 'Facilitator', fay);
  const lead = await join(browser, admin, network, 'Lead', lee);
  const member = await join(browser, admin, network, 'Member', mo);
  await member.context().close();

  // The Plan tab opens on the driver diagram; without a charter the aim says where it will come from.
  await page.getByRole('navigation', { name: 'Network' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page).toHaveURL(new RegExp(`${network}/plan/diagram$`));
  await expect(page.getByText('The charter’s aim will appear here once the charter states one.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the charter' })).toHaveAttribute('href', `${network}/charter`);
  await expect(page.getByRole('region', { name: 'Plan status' })).toContainText('The plan is empty.');

  await addPrimary(page, 'Families know what readiness means');
  await addUnder(page, 'Families know what readiness means', 'secondary driver', 'Shared readiness messages');
  await addUnder(page, 'Shared readiness messages', 'change idea', 'Readiness nights at libraries');
  await expect(page.getByRole('list', { name: 'Change ideas under “Shared readiness messages”' })).toContainText('Readiness nights at libraries');
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page, 'driver diagram (facilitator, phone)');
  await page.setViewportSize(WIDE);

  // Two actions; the first was due long ago and is not done, so it is overdue.
  await page.goto(`${network}/plan/actions/new`);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize(WIDE);
  // The shared rules check the form: a due date before the start date is refused on its field.
  await page.getByLabel('What will be done').fill('Hold three readiness nights');
  await page.getByLabel('Start date (optional)').fill('2024-03-01');
  await page.getByLabel('Due date (optional)').fill('2024-02-01');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByLabel('Due date (optional)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The due date cannot be before the start date')).toBeVisible();

  await addAction(page, network, { title: 'Hold three readiness nights', linkedTo: 'Change idea: Readiness nights at libraries', owner: mo.name, start: '2024-01-08', due: '2024-02-15' });
  await addAction(page, network, { title: 'Print the readiness calendar', linkedTo: 'Secondary driver: Shared readiness messages', owner: fay.name, due: '2099-09-30' });
  const overdue = page.getByRole('listitem').filter({ hasText: 'Hold three readiness nights' });
  await expect(overdue.getByText('Overdue', { exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Print the readiness calendar' }).getByText('Overdue', { exact: true })).toHaveCount(0);
  // Only overdue actions, by the address, so the view can be shared.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Overdue' });
  await expect(page).toHaveURL(/status=overdue/);
  await expect(page.getByText('Showing 1 of 2 actions.')).toBeVisible();
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize(WIDE);

  // Each node links to its actions.
  await openDiagram(page, network);
  await page.getByRole('link', { name: '1 action for Readiness nights at libraries' }).click();
  await expect(page.getByText('Linked to change idea “Readiness nights at libraries”')).toBeVisible();
  await expect(page.getByText('Showing 1 of 2 actions.')).toBeVisible();

  // Submit for review.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  const submit = page.getByRole('dialog', { name: 'Submit the plan for review' });
  await submit.getByLabel('Note for the lead (optional)').fill('First plan for the spring board meeting');
  await submit.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('The plan is submitted.')).toBeVisible();
  const status = page.getByRole('region', { name: 'Plan status' });
  await expect(status).toContainText('Submitted for review');
  // Facilitators submit; only leads decide.
  await expect(status.getByRole('button', { name: 'Approve' })).toHaveCount(0);

  // The lead asks for a clearer secondary driver.
  await openDiagram(lead, network);
  const leadStatus = lead.getByRole('region', { name: 'Plan status' });
  await expect(leadStatus).toContainText('Note from Fay Facilitator: “First plan for the spring board meeting”');
  await leadStatus.getByRole('button', { name: 'Request changes' }).click();
  const request = lead.getByRole('dialog', { name: 'Request changes' });
  await expectAccessible(lead, 'request changes dialog');
  const about = request.getByRole('group', { name: 'Comment 1' }).getByLabel('About');
  await about.selectOption(await optionValue(about, 'Secondary driver: Shared readiness messages'));
  const comment = 'Say which messages: in which languages, and from whom?';
  await request.getByRole('group', { name: 'Comment 1' }).getByLabel('What needs to change').fill(comment);
  await request.getByRole('button', { name: 'Add another comment' }).click();
  await request.getByRole('group', { name: 'Comment 2' }).getByLabel('What needs to change').fill('Add a date to every action.');
  await request.getByRole('button', { name: 'Request changes' }).click();
  await expect(request).toBeHidden();
  await expect(leadStatus).toContainText('Changes requested');
  // The node comment sits next to its node; the plan-wide one on top of every plan page.
  await expect(lead.locator('[id^="node-"]').filter({ hasText: 'Shared readiness messages' }).first()).toContainText(comment);
  await expect(lead.getByRole('region', { name: 'Changes requested for the whole plan' })).toContainText('Add a date to every action.');

  // The facilitator sees it where it belongs, fixes the node and submits again.
  await openDiagram(page, network);
  await expect(page.getByText(comment)).toBeVisible();
  await options(page, 'Shared readiness messages').click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename secondary driver “Shared readiness messages”' });
  await rename.getByLabel('Name').fill('Readiness messages in English, Spanish and Vietnamese from trusted messengers');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(rename).toBeHidden();
  await expect(options(page, 'Readiness messages in English, Spanish and Vietnamese from trusted messengers')).toBeVisible();
  await expect(status).toContainText('Draft');
  await expect(status).toContainText('The plan has been edited since');
  await status.getByRole('button', { name: 'Submit for review' }).click();
  await submit.getByRole('button', { name: 'Submit for review' }).click();
  await expect(status).toContainText('Submitted for review');

  // The lead approves; the plan reads Approved, and the approved plan is kept as a snapshot.
  await lead.goto(`${network}/plan/review`);
  await expect(lead.getByText('Renamed secondary driver')).toHaveCount(0); // nothing approved before, nothing to compare
  await leadStatus.getByRole('button', { name: 'Approve' }).click();
  const approve = lead.getByRole('dialog', { name: 'Approve the plan' });
  await approve.getByLabel('Note (optional)').fill('Agreed at the April partner meeting');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(lead.getByText('The plan is approved, and a snapshot of it is kept.')).toBeVisible();
  await expect(leadStatus).toContainText('Approved');
  await expect(leadStatus).toContainText(/Approved by Lee Lead on \w+ \d+, \d{4}\./);
  const snapshots = lead.getByRole('region', { name: 'Approved plans' });
  await expect(snapshots).toContainText('Approved by Lee Lead on');
  await expect(snapshots).toContainText('“Agreed at the April partner meeting”');
  await lead.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(lead);
  await lead.setViewportSize(WIDE);

  await snapshots.getByRole('link', { name: /^View the plan approved on/ }).click();
  await expect(lead.getByRole('heading', { name: /^Plan approved on/ })).toBeVisible();
  await expect(lead.getByText('This is the plan exactly as it was approved.')).toBeVisible();
  await expect(lead.locator('[data-node-title]')).toHaveText([
    'Families know what readiness means',
    'Readiness messages in English, Spanish and Vietnamese from trusted messengers',
    'Readiness nights at libraries',
  ]);
  await expect(lead.getByRole('list', { name: 'Actions as approved' }).getByRole('listitem')).toHaveCount(2);
  await expect(lead.getByRole('button', { name: /^Options for/ })).toHaveCount(0);

  // A later edit shows up as a change since the approval.
  await openDiagram(page, network);
  await addPrimary(page, 'Children attend quality pre-K');
  await page.goto(`${network}/plan/review`);
  await expect(page.getByRole('region', { name: 'What changed since the last approval' })).toContainText('Added primary driver “Children attend quality pre-K”');
  await expect(status).toContainText('Last approved by Lee Lead on');

  await Promise.all([page.context().close(), lead.context().close(), admin.context().close()]);
});

test('the owner reports progress on their action from a phone; a member cannot edit the plan', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Plan Progress Network');
  const mo = person('Mo Member', 'plan-progress');
  const member = await join(browser, admin, network, 'Member', mo, PHONE);

  await openDiagram(admin, network);
  await addPrimary(admin, 'Families read together at home');
  await addAction(admin, network, { title: 'Lend book bags at the clinic', linkedTo: 'Primary driver: Families read together at home', owner: mo.name, due: '2099-06-30' });
  await addAction(admin, network, { title: 'Train volunteer readers', linkedTo: 'Primary driver: Families read together at home' });

  // A member who owns an action starts at their own actions.
  await member.goto(`${network}/plan`);
  await expect(member).toHaveURL(/\/plan\/actions\?view=mine$/);
  await expect(member.getByRole('button', { name: 'My actions (1)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(member.getByText('Showing 1 of 2 actions.')).toBeVisible();
  await expectNoHorizontalOverflow(member);
  await expectAccessible(member, 'my actions (member, phone)');

  await member.getByRole('link', { name: 'Lend book bags at the clinic' }).click();
  await expect(member.getByRole('heading', { name: 'Lend book bags at the clinic' })).toBeVisible();
  await expect(member.getByRole('link', { name: 'Edit action' })).toHaveCount(0);
  const progress = member.getByRole('region', { name: 'Update progress' });
  await progress.getByLabel('Status').selectOption({ label: 'In progress' });
  await progress.getByLabel('Progress note').fill('First 20 bags lent this week; families asked for Spanish titles.');
  await progress.getByRole('button', { name: 'Save progress' }).click();
  await expect(progress.getByText('Progress saved: in progress, with your note.')).toBeVisible();
  const notes = member.getByRole('region', { name: 'Progress notes' });
  await expect(notes).toContainText('Mo Member');
  await expect(notes).toContainText('Not started');
  await expect(notes).toContainText('In progress');
  await expect(notes).toContainText('First 20 bags lent this week; families asked for Spanish titles.');
  // Nothing to report is refused on the note field.
  await progress.getByRole('button', { name: 'Save progress' }).click();
  await expect(progress.getByLabel('Progress note')).toHaveAttribute('aria-invalid', 'true');
  await expectNoHorizontalOverflow(member);
  await expectAccessible(member, 'action detail (owner, phone)');

  // Someone else's action: no progress controls.
  await member.goto(`${network}/plan/actions?view=all`);
  await member.getByRole('link', { name: 'Train volunteer readers' }).click();
  await expect(member.getByRole('heading', { name: 'Train volunteer readers' })).toBeVisible();
  await expect(member.getByRole('region', { name: 'Update progress' })).toHaveCount(0);

  // The diagram is read-only for members, and so is the plan's review.
  await openDiagram(member, network);
  await expect(member.getByText('Families read together at home')).toBeVisible();
  await expect(member.getByRole('button', { name: /^Options for/ })).toHaveCount(0);
  await expect(member.getByRole('button', { name: /^Add / })).toHaveCount(0);
  await expect(member.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  await expectNoHorizontalOverflow(member);
  await expectAccessible(member, 'driver diagram (member, phone)');
  await member.goto(`${network}/plan/actions/new`);
  await expect(member.getByRole('heading', { name: 'Only facilitators and leads edit actions' })).toBeVisible();

  // The editor sees the owner's progress in the list.
  await admin.goto(`${network}/plan/actions`);
  await expect(admin.getByRole('listitem').filter({ hasText: 'Lend book bags at the clinic' })).toContainText('In progress');
  await expect(admin.getByRole('listitem').filter({ hasText: 'Lend book bags at the clinic' })).toContainText('Latest note: “First 20 bags lent');
  await Promise.all([member.context().close(), admin.context().close()]);
});

test('the driver diagram works from the keyboard alone: add, rename and move', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Plan Keyboard Network');
  const page = admin;
  await openDiagram(page, network);
  const keys = page.keyboard;

  // Add: the dialog opens on its Name field, Enter saves, and focus lands on the new node.
  await tabTo(page, page.getByRole('button', { name: 'Add primary driver', exact: true }));
  await keys.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Add primary driver' }).getByLabel('Name')).toBeFocused();
  await keys.type('Families read together');
  await keys.press('Enter');
  await expect(options(page, 'Families read together')).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Add primary driver', exact: true }));
  await keys.press('Enter');
  await keys.type('Children attend pre-K');
  await keys.press('Enter');
  await expect(options(page, 'Children attend pre-K')).toBeFocused();

  // A secondary driver under the first, through its menu.
  await tabTo(page, options(page, 'Families read together'));
  await keys.press('Enter');
  await arrowTo(page, page.getByRole('menuitem', { name: 'Add secondary driver…' }));
  await keys.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Add secondary driver under “Families read together”' }).getByLabel('Name')).toBeFocused();
  await keys.type('Books in every home');
  await keys.press('Enter');
  await expect(options(page, 'Books in every home')).toBeFocused();

  // Rename: menu, Rename…, replace the name, Enter; focus comes back to the node.
  await tabTo(page, options(page, 'Children attend pre-K'));
  await keys.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await keys.press('Enter');
  const name = page.getByRole('dialog', { name: 'Rename primary driver “Children attend pre-K”' }).getByLabel('Name');
  await expect(name).toBeFocused();
  await keys.press('ControlOrMeta+a');
  await keys.type('Children attend quality pre-K');
  await keys.press('Enter');
  await expect(options(page, 'Children attend quality pre-K')).toBeFocused();

  // Move up: the order changes and focus stays on the moved node.
  await expect(primaryTitles(page)).toHaveText(['Families read together', 'Children attend quality pre-K']);
  await keys.press('Enter');
  await arrowTo(page, page.getByRole('menuitem', { name: 'Move up' }));
  await keys.press('Enter');
  await expect(primaryTitles(page)).toHaveText(['Children attend quality pre-K', 'Families read together']);
  await expect(options(page, 'Children attend quality pre-K')).toBeFocused();

  // Move to…: the secondary driver goes under the other primary driver.
  await tabTo(page, options(page, 'Books in every home'));
  await keys.press('Enter');
  await arrowTo(page, page.getByRole('menuitem', { name: 'Move to…' }));
  await keys.press('Enter');
  const move = page.getByRole('dialog', { name: 'Move secondary driver “Books in every home”' });
  await expect(move).toBeVisible();
  await expectAccessible(page, 'move dialog');
  await tabTo(page, move.getByLabel('New primary driver'));
  await keys.press('ArrowDown'); // a closed native select takes the next option
  await expect(move.getByLabel('New primary driver')).toHaveValue(/\d+/);
  await tabTo(page, move.getByRole('button', { name: 'Move' }));
  await keys.press('Enter');
  await expect(move).toBeHidden();
  await expect(page.getByRole('list', { name: 'Secondary drivers under “Children attend quality pre-K”' })).toContainText('Books in every home');
  await expect(options(page, 'Books in every home')).toBeFocused();

  // Retire and restore, still from the keyboard.
  await keys.press('Enter');
  await arrowTo(page, page.getByRole('menuitem', { name: 'Retire…' }));
  await keys.press('Enter');
  const retire = page.getByRole('dialog', { name: 'Retire “Books in every home”?' });
  await tabTo(page, retire.getByRole('button', { name: 'Retire' }));
  await keys.press('Enter');
  const restore = page.getByRole('button', { name: 'Restore “Books in every home”' });
  await expect(restore).toBeFocused();
  await expect(options(page, 'Books in every home')).toHaveCount(0);
  await keys.press('Enter');
  await expect(options(page, 'Books in every home')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Retired items' })).toHaveCount(0);
  await admin.context().close();
});

test('a stale edit is refused: the newest version shows and the second person’s text is kept', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await signInAsAdmin(browser);
  const network = await createNetwork(first, 'Plan Conflict Network');
  await openDiagram(first, network);
  await addPrimary(first, 'Families know about readiness');
  const second = await signInAsAdmin(browser);
  await openDiagram(second, network);

  // Both open Rename on the same version; the first saves.
  for (const page of [second, first]) {
    await options(page, 'Families know about readiness').click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
  }
  const firstDialog = first.getByRole('dialog', { name: /^Rename primary driver/ });
  await firstDialog.getByLabel('Name').fill('Families know what readiness means');
  await firstDialog.getByRole('button', { name: 'Save' }).click();
  await expect(firstDialog).toBeHidden();

  // The second save is refused: nothing written, their text kept, the newest name shown next to it.
  const dialog = second.getByRole('dialog', { name: /^Rename primary driver/ });
  const mine = 'Families understand and practise readiness at home';
  await dialog.getByLabel('Name').fill(mine);
  await dialog.getByRole('button', { name: 'Save' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Someone changed this while you were editing');
  await expect(alert).toContainText('It is now called “Families know what readiness means”');
  await expect(dialog.getByLabel('Name')).toHaveValue(mine);
  await expectAccessible(second, 'rename conflict');
  // The diagram behind the dialog already shows the newest name.
  await expect(second.locator('[data-node-title]')).toHaveText(['Families know what readiness means']);

  // Saving again applies it knowingly.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(options(second, mine)).toBeVisible();
  await first.reload();
  await expect(options(first, mine)).toBeVisible();

  // Editing an action: what the second person typed is kept, and what only the first changed is
  // filled in, so saving again loses neither.
  await addAction(first, network, { title: 'Readiness night at the library', linkedTo: `Primary driver: ${mine}` });
  await first.getByRole('link', { name: 'Readiness night at the library' }).click();
  await first.getByRole('link', { name: 'Edit action' }).click();
  await expect(first.getByLabel('What will be done')).toHaveValue('Readiness night at the library');
  await second.goto(first.url());
  await expect(second.getByLabel('What will be done')).toHaveValue('Readiness night at the library');
  await first.getByLabel('Due date (optional)').fill('2099-10-15');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByText('Your changes are saved.')).toBeVisible();
  await second.getByLabel('What will be done').fill('Readiness nights at two libraries');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('alert')).toContainText('Someone changed this action while you were editing');
  await expect(second.getByLabel('What will be done')).toHaveValue('Readiness nights at two libraries');
  await expect(second.getByLabel('Due date (optional)')).toHaveValue('2099-10-15');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByText('Your changes are saved.')).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Readiness nights at two libraries' })).toBeVisible();
  await expect(second.getByRole('region', { name: 'Details' })).toContainText('Oct 15, 2099');

  // A review step on a plan that changed meanwhile is refused too, and its dialog stays to say why.
  await openDiagram(first, network);
  await first.getByRole('button', { name: 'Submit for review' }).click();
  await first.getByRole('dialog', { name: 'Submit the plan for review' }).getByRole('button', { name: 'Submit for review' }).click();
  await expect(first.getByText('The plan is submitted.')).toBeVisible();
  await openDiagram(second, network);
  await second.getByRole('button', { name: 'Approve' }).click();
  const approve = second.getByRole('dialog', { name: 'Approve the plan' });
  await approve.getByLabel('Note (optional)').fill('Agreed in March');
  await addPrimary(first, 'Children attend quality pre-K');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve.getByRole('alert')).toContainText('it is a draft again');
  await expect(approve.getByLabel('Note (optional)')).toHaveValue('Agreed in March');
  await approve.getByRole('button', { name: 'Cancel' }).click();
  await expect(second.getByRole('region', { name: 'Plan status' })).toContainText('Draft');
  await Promise.all([first.context().close(), second.context().close()]);
});

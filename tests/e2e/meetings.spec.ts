import { expect, test, type Page } from '@playwright/test';
import { createNetwork, expectAccessible, expectNoHorizontalOverflow, join, person, PHONE, signInAsAdmin } from './support.ts';

// A network meeting: a facilitator records it, a member logs what they tested on a phone (over
// wifi that drops), and the cycle shows at the meeting and on the driver diagram.

const options = (page: Page, title: string) => page.getByRole('button', { name: `Options for ${title}`, exact: true });

async function addNode(page: Page, parent: string | null, kind: 'primary driver' | 'secondary driver' | 'change idea', title: string) {
  if (parent === null) {
    await page.getByRole('button', { name: 'Add primary driver', exact: true }).click();
  } else {
    await options(page, parent).click();
    await page.getByRole('menuitem', { name: `Add ${kind}…` }).click();
  }
  const dialog = page.getByRole('dialog', { name: parent ? `Add ${kind} under “${parent}”` : 'Add primary driver' });
  await dialog.getByLabel('Name').fill(title);
  await dialog.getByRole('button', { name: `Add ${kind}` }).click();
  await expect(dialog).toBeHidden();
}

/** Fails every quickLog request from `page` until released; the first one still reaches the server. */
async function dropQuickLogAnswers(page: Page, { all }: { all: boolean }) {
  let seen = 0;
  await page.route('**/trpc/cycle.quickLog**', async (route) => {
    seen += 1;
    if (seen === 1) await route.fetch(); // the server saves the cycle; the answer is lost on the way back
    if (seen === 1 || all) return route.abort('internetdisconnected');
    return route.continue();
  });
}

test('a meeting: recorded by a facilitator, quick logged on a phone over bad wifi (once), edited in two tabs, deleted', async ({ browser }) => {
  test.setTimeout(150_000); // a long story, and the every-page check runs beside it
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Meetings Network');
  await admin.goto(`${network}/plan/diagram`);
  await addNode(admin, null, 'primary driver', 'Families know what readiness means');
  await addNode(admin, 'Families know what readiness means', 'secondary driver', 'Shared readiness messages');
  await addNode(admin, 'Shared readiness messages', 'change idea', 'Readiness nights at libraries');
  await expect(admin.getByText('No cycles yet')).toBeVisible();

  const fay = person('Fay Facilitator', 'meetings');
  const mo = person('Mo Member', 'meetings');
  const page = await join(browser, admin, network, 'Facilitator', fay);
  const phone = await join(browser, admin, network, 'Member', mo, PHONE);

  // The facilitator records the meeting: who came, guests, an agenda with line breaks.
  await page.goto(`${network}/meetings`);
  await page.getByRole('link', { name: 'New meeting' }).click();
  await page.getByLabel('Title').fill('Spring partner meeting');
  await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByRole('checkbox', { name: 'Fay Facilitator' }).uncheck();
  await expect(page.getByText(/1 of \d+ selected/)).toBeVisible();
  await page.getByLabel('Guests').fill('3');
  await page.getByLabel('Agenda (optional)').fill('1. Welcome\n2. What we tested');
  await expectAccessible(page, 'new meeting form');
  await page.getByRole('button', { name: 'Add meeting' }).click();
  await expect(page.getByText('Meeting “Spring partner meeting” is added.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Who came' })).toContainText('Mo Member');
  await expect(page.getByRole('region', { name: 'Who came' })).toContainText('+3 guests');
  // The agenda reads one item a line (the numbering people type is dropped).
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('listitem')).toHaveText(['Welcome', 'What we tested']);
  const meetingUrl = new URL(page.url()).pathname;
  const meetingId = meetingUrl.split('/').at(-1)!;

  // A member sees no meeting controls, and finds today's meeting from the home page.
  await phone.goto(`${network}/meetings`);
  await expect(phone.getByRole('link', { name: 'Spring partner meeting' })).toBeVisible();
  await expect(phone.getByRole('link', { name: 'New meeting' })).toHaveCount(0);
  await phone.goto(network);
  await expect(phone.getByText('Today’s meeting:')).toBeVisible();
  await expectNoHorizontalOverflow(phone);
  await phone.getByRole('link', { name: 'Spring partner meeting' }).click();
  await expect(phone.getByRole('link', { name: 'Edit meeting' })).toHaveCount(0);
  await expectNoHorizontalOverflow(phone);
  await phone.getByRole('link', { name: 'Quick log a cycle' }).click();

  // The quick log, preselected to the meeting. The first answer is lost; the automatic retry
  // sends the same client id, and the server answers with the cycle it already made.
  await expect(phone.getByLabel('Meeting (optional)')).toHaveValue(meetingId);
  await dropQuickLogAnswers(phone, { all: false });
  await phone.getByLabel('Title').fill('Library readiness night, branch 1');
  await phone.getByLabel('Change idea (optional)').selectOption({ label: 'Readiness nights at libraries' });
  await phone.getByLabel('What we tried (optional)').fill('One evening at the central branch, with a reading corner.');
  await phone.getByLabel('What we learned (optional)').fill('Twelve families came; most heard of it from the school.');
  await phone.getByRole('radio', { name: 'Adapt' }).check();
  await expectNoHorizontalOverflow(phone);
  await phone.getByRole('button', { name: 'Log cycle' }).click();
  await expect(phone.getByRole('heading', { name: 'Logged' })).toBeVisible();
  await expect(phone.getByText('An earlier try had already reached Needle, so it is logged once.')).toBeVisible();
  await phone.unrouteAll();

  // Every retry fails too: the phone keeps it in its outbox, and sends it by itself after a reload.
  await phone.getByRole('button', { name: 'Log another' }).click();
  await expect(phone.getByLabel('Title')).toBeFocused();
  await expect(phone.getByLabel('Meeting (optional)')).toHaveValue(meetingId);
  await dropQuickLogAnswers(phone, { all: true });
  await phone.getByLabel('Title').fill('Reading corner at the clinic');
  await phone.getByRole('radio', { name: 'Adopt' }).check();
  await phone.getByRole('button', { name: 'Log cycle' }).click();
  await expect(phone.getByRole('heading', { name: 'Kept on this phone' })).toBeVisible();
  await phone.unrouteAll();
  await phone.reload();
  await phone.getByRole('link', { name: 'Back to the meeting' }).click();

  // Exactly one of each at the meeting, with its stage, decision and "To complete".
  const cycles = phone.getByRole('list', { name: 'Cycles logged at this meeting' });
  await expect(cycles.getByRole('listitem')).toHaveCount(2);
  const first = cycles.getByRole('listitem').filter({ hasText: 'Library readiness night, branch 1' });
  await expect(first).toHaveCount(1);
  await expect(first).toContainText('Mo Member');
  await expect(first).toContainText('Adapt');
  await expect(first).toContainText('To complete');
  await expect(cycles.getByRole('listitem').filter({ hasText: 'Reading corner at the clinic' })).toHaveCount(1);
  await expect(phone.getByRole('link', { name: 'See these cycles in the list' })).toHaveAttribute('href', `${network}/cycles?meetingId=${meetingId}`);
  await expectNoHorizontalOverflow(phone);
  await expectAccessible(phone, 'meeting page (phone)');

  // The driver diagram counts the change idea's cycle, decisions in words.
  await admin.goto(`${network}/plan/diagram`);
  await expect(admin.getByRole('link', { name: '1 cycle · 1 adapt for “Readiness nights at libraries”' })).toHaveAttribute(
    'href',
    /\/cycles\?changeIdeaId=\d+$/,
  );

  // The facilitator edits the meeting in two tabs: the stale save is refused and keeps the text.
  const stale = await page.context().newPage();
  const edit = `${meetingUrl}/edit`;
  await stale.goto(edit);
  await expect(stale.getByLabel('Title')).toHaveValue('Spring partner meeting');
  await page.goto(edit);
  await page.getByLabel('Title').fill('Spring partner meeting at the library');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  const notes = 'Twelve families at the first night.\nNext: a second branch in May.';
  await stale.getByLabel('Notes (optional)').fill(notes);
  await stale.getByRole('button', { name: 'Save changes' }).click();
  const alert = stale.getByRole('alert');
  await expect(alert).toContainText('Someone else changed this meeting while you were editing');
  await expect(alert).toContainText('They changed the title.');
  await expect(stale.getByLabel('Notes (optional)')).toHaveValue(notes);
  await stale.getByRole('button', { name: 'Save mine anyway' }).click();
  await expect(stale.getByText('Your changes are saved.')).toBeVisible();
  await expect(stale.getByRole('region', { name: 'Notes' }).getByLabel('Notes')).toHaveValue(notes);

  // Deleting asks first, and says the cycles stay.
  await stale.getByRole('button', { name: 'Delete' }).click();
  const dialog = stale.getByRole('dialog', { name: 'Delete “Spring partner meeting”?' });
  await expect(dialog).toContainText('The 2 cycles logged at it stay, without the link to this meeting.');
  await dialog.getByRole('button', { name: 'Delete meeting' }).click();
  await expect(stale.getByText('Meeting “Spring partner meeting” is deleted. The cycles logged at it stay.')).toBeVisible();
  await expect(stale.getByText('No meetings yet.')).toBeVisible();
  await Promise.all([admin.context().close(), page.context().close(), phone.context().close()]);
});

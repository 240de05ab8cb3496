import { expect, test, type Page } from '@playwright/test';
import { createNetwork, defineReadinessIndicator, expectAccessible, expectNoHorizontalOverflow, join, networkIdOf, person, PHONE, signInAsAdmin, trpc, WIDE } from './support.ts';

// A progress report: a facilitator composes one for the period (autosaved), features a learning,
// hides a section and publishes; a member reads it on a phone; a correction with a note makes a
// second version, and both stay readable.

/** A monthly percentage over the two years up to last month, stepping up in the last eight months. */
async function seedIndicator(page: Page, networkId: number) {
  await defineReadinessIndicator(page, networkId, { targetValue: 65, targetDate: `${new Date().getFullYear() + 1}-06-30` });
  const now = new Date();
  const rows = Array.from({ length: 24 }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 24 + i, 1));
    const numerator = i < 16 ? [40, 42, 39, 41, 38, 40, 43, 39][i % 8]! : [55, 57, 54, 58, 56, 55, 59, 56][i - 16]!;
    return { period: d.toISOString().slice(0, 7), groupId: null, value: null, numerator, denominator: 100, note: '' };
  });
  const saved = await trpc(page, 'indicator.saveMeasurements', { networkId, rows });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
}

const LEARNING = 'Families came back when we texted a reminder the day before.';

test('a report: composed with autosave, a featured learning and a hidden section, published, read by a member, corrected', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Reports Network');
  const fay = person('Fay Facilitator', 'reports');
  const mo = person('Mo Member', 'reports');
  const page = await join(browser, admin, network, 'Facilitator', fay);
  const phone = await join(browser, admin, network, 'Member', mo, PHONE);

  // A cycle logged today with a learning: inside the new report's default period.
  const networkId = await networkIdOf(page, network);
  const logged = await trpc(page, 'cycle.quickLog', {
    networkId,
    clientId: crypto.randomUUID(),
    title: 'Reading buddies at the library',
    changeIdeaId: null,
    meetingId: null,
    whatWeTried: 'Paired older students with kindergartners for story time.',
    whatWeLearned: LEARNING,
    decision: 'adapt',
  });
  expect(logged.status).toBe(200);
  await seedIndicator(admin, networkId);

  // Before any report is published, the member sees an empty list and no way to start one.
  await phone.goto(`${network}/reports`);
  await expect(phone.getByText('No report has been published yet.')).toBeVisible();
  await expect(phone.getByRole('button', { name: 'New report' })).toHaveCount(0);

  await page.goto(`${network}/reports`);
  await page.getByRole('button', { name: 'New report' }).click();
  const dialog = page.getByRole('dialog', { name: 'New report' });
  await expect(dialog.getByLabel('Time zone')).toHaveValue(/.+/);
  await expectAccessible(page, 'new report dialog');
  await dialog.getByLabel('Title').fill('Fall board update');
  await dialog.getByRole('button', { name: 'Create report' }).click();
  await expect(page.getByRole('heading', { name: 'Compose the report', level: 2 })).toBeVisible();
  const editUrl = new URL(page.url()).pathname;
  const reportUrl = editUrl.replace(/\/edit$/, '');

  // Highlights autosave; the preview follows the form.
  const preview = page.getByRole('region', { name: 'Preview' });
  await page.getByRole('textbox', { name: 'Highlights' }).fill('Attendance at readiness nights **doubled**.\n\n- 40 families joined\n- Two *new* library partners');
  await expect(page.getByText('Saving…')).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Highlights' })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: '40 families joined' })).toBeVisible();
  // Light Markdown reads as it does in the charter: bold and italics, never the asterisks.
  await expect(preview.locator('strong', { hasText: 'doubled' })).toBeVisible();
  await expect(preview.locator('em', { hasText: 'new' })).toBeVisible();
  await expect(preview.getByText(/\*\*|\*new\*/)).toHaveCount(0);

  await page.getByRole('checkbox', { name: /Reading buddies at the library/ }).check();
  await expect(preview.getByRole('heading', { name: 'What we learned' })).toBeVisible();
  await expect(preview.getByText(LEARNING)).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Meetings and attendance' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Meetings and attendance' }).uncheck();
  await expect(preview.getByRole('heading', { name: 'Meetings and attendance' })).toHaveCount(0);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expectAccessible(page, 'report composer');

  // The words survive a reload (they were saved, and the device keeps anything that was not).
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Highlights' })).toHaveValue(/Attendance at readiness nights \*\*doubled\*\*/);
  await expect(page.getByRole('checkbox', { name: 'Meetings and attendance' })).not.toBeChecked();

  // The composer on a phone.
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize(WIDE);

  await page.getByRole('button', { name: 'Publish…' }).click();
  const publish = page.getByRole('dialog', { name: 'Publish this report' });
  await expect(publish).toContainText('frozen');
  await expectAccessible(page, 'publish dialog');
  await publish.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${reportUrl}$`));
  await expect(page.getByText('The report is published.')).toBeVisible();
  const report = page.locator('article');
  await expect(report.getByRole('heading', { name: 'Fall board update', level: 2 })).toBeVisible();
  await expect(report.getByText(LEARNING)).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Meetings and attendance' })).toHaveCount(0);
  await expect(report.getByText('Version 1')).toBeVisible();
  await expect(report.locator('strong', { hasText: 'doubled' })).toBeVisible();
  await expect(report.getByText(/\*\*/)).toHaveCount(0);
  // The indicator as it stood: its signal, the chart (shapes, not only colours) and every point as a table.
  const indicator = report.getByRole('region', { name: 'Indicator status' });
  await expect(indicator.getByText('Children ready for kindergarten').first()).toBeVisible();
  await expect(indicator.getByRole('img', { name: /chart of Children ready for kindergarten, 24 points/ })).toBeVisible();
  await expect(indicator.getByRole('table', { name: /Every point of the chart/ }).getByRole('row')).toHaveCount(25);

  // The member finds it in the list and reads it on a phone.
  await phone.goto(`${network}/reports`);
  await expect(phone.getByRole('link', { name: 'Fall board update' })).toBeVisible();
  await expectNoHorizontalOverflow(phone);
  await expectAccessible(phone, 'reports list (member, phone)');
  await phone.getByRole('link', { name: 'Fall board update' }).click();
  await expect(phone.locator('article').getByText(LEARNING)).toBeVisible();
  await expect(phone.getByRole('link', { name: /Start a correction|Edit draft/ })).toHaveCount(0);
  await expectNoHorizontalOverflow(phone);
  await expectAccessible(phone, 'published report (member, phone)');

  // A correction: edit the draft, publish with a note; both versions stay listed.
  await page.getByRole('link', { name: 'Start a correction' }).click();
  await expect(page.getByRole('heading', { name: 'Edit the report', level: 2 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Challenges' }).fill('Two sites lost their coordinators.');
  await expect(page.getByText('Saving…')).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publish correction…' }).click();
  const correction = page.getByRole('dialog', { name: 'Publish a correction' });
  await correction.getByRole('button', { name: 'Publish correction' }).click();
  await expect(correction.getByText('Say what this correction changes')).toBeVisible();
  await correction.getByLabel('What this correction changes').fill('Added the challenges section.');
  await correction.getByRole('button', { name: 'Publish correction' }).click();
  await expect(page.getByText('Version 2 is published.')).toBeVisible();
  await expect(report.getByText('Two sites lost their coordinators.')).toBeVisible();
  await expect(report.getByText('Added the challenges section.')).toBeVisible();

  const versions = page.getByRole('navigation', { name: 'Versions' });
  await expect(versions.getByRole('link')).toHaveCount(2);
  await expect(versions.getByRole('link', { name: /Version 2 \(latest\).*Added the challenges section\./ })).toBeVisible();
  await versions.getByRole('link', { name: /Version 1/ }).click();
  await expect(page.getByText('You are reading version 1, an earlier version')).toBeVisible();
  await expect(report.getByText('Two sites lost their coordinators.')).toHaveCount(0);
  await expectAccessible(page, 'published report, version 1');
});

test('two facilitators write the same report: separate parts merge silently, the same part asks; a lost save is kept and retried', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Report Merge Network');
  const ana = await join(browser, admin, network, 'Facilitator', person('Ana Facilitator', 'report-merge'));
  const ben = await join(browser, admin, network, 'Lead', person('Ben Lead', 'report-merge'));

  await ana.goto(`${network}/reports`);
  await ana.getByRole('button', { name: 'New report' }).click();
  await ana.getByRole('dialog', { name: 'New report' }).getByLabel('Title').fill('Winter update');
  await ana.getByRole('dialog', { name: 'New report' }).getByRole('button', { name: 'Create report' }).click();
  await expect(ana.getByRole('heading', { name: 'Compose the report' })).toBeVisible();
  const editUrl = new URL(ana.url()).pathname;
  await ben.goto(editUrl);
  await expect(ben.getByRole('heading', { name: 'Compose the report' })).toBeVisible();

  const saved = (page: Page) => expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const box = (page: Page, name: string) => page.getByRole('textbox', { name });

  // Different parts: Ben's save is refused as stale and merged with Ana's without a question.
  await box(ana, 'Highlights').fill('Ana’s highlights.');
  await saved(ana);
  await box(ben, 'Challenges').fill('Ben’s challenges.');
  await expect(box(ben, 'Highlights')).toHaveValue('Ana’s highlights.');
  await saved(ben);
  await expect(box(ben, 'Challenges')).toHaveValue('Ben’s challenges.');

  // The same part: Ana sees both texts and keeps hers.
  await box(ana, 'Challenges').fill('Ana’s challenges.');
  await expect(ana.getByText('Someone else changed this report while you were writing')).toBeVisible();
  await expect(ana.getByRole('group', { name: 'Challenges' })).toContainText('Ben’s challenges.');
  await expect(ana.getByRole('group', { name: 'Challenges' })).toContainText('Ana’s challenges.');
  await expectAccessible(ana, 'report conflict');
  await ana.getByRole('radio', { name: /Keep mine/ }).check();
  await ana.getByRole('button', { name: 'Use these and save' }).click();
  await saved(ana);
  await expect(box(ana, 'Challenges')).toHaveValue('Ana’s challenges.');
  await expect(box(ana, 'Highlights')).toHaveValue('Ana’s highlights.');

  // The connection drops: the words stay on the device through a reload, and save on retry.
  await ana.route('**/trpc/report.save**', (route) => route.abort('internetdisconnected'));
  await box(ana, 'Asks of partners').fill('- Share attendance data monthly');
  await expect(ana.getByText('Not saved', { exact: true })).toBeVisible();
  ana.once('dialog', (d) => void d.accept()); // the browser's own "leave this page?" for unsaved work
  await ana.reload();
  await expect(box(ana, 'Asks of partners')).toHaveValue('- Share attendance data monthly');
  await expect(ana.getByText(/Restored your unsaved changes/)).toBeVisible();
  // Still offline: the restored words try to save at once and are kept when they cannot.
  await expect(ana.getByText('Not saved', { exact: true })).toBeVisible();
  await ana.unroute('**/trpc/report.save**');
  await ana.getByRole('button', { name: 'Retry' }).click();
  await saved(ana);
  await ben.reload();
  await expect(box(ben, 'Asks of partners')).toHaveValue('- Share attendance data monthly');
  await expect(box(ben, 'Challenges')).toHaveValue('Ana’s challenges.');

  // Leaving straight after typing saves on the way out instead of asking.
  await box(ben, 'Highlights').fill('Ben left in a hurry.');
  await ben.getByRole('link', { name: 'All reports' }).click();
  await expect(ben).toHaveURL(new RegExp(`${network}/reports$`));
  await ben.getByRole('link', { name: 'Winter update' }).click();
  await expect(box(ben, 'Highlights')).toHaveValue('Ben left in a hurry.');
  await expect(ben.getByText(/Restored your unsaved changes/)).toHaveCount(0);

  // A draft never published can be deleted.
  await ben.getByRole('button', { name: 'Delete draft' }).click();
  await ben.getByRole('dialog', { name: 'Delete this draft?' }).getByRole('button', { name: 'Delete draft' }).click();
  await expect(ben.getByText('The draft “Winter update” is deleted.')).toBeVisible();
  await expect(ben.getByRole('link', { name: 'Winter update' })).toHaveCount(0);
});

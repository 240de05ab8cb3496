import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { extractText } from 'unpdf';
import { createNetwork, expectNoHorizontalOverflow, join, networkIdOf, person, PHONE, signInAsAdmin, trpc } from './support.ts';

// A published report leaves Needle two ways: as a PDF or Word file a facilitator downloads, and
// on the network's public community impact page, which anyone opens without signing in.

const TITLE = 'Spring board update';
const HIGHLIGHT = 'Three libraries now host readiness nights every month.';
const LEARNING = 'Reminder texts the day before doubled the turnout.';

/** Downloads the file a button makes, waiting through the progress the page shows. */
async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  return readFile((await file.path())!);
}

test('a published report downloads as PDF and Word, and the public page shows it to anyone, without names', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Public Page Network');
  const fay = person('Fay Facilitator', 'public');
  const page = await join(browser, admin, network, 'Facilitator', fay);
  const networkId = await networkIdOf(page, network);

  const logged = await trpc(page, 'cycle.quickLog', {
    networkId,
    clientId: crypto.randomUUID(),
    title: 'Reminder texts',
    changeIdeaId: null,
    meetingId: null,
    whatWeTried: 'Texted families the day before.',
    whatWeLearned: LEARNING,
    decision: 'adopt',
  });
  expect(logged.status).toBe(200);
  const today = new Date().toISOString().slice(0, 10);
  const created = (await trpc(page, 'report.create', { networkId, title: TITLE, from: `${today.slice(0, 4)}-01-01`, to: today, timeZone: 'UTC' })) as {
    body: { result: { data: { json: { id: number } } } };
  };
  const reportId = created.body.result.data.json.id;

  // The facilitator writes a highlight, features the learning and publishes, in the composer.
  await page.goto(`${network}/reports/${reportId}/edit`);
  await page.getByRole('textbox', { name: 'Highlights' }).fill(HIGHLIGHT);
  await page.getByRole('checkbox', { name: /Reminder texts/ }).check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByRole('dialog', { name: 'Publish this report' }).getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('The report is published.')).toBeVisible();

  // PDF: the title, the network, the facilitator's words and page numbers are in its text.
  const pdf = await download(page, 'Download PDF');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  for (const words of [TITLE, 'Public Page Network', HIGHLIGHT, LEARNING, 'Page 1 of']) expect(text.replace(/\s+/g, ' ')).toContain(words);

  // Word: the same words in the document, with Word's own headings.
  const docx = await JSZip.loadAsync(await download(page, 'Download Word (DOCX)'));
  const xml = await docx.file('word/document.xml')!.async('string');
  expect(xml).toContain(TITLE);
  expect(xml).toContain(HIGHLIGHT);
  expect(xml).toMatch(/w:pStyle w:val="Heading1"/);

  // The site admin (a lead's rights) turns the public page on and gets its address.
  await admin.goto(`${network}/settings`);
  await admin.getByRole('button', { name: 'Turn the public page on' }).click();
  const address = await admin.getByLabel('Address to share').inputValue();
  expect(address).toMatch(/\/impact\/public-page-network$/);

  // Anyone, signed out, on a phone.
  const visitor = await (await browser.newContext({ viewport: PHONE })).newPage();
  await visitor.goto(new URL(address).pathname);
  await expect(visitor.getByRole('heading', { name: 'Public Page Network', level: 1 })).toBeVisible();
  await expect(visitor.getByRole('heading', { name: 'Is the needle moving?' })).toBeVisible();
  await expectNoHorizontalOverflow(visitor);
  await visitor.getByRole('link', { name: TITLE }).click();
  await expect(visitor.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(visitor.getByText(HIGHLIGHT)).toBeVisible();
  await expect(visitor.getByText(LEARNING)).toBeVisible();
  // No names: not the facilitator who owns the cycle, nor who published it.
  await expect(visitor.locator('body')).not.toContainText('Fay Facilitator');
  await expectNoHorizontalOverflow(visitor);

  // Turned off, the address says so at once.
  await admin.getByRole('button', { name: 'Turn the public page off' }).click();
  await expect(admin.getByText('The page is off')).toBeVisible();
  await visitor.goto(new URL(address).pathname);
  await expect(visitor.getByRole('heading', { name: 'There is no public page here' })).toBeVisible();
});

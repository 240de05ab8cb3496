import { expect, test } from '@playwright/test';
import { createNetwork, expectAccessible, join, networkIdOf, person, PHONE, signInAsAdmin, trpc } from './support.ts';

// Exports are drawn one at a time for everyone: a person sees their place in the queue, can
// cancel, and is told plainly when they already have three under way (issue 14, item 10).

test('an export waiting its turn can be cancelled; a fourth at once is refused in plain words', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Export Queue Network');
  const fay = person('Fay Facilitator', 'exports');
  const page = await join(browser, admin, network, 'Facilitator', fay, PHONE);
  const networkId = await networkIdOf(page, network);
  const today = new Date().toISOString().slice(0, 10);
  const created = (await trpc(page, 'report.create', { networkId, title: 'Queue test', from: `${today.slice(0, 4)}-01-01`, to: today, timeZone: 'UTC' })) as {
    body: { result: { data: { json: { id: number } } } };
  };
  const ref = { networkId, reportId: created.body.result.data.json.id };

  // Someone else's three exports are ahead in the queue.
  for (const format of ['pdf', 'docx', 'pdf']) expect((await trpc(admin, 'report.exportStart', { ...ref, format })).status).toBe(200);
  await page.goto(`${network}/reports/${ref.reportId}/edit`);
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preparing the PDF' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel the PDF' }).click();
  await expect(page.getByText('The export was cancelled.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  // Three of her own waiting (behind three more of someone else's): the button's fourth is
  // refused with the reason. (Someone else may have three at a time too: on a fast machine their
  // first three can still be under way, so each of theirs goes in once a place is free.)
  for (const format of ['pdf', 'docx', 'pdf']) {
    await expect.poll(async () => (await trpc(admin, 'report.exportStart', { ...ref, format })).status, { timeout: 30_000 }).toBe(200);
  }
  for (const format of ['pdf', 'docx', 'pdf']) expect((await trpc(page, 'report.exportStart', { ...ref, format })).status).toBe(200);
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByText('You already have 3 exports being prepared. Wait for one to finish or cancel one, then try again.')).toBeVisible();
  await expectAccessible(page, 'export refused');
});

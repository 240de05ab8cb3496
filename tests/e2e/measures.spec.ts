import { expect, test, type Page } from '@playwright/test';
import {
  createNetwork,
  defineReadinessIndicator,
  expectNoHorizontalOverflow,
  expectStableLayout,
  networkIdOf,
  PHONE,
  recordLayoutShifts,
  signInAsAdmin,
  trpc,
  WIDE,
} from './support.ts';

test.describe.configure({ timeout: 120_000 });

// The outcome beside what feeds it, and the list of every measure, read as a person would after
// the measures and their data were set up through the API.

/** Monthly whole-population rows from January 2025, out of 100. */
const months = (values: number[]) =>
  values.map((numerator, i) => ({ period: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, groupId: null, value: null, numerator, denominator: 100, note: '' }));

async function ok(page: Page, path: string, input: unknown) {
  const res = await trpc(page, path, input);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as { result: { data: { json: unknown } } }).result.data.json;
}


test('the indicator page shows the outcome and what feeds it on one time axis; the measures list says what each tracks', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Family View Network');
  const networkId = await networkIdOf(admin, network);

  // Readiness is flat this year; pre-K enrollment has risen for the last eight months, starting two months later.
  await defineReadinessIndicator(admin, networkId);
  await ok(admin, 'indicator.saveMeasurements', { networkId, rows: months([45, 46, 44, 45, 47, 44, 45, 46, 44, 45, 46, 45, 44, 46, 45, 44]) });
  const enrollment = { id: await defineReadinessIndicator(admin, networkId, { kind: 'contributing', name: 'Four-year-olds enrolled in pre-K' }) };
  await ok(admin, 'indicator.saveMeasurements', { networkId, indicatorId: enrollment.id, rows: months([50, 51, 49, 50, 52, 48, 50, 51, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69]).slice(2) });
  const primary = (await ok(admin, 'plan.addNode', { networkId, parentId: null, title: 'Families know what readiness means' })) as { id: number };
  const secondary = (await ok(admin, 'plan.addNode', { networkId, parentId: primary.id, title: 'Clear, shared readiness messages' })) as { id: number };
  const idea = (await ok(admin, 'plan.addNode', { networkId, parentId: secondary.id, title: 'Readiness tips by text message' })) as { id: number };
  await defineReadinessIndicator(admin, networkId, { kind: 'process', name: 'Families reached by text tips', isProportion: false, unit: 'count', numeratorLabel: '', denominatorLabel: '', nodeIds: [idea.id] });

  const page = await (await browser.newContext({ viewport: PHONE, storageState: await admin.context().storageState() })).newPage();
  await recordLayoutShifts(page.context());
  await page.goto(`${network}/indicator`);
  const family = page.getByRole('region', { name: 'The outcome and what feeds it' });
  await expect(family).toBeVisible();
  await expect(family).toContainText('from Jan 2025 to Jun 2026');
  const outcome = family.getByRole('article', { name: 'Children ready for kindergarten' });
  const feeder = family.getByRole('article', { name: 'Four-year-olds enrolled in pre-K' });
  // Each says what it is and, first, its verdict in a sentence; the process measure is not part of the family.
  await expect(outcome).toContainText('Community outcome');
  await expect(outcome).toContainText('No clear change yet: Children ready for kindergarten goes up and down');
  await expect(feeder).toContainText('Contributing indicator');
  await expect(feeder).toContainText(/Four-year-olds enrolled in pre-K has been higher than its usual level \(.+\) since .+ months in a row/);
  await expect(feeder).toContainText('Latest: 69% (Jun 2026)');
  await expect(family.getByRole('article')).toHaveCount(2);
  await expect(outcome.getByRole('img', { name: /^Run chart of Children ready for kindergarten from Jan 2025 to Apr 2026/ })).toBeVisible();
  await expect(feeder.getByRole('img', { name: /^Run chart of Four-year-olds enrolled in pre-K from Mar 2025 to Jun 2026/ })).toBeVisible();
  await expectStableLayout(page, 'the indicator page with its family');
  await expectNoHorizontalOverflow(page);

  // One time axis: the same period names under both charts, and one above the other on a phone.
  const axis = (card: typeof outcome) => card.locator('svg text[text-anchor="middle"]').allTextContents();
  expect(await axis(outcome)).toEqual(await axis(feeder));
  const [top, below] = [await outcome.boundingBox(), await feeder.boundingBox()];
  expect(below!.y).toBeGreaterThanOrEqual(top!.y + top!.height);

  // The method and the values are one click away.
  await feeder.getByText('How this was decided').click();
  await expect(feeder).toContainText('points in a row');
  await feeder.getByText('Show the values as a table').click();
  const table = feeder.getByRole('table', { name: /Four-year-olds enrolled in pre-K/ });
  await expect(table.getByRole('row')).toHaveCount(17);
  await expect(table.getByRole('row', { name: /Jun 2026/ })).toContainText('69%');

  // Side by side on a desktop, still on one axis (axe reads the demo's family view in the every-page check).
  await page.setViewportSize(WIDE);
  await expect.poll(async () => (await feeder.boundingBox())!.y).toBe((await outcome.boundingBox())!.y);
  expect(await axis(outcome)).toEqual(await axis(feeder));

  // The measures: every one, in plain words, with how often, how many values and what it tracks.
  await page.getByRole('link', { name: 'Measures' }).click();
  await expect(page.getByRole('heading', { name: 'The network’s measures' })).toBeVisible();
  await expect(page).toHaveTitle(/Measures · Family View Network/);
  const list = page.getByRole('article');
  await expect(list).toHaveCount(3);
  await expect(list.nth(0)).toContainText('Community outcome');
  await expect(list.nth(0)).toContainText('16 values');
  await expect(list.nth(1)).toContainText('Contributing indicator');
  await expect(list.nth(1)).toContainText('FeedsChildren ready for kindergarten');
  const process = page.getByRole('article', { name: 'Families reached by text tips' });
  await expect(process).toContainText('Process measure');
  await expect(process).toContainText('Monthly');
  await expect(process).toContainText('None yet');
  await expect(process).toContainText('Change idea: Readiness tips by text message');
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
});

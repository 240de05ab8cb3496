import { expect, test, type Page } from '@playwright/test';
import { createNetwork, defineReadinessIndicator, expectAccessible, expectNoHorizontalOverflow, networkIdOf, PHONE, signInAsAdmin, trpc } from './support.ts';

// Measures linked to the plan and to cycles: a cycle names the measures it expects to move, and
// the driver diagram shows each driver's and change idea's measures with their latest signal.

type Json<T> = { result: { data: { json: T } } };
const idOf = (body: unknown) => (body as Json<{ id: number }>).result.data.json.id;

async function addNode(page: Page, networkId: number, parentId: number | null, title: string) {
  const res = await trpc(page, 'plan.addNode', { networkId, parentId, title });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return idOf(res.body);
}

/** Adds a measure beside the outcome through the Measures page: counted, not a proportion, tracking one plan item. */
async function addMeasure(page: Page, network: string, m: { kind: 'contributing' | 'process'; name: string; tracks: string }) {
  await page.goto(`${network}/indicator/measures`);
  await page.getByRole('link', { name: 'Add a measure' }).click();
  await expect(page.getByRole('heading', { name: 'Add a measure' })).toBeVisible();
  await page.getByLabel('Kind of measure').selectOption(m.kind);
  await page.getByLabel('Name', { exact: true }).fill(m.name);
  await page.getByLabel('It is a proportion: a count out of a total').uncheck();
  await page.getByLabel('Unit', { exact: true }).selectOption('count');
  await page.getByRole('group', { name: 'Drivers and change ideas it tracks' }).getByRole('checkbox', { name: m.tracks }).check();
  await page.getByRole('button', { name: 'Add the measure' }).click();
  await expect(page).toHaveURL(/\/indicator\/measures\/\d+$/);
  await expect(page.getByRole('heading', { name: m.name })).toBeVisible();
  return Number(new URL(page.url()).pathname.split('/').pop());
}

test('measures defined and imported on a phone, named by a cycle, shown on the driver diagram, the family view and their own chart', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Measure Links Network');
  const networkId = await networkIdOf(admin, network);
  const primary = await addNode(admin, networkId, null, 'Families know what readiness means');
  const secondary = await addNode(admin, networkId, primary, 'Families hear about readiness often');
  await addNode(admin, networkId, secondary, 'Text-message readiness tips');
  await admin.setViewportSize(PHONE);

  // A network without measures has nothing to name: the form does not ask.
  await admin.goto(`${network}/cycles/new`);
  await expect(admin.getByLabel('Title', { exact: true })).toBeVisible();
  await expect(admin.getByRole('group', { name: /Measures this cycle expects to move/ })).toHaveCount(0);

  await defineReadinessIndicator(admin, networkId);
  const enrolled = await addMeasure(admin, network, { kind: 'contributing', name: 'Children enrolled in pre-K', tracks: 'Families know what readiness means' });
  await expectNoHorizontalOverflow(admin);

  // Its CSV file, checked then imported: six low months then six high ones, too few crossings of the usual level, a rise.
  await admin.getByRole('navigation', { name: 'Sections of Children enrolled in pre-K' }).getByRole('link', { name: 'Data' }).click();
  await admin.getByRole('link', { name: 'Import a CSV file' }).click();
  await expect(admin.getByText('period,group,value,note').first()).toBeVisible();
  const lines = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')},,${i < 6 ? 40 + (i % 2) : 60 + (i % 2)},`);
  await admin.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'enrolled.csv', mimeType: 'text/csv', buffer: Buffer.from(['period,group,value,note', ...lines].join('\n') + '\n') });
  await admin.getByRole('button', { name: 'Check the file' }).click();
  await admin.getByRole('button', { name: 'Import 12 rows' }).click();
  await expect(admin.getByText('12 new values added, 0 earlier values replaced.')).toBeVisible();
  await admin.getByRole('link', { name: 'See the data' }).click();
  await expect(admin.getByRole('table', { name: 'Measurements by period, newest first' }).getByRole('row', { name: /Dec 2025 61/ })).toBeVisible();
  await expectAccessible(admin, 'a measure’s data');

  const reached = await addMeasure(admin, network, { kind: 'process', name: 'Families reached by the text tips', tracks: 'Text-message readiness tips' });

  // The form on a phone: the measures tracking the chosen change idea say so.
  await admin.goto(`${network}/cycles/new`);
  await admin.getByLabel('Title', { exact: true }).fill('Tips by text for ten families');
  await admin.getByLabel('Change idea (optional)').selectOption({ label: 'Text-message readiness tips' });
  const measures = admin.getByRole('group', { name: 'Measures this cycle expects to move (optional)' });
  await expect(measures.getByRole('checkbox')).toHaveCount(3);
  const reachedBox = measures.getByRole('checkbox', { name: /Families reached by the text tips/ });
  await expect(measures.getByText('Process measure · tracks this change idea')).toBeVisible();
  await reachedBox.check();
  await admin.getByLabel('Question 1', { exact: true }).fill('Will families read the tips?');
  await admin.getByLabel('Start date (optional)').fill('2025-08-04');
  await expectNoHorizontalOverflow(admin);
  await expectAccessible(admin, 'the new cycle form with measures');
  await admin.getByRole('button', { name: 'Create cycle' }).click();
  await expect(admin.getByRole('heading', { name: 'Tips by text for ten families', level: 2 })).toBeVisible();

  // The cycle page names it, as a link to where the measure is read.
  const details = admin.getByRole('region', { name: 'Who, where and when' });
  await expect(details.getByText('Measures it expects to move')).toBeVisible();
  await expect(details.getByRole('link', { name: 'Families reached by the text tips' })).toHaveAttribute('href', `${network}/indicator/measures/${reached}`);
  await expect(details).toContainText('(Process measure)');
  await expectNoHorizontalOverflow(admin);
  await expectAccessible(admin, 'a cycle naming a measure');

  // Editing the details keeps what was named, and adds another.
  await admin.getByRole('button', { name: 'Edit Who, where and when' }).click();
  await expect(reachedBox).toBeChecked();
  await measures.getByRole('checkbox', { name: /Children enrolled in pre-K/ }).check();
  await admin.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(admin.getByText('Your changes are saved.')).toBeVisible();
  await expect(details.getByRole('link', { name: 'Children enrolled in pre-K' })).toHaveAttribute('href', `${network}/indicator/measures/${enrolled}`);
  await expect(details.getByRole('link', { name: 'Families reached by the text tips' })).toBeVisible();

  // The driver diagram: each item's measures, with the signal where the analysis has one.
  await admin.goto(`${network}/plan/diagram`);
  const ideaMeasures = admin.getByRole('list', { name: 'Measures for “Text-message readiness tips”' });
  await expect(ideaMeasures.getByRole('link', { name: 'Families reached by the text tips' })).toHaveAttribute('href', `${network}/indicator/measures/${reached}`);
  await expect(ideaMeasures).toContainText('Process measure');
  const driverMeasures = admin.getByRole('list', { name: 'Measures for “Families know what readiness means”' });
  await expect(driverMeasures.getByRole('link', { name: 'Children enrolled in pre-K' })).toBeVisible();
  await expect(driverMeasures).toContainText('Contributing indicator · improving');
  await expect(admin.getByRole('list', { name: 'Measures for “Families hear about readiness often”' })).toHaveCount(0);
  await expectNoHorizontalOverflow(admin);

  // The family view: the outcome with the contributing indicator beside it; the process measure is not in it.
  await driverMeasures.getByRole('link', { name: 'Children enrolled in pre-K' }).click();
  await expect(admin).toHaveURL(`${network}/indicator/measures/${enrolled}`);
  // Its own chart marks the cycle that named it, in the month it started.
  await admin.getByLabel('Period', { exact: true }).selectOption({ label: 'Aug 2025 · 1 cycle' });
  await expect(admin.getByRole('heading', { name: 'PDSA cycles tested in Aug 2025' })).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Tips by text for ten families' })).toBeVisible();
  await admin.getByRole('navigation', { name: 'Indicator' }).getByRole('link', { name: 'Overview' }).click();
  const family = admin.getByRole('region', { name: 'The outcome and what feeds it' });
  await expect(family.getByRole('article', { name: 'Children enrolled in pre-K' })).toContainText('Contributing indicator');
  await expect(family.getByRole('article')).toHaveCount(2);

  // A measure no longer followed is removed, after asking; the cycle that named it stays.
  await admin.goto(`${network}/indicator/measures/${reached}/edit`);
  await admin.getByRole('button', { name: 'Remove the measure' }).click();
  const confirm = admin.getByRole('dialog', { name: 'Remove “Families reached by the text tips”?' });
  await expect(confirm).toContainText('It has no values yet. Cycles that named it keep everything else.');
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(admin.getByText('“Families reached by the text tips” is removed.')).toBeVisible();
  await expect(admin.getByRole('article')).toHaveCount(2);
  await admin.context().close();
});

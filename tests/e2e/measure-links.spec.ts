import { expect, test, type Page } from '@playwright/test';
import { createNetwork, defineReadinessIndicator, expectAccessible, expectAccessibleAtBothSizes, expectNoHorizontalOverflow, networkIdOf, PHONE, signInAsAdmin, trpc } from './support.ts';

// Measures linked to the plan and to cycles: a cycle names the measures it expects to move, and
// the driver diagram shows each driver's and change idea's measures with their latest signal.

type Json<T> = { result: { data: { json: T } } };
const idOf = (body: unknown) => (body as Json<{ id: number }>).result.data.json.id;

async function addNode(page: Page, networkId: number, parentId: number | null, title: string) {
  const res = await trpc(page, 'plan.addNode', { networkId, parentId, title });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return idOf(res.body);
}

/** A measure beside the outcome, counted monthly, tracking the given plan items. */
async function defineMeasure(page: Page, networkId: number, m: { kind: 'contributing' | 'process'; name: string; nodeIds: number[] }) {
  return defineReadinessIndicator(page, networkId, { ...m, definition: '', isProportion: false, numeratorLabel: '', denominatorLabel: '', unit: 'count', dataSource: '' });
}

test('a cycle names the measures it expects to move, on a phone, and the driver diagram shows each item’s measures', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Measure Links Network');
  const networkId = await networkIdOf(admin, network);
  const primary = await addNode(admin, networkId, null, 'Families know what readiness means');
  const secondary = await addNode(admin, networkId, primary, 'Families hear about readiness often');
  const idea = await addNode(admin, networkId, secondary, 'Text-message readiness tips');
  await admin.setViewportSize(PHONE);

  // A network without measures has nothing to name: the form does not ask.
  await admin.goto(`${network}/cycles/new`);
  await expect(admin.getByLabel('Title', { exact: true })).toBeVisible();
  await expect(admin.getByRole('group', { name: /Measures this cycle expects to move/ })).toHaveCount(0);

  await defineReadinessIndicator(admin, networkId);
  const reached = await defineMeasure(admin, networkId, { kind: 'process', name: 'Families reached by the text tips', nodeIds: [idea] });
  const enrolled = await defineMeasure(admin, networkId, { kind: 'contributing', name: 'Children enrolled in pre-K', nodeIds: [primary] });
  // Six low months then six high ones: too few crossings of the usual level, a rise.
  const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
  const rows = months.map((period, i) => ({ period, groupId: null, value: i < 6 ? 40 + (i % 2) : 60 + (i % 2), numerator: null, denominator: null, note: '' }));
  expect((await trpc(admin, 'indicator.saveMeasurements', { networkId, indicatorId: enrolled, rows })).status).toBe(200);

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
  await expectNoHorizontalOverflow(admin);
  await expectAccessible(admin, 'the new cycle form with measures');
  await admin.getByRole('button', { name: 'Create cycle' }).click();
  await expect(admin.getByRole('heading', { name: 'Tips by text for ten families', level: 2 })).toBeVisible();

  // The cycle page names it, as a link to where the measure is read.
  const details = admin.getByRole('region', { name: 'Who, where and when' });
  await expect(details.getByText('Measures it expects to move')).toBeVisible();
  await expect(details.getByRole('link', { name: 'Families reached by the text tips' })).toHaveAttribute('href', `${network}/indicator/measures#measure-${reached}`);
  await expect(details).toContainText('(Process measure)');
  await expectNoHorizontalOverflow(admin);
  await expectAccessible(admin, 'a cycle naming a measure');

  // Editing the details keeps what was named, and adds another.
  await admin.getByRole('button', { name: 'Edit Who, where and when' }).click();
  await expect(reachedBox).toBeChecked();
  await measures.getByRole('checkbox', { name: /Children enrolled in pre-K/ }).check();
  await admin.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(admin.getByText('Your changes are saved.')).toBeVisible();
  await expect(details.getByRole('link', { name: 'Children enrolled in pre-K' })).toHaveAttribute('href', `${network}/indicator/measures#measure-${enrolled}`);
  await expect(details.getByRole('link', { name: 'Families reached by the text tips' })).toBeVisible();

  // The driver diagram: each item's measures, with the signal where the analysis has one.
  await admin.goto(`${network}/plan/diagram`);
  const ideaMeasures = admin.getByRole('list', { name: 'Measures for “Text-message readiness tips”' });
  await expect(ideaMeasures.getByRole('link', { name: 'Families reached by the text tips' })).toHaveAttribute('href', `${network}/indicator/measures#measure-${reached}`);
  await expect(ideaMeasures).toContainText('Process measure');
  const driverMeasures = admin.getByRole('list', { name: 'Measures for “Families know what readiness means”' });
  await expect(driverMeasures.getByRole('link', { name: 'Children enrolled in pre-K' })).toBeVisible();
  await expect(driverMeasures).toContainText('Contributing indicator · improving');
  await expect(admin.getByRole('list', { name: 'Measures for “Families hear about readiness often”' })).toHaveCount(0);
  await expectNoHorizontalOverflow(admin);
  await expectAccessibleAtBothSizes(admin, 'the driver diagram with measures');
  await admin.context().close();
});

import { expect, test, type Page } from '@playwright/test';
import { createNetwork, expectAccessible, expectNoHorizontalOverflow, join, person, PHONE, signInAsAdmin, WIDE } from './support.ts';

// Each test makes its own network; the administrator sets it up, and where the test is not about
// roles the administrator (who may do everything) plays the cycle's owner, which keeps it fast.

const currentStage = (page: Page) => page.getByRole('list', { name: 'Stages of the cycle' }).locator('[aria-current="step"]');

async function moveTo(page: Page, stage: string) {
  await page.getByRole('button', { name: `Move to ${stage}` }).click();
  await expect(page.getByText(`The cycle is now at ${stage}.`)).toBeVisible();
  await expect(currentStage(page)).toContainText(stage);
}

type NewCycle = { title: string; scale: string; question: string; prediction?: string };

async function createCycle(page: Page, network: string, c: NewCycle) {
  await page.goto(`${network}/cycles`);
  await page.getByRole('link', { name: 'New cycle' }).click();
  await expect(page.getByRole('heading', { name: 'New cycle' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(c.title);
  await page.getByLabel('Scale (optional)').fill(c.scale);
  await page.getByLabel('Objective').fill('Learn whether families use a printed calendar of readiness activities.');
  await page.getByLabel('Question 1', { exact: true }).fill(c.question);
  if (c.prediction) await page.getByLabel('Prediction for question 1').fill(c.prediction);
  await page.getByRole('button', { name: 'Create cycle' }).click();
  await expect(page.getByRole('heading', { name: c.title, level: 2 })).toBeVisible();
  await expect(page.getByText(`Cycle “${c.title}” is created.`)).toBeVisible();
  await expect(currentStage(page)).toContainText('Plan');
}

test('a member plans a cycle, takes it through every stage to Done, and finds it by its learning', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Cycle Story Network');
  const page = await join(browser, admin, network, 'Member', person('Mia Member', 'cycle-story'));
  await admin.context().close();

  await page.getByRole('navigation', { name: 'Network' }).getByRole('link', { name: 'Cycles' }).click();
  await expect(page.getByText('No cycles yet — log the first one at your next meeting.')).toBeVisible();

  // The shared rules check the form before it is sent: a title is needed.
  await page.getByRole('link', { name: 'New cycle' }).click();
  await page.getByRole('button', { name: 'Create cycle' }).click();
  await expect(page.getByText('Give the cycle a short title')).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await createCycle(page, network, {
    title: 'Calendars at pickup',
    scale: '3 families',
    question: 'Will families take the calendar home?',
    prediction: 'Two of the three families will',
  });
  await expect(page.getByText('Mia Member (you)')).toBeVisible();
  await moveTo(page, 'Do');
  await moveTo(page, 'Study');

  // Study: the result sits next to the prediction.
  await page.getByRole('button', { name: 'Edit Study' }).click();
  await expect(page.getByText('You predicted: Two of the three families will')).toBeVisible();
  await page.getByLabel('Result for question 1').fill('All three took it; one asked for a Spanish version');
  await page.getByLabel('What you learned').fill('Families want the calendar in Spanish as well as English.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  const study = page.getByRole('region', { name: 'Study' });
  await expect(study).toContainText('Predicted');
  await expect(study).toContainText('All three took it; one asked for a Spanish version');
  await moveTo(page, 'Act');

  // Done needs a decision: the page says so by the button, and offers the way to choose one.
  await expect(page.getByText('Choose adopt, adapt or abandon before closing the cycle.')).toBeVisible();
  await page.getByRole('button', { name: 'Choose a decision' }).click();
  await page.getByRole('radio', { name: /^Adopt/ }).check();
  await page.getByLabel('Next steps', { exact: true }).fill('Print it in both languages for every family. The ramp stops here: it works.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await moveTo(page, 'Done');

  const fidelity = page.getByRole('region', { name: 'Method fidelity' });
  for (const part of ['Predictions before doing', 'Every prediction studied', 'A decision', 'A next cycle, or a reason to stop']) {
    await expect(fidelity.getByText(`${part}: Met`)).toBeVisible();
  }
  await expectAccessible(page, 'cycle page (done)');
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize(WIDE);

  // The list: the overview counts it, and a word from its learning finds it, marked.
  await page.getByRole('link', { name: 'All cycles' }).click();
  await expect(page.getByRole('region', { name: 'Method fidelity across the network' })).toContainText('1 of 1 cycle');
  await page.getByRole('searchbox', { name: 'Search cycles' }).fill('spanish');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]q=spanish/);
  await expect(page.getByText('1 cycle match.')).toBeVisible();
  const results = page.getByRole('list', { name: 'Cycles' });
  await expect(results.getByRole('link', { name: 'Calendars at pickup' })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/^spanish$/i);
  await expectAccessible(page, 'cycle list with a search');

  // A word that is nowhere finds nothing, and says how to get back.
  await page.getByRole('searchbox', { name: 'Search cycles' }).fill('zebra');
  await page.keyboard.press('Enter');
  await expect(page.getByText('No cycles match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByText('1 cycle.')).toBeVisible();
});

test('Study waits for predictions and says why; the next cycle continues the ramp at a bigger scale', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signInAsAdmin(browser);
  const network = await createNetwork(page, 'Ramp Network');

  await createCycle(page, network, { title: 'Reading nights', scale: 'one classroom', question: 'Will parents come to a reading night?' });
  // Moving to Do without predictions is allowed, with a tip; Study is not.
  await expect(page.getByText('Tip: write a prediction for each question before moving to Do.')).toBeVisible();
  await moveTo(page, 'Do');
  const toStudy = page.getByRole('button', { name: 'Move to Study' });
  const reason = 'One question has no prediction yet: Study compares what happened with what you predicted.';
  await expect(page.getByText(reason)).toBeVisible();
  await expect(toStudy).toHaveAccessibleDescription(/One question has no prediction yet/);
  // It stays reachable (marked unavailable, not disabled): pressing it from the keyboard explains.
  await toStudy.focus();
  await page.keyboard.press('Enter');
  await expect(currentStage(page)).toContainText('Do');
  // Pressing it is not silent: the reasons take the focus, so a screen reader reads them.
  await expect(page.getByText('Not ready for Study yet:').locator('..')).toBeFocused();
  await expect(page.getByText('The cycle is now at Study.')).toHaveCount(0);
  await expectAccessible(page, 'cycle page (move blocked)');

  await page.getByRole('button', { name: 'Start the next cycle' }).click();
  await expect(page.getByText('Cycle 2 of the ramp is started.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the previous cycle learned' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit Who, where and when' }).click();
  await page.getByLabel('Scale (optional)').fill('two classrooms');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expectAccessible(page, 'cycle page (second in a ramp)');

  // Two people edit the plan at once: the later save is refused, keeps its text, and may go over.
  await page.getByRole('button', { name: 'Edit Plan' }).click();
  await page.getByLabel('Objective').fill('See whether a second classroom fills the room too.');
  const other = await signInAsAdmin(browser);
  await other.goto(page.url());
  await other.getByRole('button', { name: 'Edit Plan' }).click();
  await other.getByLabel('Who', { exact: true }).fill('Ms. Rivera’s class');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByText('Your changes are saved.')).toBeVisible();
  await other.context().close();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Someone changed this cycle while you were editing')).toBeVisible();
  await expect(page.getByLabel('Objective')).toHaveValue('See whether a second classroom fills the room too.');
  await page.getByRole('button', { name: 'Save mine anyway' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  const plan = page.getByRole('region', { name: 'Plan' });
  await expect(plan).toContainText('See whether a second classroom fills the room too.');
  await expect(plan).toContainText('Ms. Rivera’s class');

  await page.getByRole('link', { name: 'Cycle 2 in ramp “Reading nights”' }).click();
  const cycles = page.getByRole('list', { name: 'Cycles in this ramp' }).getByRole('listitem');
  await expect(cycles).toHaveCount(2);
  await expect(cycles.nth(0)).toContainText('Cycle 1');
  await expect(cycles.nth(0)).toContainText('one classroom');
  await expect(cycles.nth(1)).toContainText('Cycle 2');
  await expect(cycles.nth(1)).toContainText('two classrooms');

  // The ramp is named after its first cycle until someone names what it tests.
  await page.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename the ramp' });
  await rename.getByLabel('Name').fill('Reading nights: one classroom to the whole school');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(rename).toBeHidden();
  await expect(page.getByText('Ramp “Reading nights: one classroom to the whole school”')).toBeVisible();

  await page.getByRole('link', { name: 'All ramps' }).click();
  await expect(page.getByRole('list', { name: 'Ramps' })).toContainText('2 cycles');
  await expect(page.getByRole('list', { name: 'Ramps' })).toContainText('Reading nights: one classroom to the whole school');
});

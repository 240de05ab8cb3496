import { expect, test, type Page } from '@playwright/test';
import {
  createNetwork,
  defineReadinessIndicator,
  expectNoHorizontalOverflow,
  expectSelectsUncut,
  join,
  networkIdOf,
  person,
  PHONE,
  signInAsAdmin,
  trpc,
} from './support.ts';

// The indicator's definition and overview. Measurements are seeded through the API from the
// page (the data grid and the import have their own spec), then the page is read as a person would.

/** 24 months from January 2024: about 40 % ready, then a clear shift to about 56 % in the last 10. */
function months() {
  const before = [40, 42, 39, 41, 38, 40, 43, 39, 41, 40, 42, 38, 41, 39];
  const after = [55, 57, 54, 58, 56, 55, 59, 56, 57, 58];
  return [...before, ...after].map((numerator, i) => ({
    period: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    groupId: null,
    value: null,
    numerator,
    denominator: 100,
    note: i === 14 ? 'Readiness nights began' : '',
  }));
}

async function seedMeasurements(page: Page, slug: string) {
  const status = await page.evaluate(
    async ({ slug, rows }) => {
      const input = encodeURIComponent(JSON.stringify({ json: { slug } }));
      const network = (await (await fetch(`/trpc/network.bySlug?input=${input}`)).json()) as { result: { data: { json: { id: number } } } };
      const body = JSON.stringify({ json: { networkId: network.result.data.json.id, rows } });
      return (await fetch('/trpc/indicator.saveMeasurements', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status;
    },
    { slug, rows: months() },
  );
  expect(status).toBe(200);
}

test('an editor defines the indicator; the overview opens with the verdict, then progress, the chart and its table', async ({ browser }) => {
  // The whole story, from an empty network to a member reading the chart: longer than one page's test.
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Indicator Readiness Network');

  await admin.goto(`${network}/indicator`);
  await expect(admin.getByRole('heading', { name: 'No indicator yet' })).toBeVisible();
  await admin.getByRole('link', { name: 'Define the indicator' }).click();

  // The definition: a monthly proportion with a baseline, a target and one way to split it.
  await expect(admin.getByRole('heading', { name: 'Define the indicator' })).toBeVisible();
  await admin.getByLabel('Name', { exact: true }).fill('Kindergarten readiness');
  await admin.getByLabel('Definition (optional)').fill('Children assessed as ready in all five domains at kindergarten entry.');
  await expect(admin.getByLabel('It is a proportion: a count out of a total')).toBeChecked();
  await admin.getByLabel('Numerator: what is counted').fill('children assessed as ready');
  await admin.getByLabel('Denominator: out of whom').fill('children assessed');
  await admin.getByLabel('How often it is measured').selectOption({ label: 'Monthly' });
  await admin.getByLabel('Baseline period (optional)').fill('2024-6');
  await admin.getByLabel('Baseline value').fill('40');
  await admin.getByLabel('Target value (optional)').fill('60');
  // A target value without a date is caught before anything is sent.
  await admin.getByRole('button', { name: 'Define the indicator' }).click();
  await expect(admin.getByText('Give the target’s value and its date, or neither')).toBeVisible();
  await admin.getByLabel('Target date').fill('2026-06-30');
  await admin.getByRole('button', { name: 'Add a dimension' }).click();
  await admin.getByLabel('Dimension 1', { exact: true }).fill('Ethnicity');
  await admin.getByLabel('Group 1', { exact: true }).fill('Hispanic or Latino');
  await admin.getByLabel('Group 2', { exact: true }).fill('Not Hispanic or Latino');
  await admin.getByRole('button', { name: 'Define the indicator' }).click();

  await expect(admin.getByRole('heading', { name: 'Kindergarten readiness' })).toBeVisible();
  await expect(admin.getByText(/No measurements yet for the whole population/)).toBeVisible();

  await seedMeasurements(admin, network.split('/').at(-1)!);
  await admin.reload();

  // First the verdict in plain words — what changed, since when, how sure — and the rule that
  // fired one click away, closed for everyone.
  const verdict = admin.getByRole('region', { name: 'Verdict: Improvement' });
  await expect(verdict).toBeVisible();
  await expect(verdict.getByText('Kindergarten readiness has been higher than its usual level (42%) since Mar 2025: 10 months in a row, too many to be chance.')).toBeVisible();
  const rule = verdict.getByText(/10 points in a row above the centre line \(Mar 2025 – Dec 2025\)/);
  await expect(rule).toBeHidden();
  await verdict.getByText('How this was decided').click();
  await expect(rule).toBeVisible();
  await expect(verdict).toContainText('Anhøj rules');

  const progress = admin.getByRole('region', { name: 'Progress toward the target' });
  await expect(progress).toContainText('58%');
  await expect(progress).toContainText('40% (Jun 2024); +18 percentage points since');
  // A jump in the last months is not yet a steady climb: the slow end of the likely rates falls short.
  await expect(progress).toContainText('Too early to tell: the recent values go up and down too much to say whether it will get there');
  const method = progress.getByText(/steadiest line through the latest 12 values/);
  await expect(method).toBeHidden();
  await progress.getByText('How this is decided').click();
  await expect(method).toBeVisible();
  await expect(progress).toContainText(/From 12 values: \+[\d.]+ percentage points a year \(likely between/);

  await expect(admin.getByRole('img', { name: /^Run chart of Kindergarten readiness, 24 months/ })).toBeVisible();

  // A viewer's own choice of chart, kept in the address; the limits appear in the table.
  await admin.getByLabel('Chart', { exact: true }).selectOption({ label: 'P chart (proportions)' });
  await expect(admin).toHaveURL(/chart=p/);
  await expect(admin.getByRole('heading', { name: 'P chart (proportions)' })).toBeVisible();
  await expect(admin.getByRole('img', { name: /^P chart \(proportions\) of Kindergarten readiness/ })).toBeVisible();
  await admin.getByText('Show the chart’s data as a table').click();
  const table = admin.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Upper limit' })).toBeVisible();
  // Limits from all 24 months: centre 47 %, upper limit 62 %.
  await expect(table.getByRole('row', { name: /Dec 2025/ })).toContainText(/58%\s*47%\s*32%\s*62%/);

  // Work the usual level out from the first 12 months only, and make it the network's default.
  await admin.getByLabel('Usual level worked out from').selectOption({ label: 'Jan 2024 to Dec 2024' });
  // Judged against the first year only, the latest months are above the upper limit.
  await expect(table.getByRole('row', { name: /Dec 2025/ })).toContainText('Outside the limits');
  await admin.getByRole('button', { name: 'Save as the network’s default' }).click();
  await expect(admin.getByText('Saved: everyone in the network now sees this chart first.')).toBeVisible();

  await admin.goto(`${network}/indicator`);
  await expect(admin.getByLabel('Chart', { exact: true })).toHaveValue('p');
  await expect(admin.getByLabel('Usual level worked out from')).toHaveValue('2024-12');
  await expect(admin.getByRole('region', { name: 'Verdict: Improvement' })).toBeVisible();

  // A member reads the same page and may switch the chart for themselves, but not save it or edit the definition.
  const member = await join(browser, admin, network, 'Member', person('Mina Member', 'indicator'));
  await member.goto(`${network}/indicator`);
  await expect(member.getByRole('region', { name: 'Verdict: Improvement' })).toBeVisible();
  await expect(member.getByLabel('Chart', { exact: true })).toHaveValue('p');
  await expect(member.getByRole('button', { name: 'Save as the network’s default' })).toHaveCount(0);
  await expect(member.getByRole('link', { name: 'Edit the definition' })).toHaveCount(0);
  await member.goto(`${network}/indicator/edit`);
  await expect(member.getByRole('heading', { name: 'Only facilitators and leads define the indicator' })).toBeVisible();

  await admin.setViewportSize(PHONE);
  await admin.goto(`${network}/indicator`);
  await expect(admin.getByRole('img', { name: /Kindergarten readiness/ })).toBeVisible();
  await expectNoHorizontalOverflow(admin);
});

test.describe('one baseline', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the page, the definition and a report show the same baseline: the baseline period’s measurement, labelled “Baseline”', async ({ browser }) => {
    const admin = await signInAsAdmin(browser);
    const network = await createNetwork(admin, 'One Baseline Network');
    const networkId = await networkIdOf(admin, network);
    // Typed before any data, 45% for June 2024; the measurements then say June 2024 was 40%.
    await defineReadinessIndicator(admin, networkId, { baselinePeriod: '2024-06', baselineValue: 45, targetValue: 60, targetDate: '2026-06-30' });
    await seedMeasurements(admin, network.split('/').at(-1)!);
    expect((await trpc(admin, 'indicator.saveChart', { networkId, version: 1, chartType: 'run', ruleSet: 'anhoej', baselineThrough: '2024-12', phases: [] })).status).toBe(200);

    await admin.goto(`${network}/indicator`);
    const progress = admin.getByRole('region', { name: 'Progress toward the target' });
    await expect(progress).toContainText(/Baseline\s*40% \(Jun 2024\); \+18 percentage points since/);
    await expect(progress).not.toContainText('45%');
    // "Baseline" names one thing on the page; the chart's frozen stretch speaks of the usual level.
    await expect(admin.getByText('Baseline', { exact: true })).toHaveCount(1);
    await expect(admin.getByRole('img', { name: /^Run chart of Children ready for kindergarten/ }).getByText('Usual level worked out here')).toBeVisible();
    await expect(admin.getByLabel('Usual level worked out from')).toHaveValue('2024-12');
    await expect(admin.getByRole('region', { name: 'Verdict: Improvement' })).toContainText('its usual level (40%)');
    // The centre line is the usual level in the legend and the table too.
    await expect(admin.getByRole('list', { name: 'Legend' })).toContainText('Usual level (median)');
    await admin.getByText('Show the chart’s data as a table').click();
    await expect(admin.getByRole('table').getByRole('columnheader', { name: 'Usual level' })).toBeVisible();
    await expect(admin.getByRole('table').getByRole('row', { name: /Dec 2025/ })).toContainText(/58%\s*40%/);

    // The definition shows no typed number beside a measured period, and refuses one that disagrees.
    await admin.goto(`${network}/indicator/edit`);
    const value = admin.getByLabel('Baseline value');
    await expect(value).toHaveValue('');
    await expect(admin.getByText('Jun 2024 is measured: 40%. That measurement is the baseline, so leave this empty.')).toBeVisible();
    await value.fill('45');
    await admin.getByRole('button', { name: 'Save the definition' }).click();
    await expect(admin.getByText('Jun 2024 is measured: 40%. That measurement is the baseline, so leave the value empty (or correct the measurement on the Data page).').first()).toBeVisible();
    await expect(value).toHaveAttribute('aria-invalid', 'true');
    await value.fill('');
    await admin.getByRole('button', { name: 'Save the definition' }).click();
    await expect(admin.getByRole('region', { name: 'Progress toward the target' })).toContainText(/Baseline\s*40% \(Jun 2024\)/);

    // A report of the same data says the same, under the same word.
    const created = (await trpc(admin, 'report.create', { networkId, title: 'Year two', from: '2025-01-01', to: '2025-12-31', timeZone: 'UTC' })) as { status: number; body: { result: { data: { json: { id: number } } } } };
    expect(created.status).toBe(200);
    await admin.goto(`${network}/reports/${created.body.result.data.json.id}`);
    await expect(admin.getByText('40% (Jun 2024); +18 percentage points since')).toBeVisible();

    await admin.setViewportSize(PHONE);
    await admin.goto(`${network}/indicator`);
    await expect(admin.getByRole('region', { name: 'Progress toward the target' })).toContainText(/Baseline\s*40% \(Jun 2024\)/);
    await expectNoHorizontalOverflow(admin);
  });
});

/** 'YYYY-MM' of the month `back` months before this one, and its label as the chart writes it. */
function monthBack(back: number) {
  const d = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - back, 1));
  return { period: d.toISOString().slice(0, 7), label: d.toLocaleString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }), date: d.toISOString().slice(0, 10) };
}

test('a period on the chart is picked with buttons, a list or a tap: its value, note, cycles and actions, every control big enough to touch', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Indicator Periods Network');
  const networkId = await networkIdOf(admin, network);
  await defineReadinessIndicator(admin, networkId);
  // Twelve months up to this one; a note three months back, where an action is also due.
  const rows = Array.from({ length: 12 }, (_, i) => ({
    period: monthBack(11 - i).period,
    groupId: null,
    value: null,
    numerator: 40 + (i % 4),
    denominator: 100,
    note: i === 8 ? 'Readiness nights began' : '',
  }));
  expect((await trpc(admin, 'indicator.saveMeasurements', { networkId, rows })).status).toBe(200);
  const logged = await trpc(admin, 'cycle.quickLog', {
    networkId, clientId: crypto.randomUUID(), title: 'Library story hour', changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null,
  });
  expect(logged.status).toBe(200);
  const node = await trpc(admin, 'plan.addNode', { networkId, parentId: null, title: 'Families know what readiness means' });
  const nodeId = (node.body as { result: { data: { json: { id: number } } } }).result.data.json.id;
  const action = await trpc(admin, 'plan.addAction', {
    networkId, title: 'Send readiness calendars home', nodeId, ownerId: null, partnerOrganizationId: null, startDate: null, dueDate: monthBack(3).date, status: 'not_started',
  });
  expect(action.status).toBe(200);
  const dueNow = await trpc(admin, 'plan.addAction', {
    networkId, title: 'Host a family reading night', nodeId, ownerId: null, partnerOrganizationId: null, startDate: null, dueDate: monthBack(0).date, status: 'not_started',
  });
  expect(dueNow.status).toBe(200);

  const now = monthBack(0);
  const back3 = monthBack(3);
  await admin.goto(`${network}/indicator`);
  await expect(admin.getByRole('img', { name: /^Run chart of Children ready for kindergarten, 12 months/ })).toBeVisible();

  // The latest period is shown first, with the cycle logged in it.
  const period = admin.getByLabel('Period', { exact: true });
  await expect(period).toHaveValue(now.period);
  const details = admin.getByRole('region', { name: 'The chosen period' });
  await expect(details.getByRole('status')).toHaveText(`${now.label}: 43%; 1 PDSA cycle, 1 action due`);
  await expect(details.getByRole('link', { name: 'Library story hour' })).toBeVisible();

  // By keyboard: back three periods to the one with the note and the action.
  await admin.getByRole('button', { name: 'Previous period' }).focus();
  for (let i = 0; i < 3; i++) await admin.keyboard.press('Enter');
  await expect(period).toHaveValue(back3.period);
  await expect(details.getByRole('status')).toHaveText(`${back3.label}: 40%; 0 PDSA cycles, 1 action due`);
  await expect(details).toContainText('Readiness nights began');
  await expect(details.getByRole('link', { name: 'Library story hour' })).toHaveCount(0);

  // The list says which periods have cycles or actions.
  await period.selectOption({ label: `${now.label} · 1 cycle, 1 action due` });
  await expect(details.getByRole('link', { name: 'Library story hour' })).toBeVisible();

  // A tap on the chart picks the period under it: the first band starts at the plot's left edge.
  const box = (await admin.getByRole('img', { name: /^Run chart/ }).boundingBox())!;
  await admin.mouse.click(box.x + 70, box.y + box.height / 2);
  await expect(period).toHaveValue(monthBack(11).period);

  await period.selectOption(back3.period);
  await admin.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(admin);
  // The longest kind of period name, with both cycles and actions, fits in the list on a phone.
  await period.selectOption(now.period);
  await expectSelectsUncut(admin, 'the indicator overview on a phone');
  await period.selectOption(back3.period);
  await admin.setViewportSize({ width: 1280, height: 800 });
  await details.getByRole('link', { name: 'Send readiness calendars home' }).click();
  await expect(admin.getByRole('heading', { name: 'Send readiness calendars home' })).toBeVisible();
});

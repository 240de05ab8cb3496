import { expect, test, type Locator, type Page } from '@playwright/test';
import { createNetwork, defineReadinessIndicator, networkIdOf, PHONE, signInAsAdmin, trpc, WIDE } from './support.ts';

// Issue 15, item 2: the words on a report's chart never sit on each other, on a wide screen or a
// phone; the public page shows the indicator's own chart, with no report's period on it.

test.describe.configure({ timeout: 120_000 });

const CHART = /chart \(proportions\) of Children ready for kindergarten, 24 points/;

const month = (back: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
};

/** Every text of the chart overlaps no other: the boxes the browser drew them in. */
async function expectLabelsApart(chart: Locator, where: string) {
  const boxes = await chart.locator('text').evaluateAll((texts) =>
    texts.map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? '', x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    }),
  );
  expect(boxes.length, where).toBeGreaterThan(8);
  const clashes: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) clashes.push(`"${a.text}" / "${b.text}"`);
  expect(clashes, where).toEqual([]);
}

async function publish(page: Page, networkId: number, title: string, from: string) {
  const today = new Date().toISOString().slice(0, 10);
  const created = (await trpc(page, 'report.create', { networkId, title, from, to: today, timeZone: 'UTC' })) as { status: number; body: { result: { data: { json: { id: number } } } } };
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  const reportId = created.body.result.data.json.id;
  const published = await trpc(page, 'report.publish', { networkId, reportId, version: 1, note: '' });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return reportId;
}

test('chart labels never overlap on a report or the public page, and the public page shows the indicator’s own chart', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Chart Labels Network');
  const networkId = await networkIdOf(admin, network);

  // Up to 58% against a target of 60%: the target line is the top of the scale, where the
  // period's label goes. A baseline, and two phases a month apart.
  await defineReadinessIndicator(admin, networkId, { targetValue: 60, targetDate: `${new Date().getFullYear() + 2}-06-30` });
  const rows = Array.from({ length: 24 }, (_, i) => ({
    period: month(24 - i),
    groupId: null,
    value: null,
    numerator: i < 16 ? [40, 42, 39, 41, 38, 40, 43, 39][i % 8]! : [55, 57, 54, 58, 56, 55, 57, 56][i - 16]!,
    denominator: 100,
    note: '',
  }));
  expect((await trpc(admin, 'indicator.saveMeasurements', { networkId, rows })).status).toBe(200);
  const chartSettings = async (version: number, extra: Record<string, unknown>) => {
    const saved = await trpc(admin, 'indicator.saveChart', { networkId, version, chartType: 'p', ruleSet: 'anhoej', baselineThrough: null, phases: [], ...extra });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  };

  // A report on the last quarter (its period at the right end) while two phases a month apart are
  // on the chart; then, with a baseline instead (phases restart it), one from the first month
  // (its period starting at the left edge, over the baseline).
  await chartSettings(1, {
    phases: [
      { start: month(8), label: 'Readiness nights at libraries' },
      { start: month(7), label: 'Reminder texts the day before' },
    ],
  });
  const recent = await publish(admin, networkId, 'Last quarter', `${month(2)}-01`);
  await chartSettings(2, { baselineThrough: month(18) });
  const whole = await publish(admin, networkId, 'Since the start', `${month(24)}-01`);
  expect((await trpc(admin, 'network.setPublicPage', { networkId, enabled: true })).status).toBe(200);

  for (const [size, name] of [
    [WIDE, 'wide'],
    [PHONE, 'phone'],
  ] as const) {
    await admin.setViewportSize(size);
    for (const [id, title, label] of [
      [recent, 'Last quarter', 'Readiness nights'],
      [whole, 'Since the start', 'Usual level worked out here'],
    ] as const) {
      await admin.goto(`${network}/reports/${id}`);
      const chart = admin.getByRole('img', { name: CHART });
      await expect(chart).toBeVisible();
      await expect(chart.locator('text', { hasText: 'This report' })).toHaveCount(1);
      await expect(chart.locator('text', { hasText: 'Target 60%' })).toHaveCount(1);
      await expect(chart.locator('text', { hasText: label })).toHaveCount(1);
      await expectLabelsApart(chart, `${title}, ${name}`);
      await expect(admin.getByRole('columnheader', { name: 'In this report’s period' })).toHaveCount(1);
      await chart.screenshot({ path: test.info().outputPath(`report-${title.replace(/ /g, '-').toLowerCase()}-${name}.png`) });
    }

    // The public page, signed out: the indicator's own chart, no report's period anywhere on it.
    const visitor = await (await browser.newContext({ viewport: size })).newPage();
    await visitor.goto('/impact/chart-labels-network');
    const chart = visitor.getByRole('img', { name: CHART });
    await expect(chart).toBeVisible();
    await expect(chart.locator('text', { hasText: 'Target 60%' })).toHaveCount(1);
    await expect(chart.locator('text', { hasText: 'Usual level worked out here' })).toHaveCount(1);
    await expect(chart.locator('text', { hasText: 'This report' })).toHaveCount(0);
    await expect(chart).not.toHaveAttribute('aria-label', /report/);
    await expect(visitor.getByText('This report’s period')).toHaveCount(0);
    const table = visitor.getByRole('table', { name: /Every point of the chart/ });
    await expect(table.getByRole('row')).toHaveCount(25);
    await expect(table.getByRole('columnheader')).toHaveText(['Period', 'Value', 'Usual level', 'Signal']);
    await expectLabelsApart(chart, `public page, ${name}`);
    // The plain sentence first; the rules behind it one click away.
    const decided = visitor.getByText(/^Checked with the Anhøj rules\.$|^Signals found by the Anhøj rules:$|Checked with the Anhøj rules\.$/);
    await expect(decided).toBeHidden();
    await visitor.getByText('How this was decided').click();
    await expect(decided).toBeVisible();
    await chart.screenshot({ path: test.info().outputPath(`public-${name}.png`) });
    await visitor.context().close();
  }
});

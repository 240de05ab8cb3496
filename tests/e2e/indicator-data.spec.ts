import { expect, test, type Page } from '@playwright/test';
import { createNetwork, defineReadinessIndicator, expectAccessible, expectNoHorizontalOverflow, join, networkIdOf, person, PHONE, signInAsAdmin } from './support.ts';

// The indicator's data: a CSV import with its line-by-line report, the data table, a re-import
// that updates, and the equity view with the gap, its verdict and a small group kept private.

/** A monthly proportion with one dimension, Income, defined through the API to keep the test on the data. */
async function defineIndicator(page: Page, network: string) {
  const networkId = await networkIdOf(page, network);
  await defineReadinessIndicator(page, networkId, {
    dimensions: [{ id: null, name: 'Income', groups: [{ id: null, name: 'Low income' }, { id: null, name: 'Higher income' }] }],
  });
}

// Twelve months in which the low-income group catches up (the gap narrows from 30 to 8 points),
// then a month in which only 8 low-income children were assessed: too few to show.
function goodLines(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < 12; i++) {
    const period = `2024-${String(i + 1).padStart(2, '0')}`;
    lines.push(`${period},,${110 + i},200,`, `${period},Low income,${40 + 2 * i},100,`, `${period},Higher income,70,100,`);
  }
  lines.push('2025-01,,150,200,', '2025-01,Low income,7,8,Small sample', '2025-01,Higher income,72,100,');
  return lines;
}
const HEADER = 'period,group,numerator,denominator,note';
const file = (lines: string[]) => ({ name: 'readiness.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...lines].join('\n') + '\n') });

test('import a CSV file, read its report, fix it, import it, then see the data and the equity gap', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Readiness Data Network');
  await defineIndicator(admin, network);

  // A file with two mistakes: text in a number, and a line repeated.
  const broken = goodLines();
  broken[1] = '2024-01,Low income,forty,100,';
  broken.splice(3, 0, broken[0]!);
  await admin.goto(`${network}/indicator/import`);
  await expect(admin.getByRole('heading', { name: 'Import a CSV file' })).toBeVisible();
  await expect(admin.getByText('period,group,numerator,denominator,note').first()).toBeVisible();
  await admin.getByLabel('CSV file', { exact: true }).setInputFiles(file(broken));
  await admin.getByRole('button', { name: 'Check the file' }).click();
  await expect(admin.getByText('Nothing was imported. Fix these lines in your file and check it again.')).toBeVisible();
  const problems = admin.getByRole('table', { name: 'Problems by line' });
  await expect(problems.getByRole('row', { name: /3 numerator “forty” is not a number/ })).toBeVisible();
  await expect(problems.getByRole('row', { name: /5 period Line 2 already has this period and group/ })).toBeVisible();
  await expect(admin.getByRole('button', { name: /^Import \d+ rows$/ })).toHaveCount(0);
  await expectAccessible(admin, 'the import report with problems');

  // Fixed: checked, then imported.
  await admin.getByLabel('CSV file', { exact: true }).setInputFiles(file(goodLines()));
  await admin.getByRole('button', { name: 'Check the file' }).click();
  await expect(admin.getByText('39 lines: 39 new, 0 update earlier values')).toBeVisible();
  await admin.getByRole('button', { name: 'Import 39 rows' }).click();
  await expect(admin.getByText('39 new values added, 0 earlier values replaced.')).toBeVisible();
  await expectAccessible(admin, 'the import page after importing');

  await admin.getByRole('link', { name: 'See the data' }).click();
  const table = admin.getByRole('table', { name: 'Measurements by period, newest first' });
  await expect(table.getByRole('row', { name: /Dec 2024 60.5% 121 of 200 62% 62 of 100 70% 70 of 100/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Jan 2025/ })).toContainText('Hidden from others: fewer than 10 people');
  // Income has two groups: the other one is hidden too, or the whole minus it would give the small one away.
  await expect(table.getByRole('row', { name: /Jan 2025/ })).toContainText('Hidden from others: so a small group cannot be worked out');

  // Re-importing a period says it replaces the earlier values.
  await admin.getByRole('link', { name: 'Import a CSV file' }).click();
  await admin.getByLabel('CSV file', { exact: true }).setInputFiles(file(['2024-12,,125,200,Recounted']));
  await admin.getByRole('button', { name: 'Check the file' }).click();
  await expect(admin.getByText('1 line: 0 new, 1 updates an earlier value')).toBeVisible();
  await admin.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(admin.getByText('0 new values added, 1 earlier value replaced.')).toBeVisible();
  await admin.getByRole('link', { name: 'See the data' }).click();
  await expect(admin.getByRole('row', { name: /Dec 2024 62\.5% 125 of 200/ })).toBeVisible();

  // Equity: the gap narrows; the small group is listed as hidden and its value is nowhere.
  await admin.getByRole('navigation', { name: 'Indicator' }).getByRole('link', { name: 'Equity' }).click();
  await expect(admin.getByText('The gap is narrowing')).toBeVisible();
  // Why it narrowed, first: the group furthest behind caught up while the one doing best held.
  await expect(admin.getByText('The gap narrowed because the group furthest behind improved: Low income went from 45% to 57%, while Higher income, the group doing best, held near 70%.')).toBeVisible();
  // In plain words first; the rule behind it one click away.
  await expect(admin.getByText(/^The gap between the highest and the lowest group (has been|was) narrower than its usual level \(\d+(\.\d)? percentage points\)/)).toBeVisible();
  await expect(admin.getByText(/Evidence of improvement/)).toBeHidden();
  await admin.getByText('How this was decided').click();
  await expect(admin.getByText(/Evidence of improvement/)).toBeVisible();
  await expect(admin.getByText(/^To say why, each group’s median over Jan 2024 – Jun 2024 was compared with its median over Jul 2024 – Dec 2024/)).toBeVisible();
  await expect(admin.getByText('Latest gap (Dec 2024): 8 pts, between Higher income and Low income.')).toBeVisible();
  const hidden = admin.getByRole('status').filter({ hasText: 'Hidden to protect privacy' });
  // Hidden periods are said once per group, as ranges, not value by value.
  await expect(hidden).toContainText('Low income: Jan 2025');
  await expect(hidden).toContainText(/These are hidden too, so that the small groups’ values cannot be worked out .*: Higher income: Jan 2025\./);
  // One small chart per group on one scale, so the groups are told apart.
  const multiples = admin.getByRole('list', { name: /by income/i });
  await expect(multiples.getByRole('figure')).toHaveCount(2);
  await expect(multiples.getByRole('figure', { name: 'Low income' })).toBeVisible();
  await admin.getByText('Show the numbers as a table').click();
  await expect(admin.getByRole('row', { name: /Jan 2025 75% Hidden: fewer than 10 people Hidden to protect a small group/ })).toBeVisible();
  await expect(admin.locator('body')).not.toContainText('87.5');
  await expectAccessible(admin, 'the equity view');

  // A member sees that a small group was suppressed, never its numbers.
  const member = await join(browser, admin, network, 'Member', person('Mina Member', 'inddata'));
  await member.goto(`${network}/indicator/data`);
  const memberRow = member.getByRole('table', { name: 'Measurements by period, newest first' }).getByRole('row', { name: /Jan 2025/ });
  await expect(memberRow).toContainText('Suppressed');
  await expect(memberRow).toContainText('fewer than 10 people');
  await expect(memberRow).toContainText('so a small group cannot be worked out');
  await expect(memberRow).not.toContainText('72%');
  await expect(member.locator('body')).not.toContainText('87.5');
  await expect(member.getByRole('link', { name: 'Import a CSV file' })).toHaveCount(0);
  await expect(member.getByRole('button', { name: 'Add a period’s values' })).toHaveCount(0);

  // The data page fits a phone.
  const phone = await signInAsAdmin(browser, PHONE);
  await phone.goto(`${network}/indicator/data`);
  await expect(phone.getByRole('table', { name: 'Measurements by period, newest first' })).toBeVisible();
  await expectNoHorizontalOverflow(phone);

  // A period's values entered by hand: the server's problem lands on the cell, nothing is lost.
  await phone.getByRole('button', { name: 'Add a period’s values' }).click();
  const form = phone.getByRole('form', { name: 'Values for one period' });
  await form.getByRole('textbox', { name: 'Period' }).fill('2025-2');
  await form.getByLabel('Children ready, Whole population').fill('300');
  await form.getByLabel('Children assessed, Whole population').fill('200');
  await expectNoHorizontalOverflow(phone);
  await form.getByRole('button', { name: 'Save values' }).click();
  await expect(form.getByText('Some values need attention: nothing was saved.')).toBeVisible();
  await expect(form.getByLabel('Children ready, Whole population')).toHaveAccessibleDescription(/cannot be larger than the denominator/);
  await form.getByLabel('Children ready, Whole population').fill('130');
  await form.getByRole('button', { name: 'Save values' }).click();
  await expect(phone.getByText('Saved Feb 2025: 1 new, 0 changed.')).toBeVisible();
  await expect(phone.getByRole('row', { name: /Feb 2025 65% 130 of 200/ })).toBeVisible();

  // Deleting a value asks first.
  await phone.getByRole('button', { name: 'Change Feb 2025' }).click();
  await phone.getByRole('button', { name: 'Delete the saved value for Whole population' }).click();
  await phone.getByRole('dialog', { name: 'Delete the value for Whole population?' }).getByRole('button', { name: 'Delete value' }).click();
  await phone.getByRole('button', { name: 'Cancel' }).click();
  await expect(phone.getByRole('row', { name: /Feb 2025/ })).toHaveCount(0);
});

import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { signInAsAdmin, trpc } from './support.ts';

// The backbone dashboard: an administrator looks across networks, sorts and filters them, and takes
// the rows away as a CSV. The networks are made through the API; the columns' numbers are the
// integration tests' (tests/integration/partnership-dashboard.test.ts).

test('an administrator sorts and filters the networks on /partnership and downloads the rows shown', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const tag = `Dash ${Date.now().toString(36)}`;
  for (const [name, status] of [[`${tag} Reading`, 'forming'], [`${tag} Math`, 'active']] as const) {
    expect((await trpc(admin, 'network.create', { name, outcomeArea: 'early_grade_reading', status })).status).toBe(200);
  }

  await admin.goto('/partnership');
  await expect(admin.getByRole('heading', { name: 'Networks across the partnership', level: 1 })).toBeVisible();
  await admin.getByLabel('Search by name').fill(tag);
  const table = admin.getByRole('table', { name: 'Networks of the partnership' });
  const names = table.getByRole('rowheader');
  await expect(names).toHaveText([new RegExp(`${tag} Math`), new RegExp(`${tag} Reading`)]);

  // Sorted by stage, forming comes before active.
  await table.getByRole('button', { name: 'Stage' }).click();
  await expect(table.getByRole('columnheader', { name: 'Stage' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(names).toHaveText([new RegExp(`${tag} Reading`), new RegExp(`${tag} Math`)]);
  await table.getByRole('button', { name: 'Stage' }).click();
  await expect(table.getByRole('columnheader', { name: 'Stage' })).toHaveAttribute('aria-sort', 'descending');

  await admin.getByLabel('Stage', { exact: true }).selectOption({ label: 'Active' });
  await expect(names).toHaveText([new RegExp(`${tag} Math`)]);
  await expect(table.getByRole('link', { name: `${tag} Math` })).toHaveAttribute('href', /^\/n\/dash-/);

  const [file] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Download as CSV' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^partnership-networks-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await file.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toBe('Network,Outcome area,Stage,Outcome,Cycles this quarter,Action plan,Charter,Last report,Meeting attendance,Last activity');
  expect(lines[1]).toBe(`${tag} Math,Early grade reading,Active,No indicator yet,0 cycles,Draft. Nothing overdue,Not started,None published yet,No meetings held yet,Today`);
});

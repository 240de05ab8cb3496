import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** No serious or critical WCAG A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page, name: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(bad, `accessibility problems on ${name}`).toEqual([]);
}

/** Nothing sticks out sideways on a phone. */
export async function expectNoHorizontalOverflow(page: Page, width = 390) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

export const PHONE = { width: 390, height: 844 };

/** The administrator the first-run story (needle.spec.ts) creates; the other files sign in as them. */
export const FIRST_ADMIN = { name: 'Ada Admin', email: 'ada@example.org', password: 'violet-harbor-lantern-42' };

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

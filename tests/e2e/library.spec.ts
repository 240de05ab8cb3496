import { expect, test, type APIRequestContext } from '@playwright/test';
import { FIRST_ADMIN, person, WIDE, type Person } from './support.ts';

// Learning that travels: network A's lead shares its change ideas; a facilitator of network B finds
// A's adopted idea in the learning library by a word of its cycle's learning, and copies it into
// B's driver diagram, credited to A. Everything but the library and the diagram is set up through
// the API, without pages, to keep the story short.

let origin = '';

/** A tRPC call as whoever `api` signed in as; its result. */
async function call<T>(api: APIRequestContext, path: string, input: unknown): Promise<T> {
  const res = await api.post(`/trpc/${path}`, { data: { json: input }, headers: { origin } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function signIn(api: APIRequestContext, who: { email: string; password: string }) {
  const res = await api.post('/api/auth/sign-in/email', { data: { email: who.email, password: who.password }, headers: { origin } });
  expect(res.status(), await res.text()).toBe(200);
}

/** `who` accepts an invitation to the network with `role` and signs in, on `api`. */
async function joinAs(api: APIRequestContext, admin: APIRequestContext, networkId: number, role: 'lead' | 'facilitator', who: Person) {
  const { token } = await call<{ token: string }>(admin, 'invitation.create', { networkId, role, expiresInDays: 7, maxUses: 1 });
  await call(api, 'invitation.signUp', { token, name: who.name, email: who.email, password: who.password });
  await signIn(api, who);
}

async function secondaryDriver(api: APIRequestContext, networkId: number, tag: string) {
  const primary = await call<{ id: number }>(api, 'plan.addNode', { networkId, parentId: null, title: `Families feel welcome ${tag}` });
  return call<{ id: number }>(api, 'plan.addNode', { networkId, parentId: primary.id, title: `Warm first contacts ${tag}` });
}

test('a facilitator of network B finds network A’s shared change idea in the library and tries it in B', async ({ browser, playwright, request: admin, baseURL }) => {
  origin = new URL(baseURL!).origin;
  await signIn(admin, FIRST_ADMIN);
  const a = await call<{ id: number }>(admin, 'network.create', { name: 'Library Network A', outcomeArea: 'early_grade_reading', status: 'active' });
  const b = await call<{ id: number }>(admin, 'network.create', { name: 'Library Network B', outcomeArea: 'kindergarten_readiness', status: 'active' });

  const lead = await playwright.request.newContext({ baseURL });
  await joinAs(lead, admin, a.id, 'lead', person('Lena Lead', 'library'));
  await call(lead, 'library.setSharing', { networkId: a.id, enabled: true });
  const under = await secondaryDriver(lead, a.id, 'in A');
  const idea = await call<{ id: number }>(lead, 'plan.addNode', { networkId: a.id, parentId: under.id, title: 'Story walks in the park', description: 'Pages of a picture book along a path' });
  await call(lead, 'cycle.quickLog', {
    networkId: a.id,
    clientId: crypto.randomUUID(),
    title: 'Story walk at Elm Park',
    changeIdeaId: idea.id,
    meetingId: null,
    whatWeTried: 'One book along the duck pond path.',
    whatWeLearned: 'Families lingered longest where the marigolds were in bloom.',
    decision: 'adopt',
  });

  const page = await (await browser.newContext({ viewport: WIDE })).newPage();
  await joinAs(page.request, admin, b.id, 'facilitator', person('Boris Facilitator', 'library'));
  await secondaryDriver(page.request, b.id, 'in B');
  await page.goto('/library');
  await page.getByRole('searchbox', { name: 'Search' }).fill('marigolds');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Story walks in the park' }) });
  await expect(entry.getByText('Library Network A · Early grade reading')).toBeVisible();
  await entry.getByText('1 cycle', { exact: true }).click();
  await expect(entry.getByText('Families lingered longest where the marigolds were in bloom.')).toBeVisible();
  await expect(entry.getByText('Lena Lead')).toHaveCount(0);

  await entry.getByRole('button', { name: 'Try this in our network' }).click();
  const dialog = page.getByRole('dialog', { name: 'Try this in our network' });
  await expect(dialog.getByLabel('Your network')).toHaveValue(String(b.id));
  await expect(dialog.getByLabel('Put it under')).toHaveValue(/\d+/);
  await dialog.getByRole('button', { name: 'Add to our driver diagram' }).click();
  await expect(dialog.getByText('Added to the driver diagram of Library Network B.')).toBeVisible();
  await dialog.getByRole('link', { name: 'See it in the driver diagram' }).click();

  const copied = page.locator('[id^="node-"]').filter({ has: page.getByText('Story walks in the park', { exact: true }) });
  await expect(copied.getByText('From Library Network A')).toBeVisible();
});

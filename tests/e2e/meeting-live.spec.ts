import { expect, test } from '@playwright/test';
import { createNetwork, join, networkIdOf, person, PHONE, signInAsAdmin, trpc } from './support.ts';

// The live board on the projector: a member checks in and logs a cycle on a phone, and the board
// shows both within a second, without reloading.

test('the live board shows a check-in and a cycle logged on a phone within a second', async ({ browser }) => {
  const admin = await signInAsAdmin(browser);
  const network = await createNetwork(admin, 'Live Board Network');
  const board = await join(browser, admin, network, 'Facilitator', person('Fay Facilitator', 'live'));
  const phone = await join(browser, admin, network, 'Member', person('Mo Member', 'live'), PHONE);
  const networkId = await networkIdOf(board, network);
  const created = await trpc(board, 'meeting.create', {
    networkId,
    clientId: crypto.randomUUID(),
    title: 'Winter partner meeting',
    date: new Date().toISOString().slice(0, 10),
    attendeeIds: [],
    guestCount: 0,
    agenda: 'Welcome (5 min)\nWhat we tested (20 min)',
    notes: '',
  });
  const meetingId = (created.body as { result: { data: { json: { id: number } } } }).result.data.json.id;

  await board.goto(`${network}/meetings/${meetingId}/live`);
  await expect(board.getByRole('heading', { name: 'Winter partner meeting', level: 1 })).toBeVisible();
  await expect(board.getByRole('status').getByText('Live')).toBeVisible();
  await expect(board.getByText('Nobody has checked in yet.')).toBeVisible();

  await phone.goto(`${network}/meetings/${meetingId}`);
  await phone.getByRole('button', { name: 'I’m here: check me in' }).click();
  await expect(phone.getByText('You’re checked in.')).toBeVisible();
  await expect(board.getByRole('region', { name: 'Here: 1 person' })).toContainText('Mo Member', { timeout: 1000 });

  await phone.getByRole('link', { name: 'Quick log a cycle' }).click();
  await phone.getByLabel('Title').fill('Reading corner at the clinic');
  await phone.getByRole('button', { name: 'Log cycle' }).click();
  await expect(phone.getByRole('heading', { name: 'Logged' })).toBeVisible();
  await expect(board.getByRole('list', { name: 'Cycles logged at this meeting' })).toContainText('Reading corner at the clinic', { timeout: 1000 });
  await expect(board.getByRole('region', { name: '1 cycle logged' })).toBeVisible();

  await Promise.all([admin.context().close(), board.context().close(), phone.context().close()]);
});

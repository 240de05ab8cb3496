// Never twice: the real server is killed (SIGKILL) while its mail server has the whole email but
// has not answered yet. After a restart the email is `unknown` — it may have gone — and nothing
// sends it again by itself.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { mailOutbox } from '../../server/db/schema.ts';
import { enqueueMail, setMailOn } from '../../server/mail/outbox.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { clientDir, startServer, tempDir, type RunningServer } from './server.ts';

const dir = tempDir('mail-crash');
const client = clientDir();
const dbPath = join(dir, 'needle.db');
let server: RunningServer | undefined;
let smtp: TestSmtp | undefined;

afterAll(async () => {
  await server?.kill9();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(client, { recursive: true, force: true });
});

const statusOf = (id: number) => {
  const db = openDb(dbPath);
  try {
    return db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
  } finally {
    db.$client.close();
  }
};

it('an email whose sending was cut by kill -9 becomes unknown at the next start and is not sent again', async () => {
  const setup = openDb(dbPath);
  setMailOn(setup, true);
  const id = enqueueMail(setup, { to: 'rosa@example.org', userId: null, payload: { kind: 'password_reset', url: 'https://needle.example.org/reset' } })!;
  setup.$client.close();

  smtp = await startSmtp();
  smtp.mode = 'hold';
  const env = { NEEDLE_SMTP_URL: smtp.url, NEEDLE_MAIL_FROM: 'needle@example.org', NEEDLE_MAIL_POLL_MS: '100' };
  server = await startServer({ dbPath, clientDir: client, env });
  await expect.poll(() => smtp!.held.length, { timeout: 10_000 }).toBe(1);
  await server.kill9();
  expect(statusOf(id)).toMatchObject({ status: 'sending', attempts: 1 });

  smtp.mode = 'accept';
  server = await startServer({ dbPath, clientDir: client, env });
  await expect.poll(() => statusOf(id)?.status, { timeout: 10_000 }).toBe('unknown');
  // Several polls later, still not sent again.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(statusOf(id)).toMatchObject({ status: 'unknown', attempts: 1 });
  expect(smtp.received).toHaveLength(0);
  expect(smtp.held).toHaveLength(1);

  // A normal stop after a normal send leaves nothing in between.
  const db = openDb(dbPath);
  const next = enqueueMail(db, { to: 'sam@example.org', userId: null, payload: { kind: 'password_reset', url: 'https://needle.example.org/reset' } })!;
  db.$client.close();
  await expect.poll(() => smtp!.received.length, { timeout: 10_000 }).toBe(1);
  await server.stop();
  expect(statusOf(next)?.status).toBe('sent');
});

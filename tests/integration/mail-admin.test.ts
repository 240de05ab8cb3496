import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContextInner } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { mailOutbox } from '../../server/db/schema.ts';
import { setMailOn } from '../../server/mail/outbox.ts';
import { smtpTransport } from '../../server/mail/transport.ts';
import { claimNext, markInterrupted, runMailTick } from '../../server/mail/worker.ts';
import { appRouter } from '../../server/router.ts';
import { createCallerFactory } from '../../server/trpc.ts';
import type { MailStatus } from '../../shared/schemas/notification.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { callerFor, outcome } from '../helpers/trpc.ts';

const asAdmin = (db: Db, s: Scene, mailOn: boolean) => createCallerFactory(appRouter)(createContextInner({ db, user: s.admin, mailOn }));

let db: Db;
let s: Scene;
let smtp: TestSmtp;
beforeEach(async () => {
  db = testDb();
  setMailOn(db, true);
  s = await scene(db);
  smtp = await startSmtp();
});
afterEach(() => smtp.close());

function mail(status: MailStatus, to = 'sam@example.org') {
  const payload = { kind: 'password_reset' as const, url: 'https://needle.example.org/reset' };
  return db.insert(mailOutbox).values({ to, userId: null, kind: 'password_reset', payload, status, subject: `To ${to}` }).returning({ id: mailOutbox.id }).get().id;
}

describe('the administrators’ mail view', () => {
  it('says whether email is on, counts each state, and lists failed and unknown emails apart', async () => {
    const sent = mail('sent');
    const failed = mail('failed');
    const pending = mail('pending');
    const unknown = mail('unknown');
    const view = await asAdmin(db, s, true).admin.mail.list();
    expect(view.mailOn).toBe(true);
    expect(view.counts).toEqual({ pending: 1, sending: 0, sent: 1, failed: 1, unknown: 1 });
    expect(view.troubled.map((r) => r.id)).toEqual([unknown, failed]);
    expect(view.latest.map((r) => r.id)).toEqual([pending, sent]);
    expect(view.troubled[0]).toMatchObject({ to: 'sam@example.org', kind: 'password_reset', status: 'unknown', subject: 'To sam@example.org' });
    expect((await asAdmin(db, s, false).admin.mail.list()).mailOn).toBe(false);
  });

  it('sends an email whose sending is unknown again, once, and the log says who asked', async () => {
    const transport = smtpTransport({ smtpUrl: smtp.url, from: 'needle@example.org', pollMs: 100 });
    mail('pending', 'rosa@example.org');
    const { id } = claimNext(db, new Date())!;
    markInterrupted(db);
    await runMailTick(db, transport, { baseUrl: 'https://needle.example.org', secret: 'x' });
    expect(smtp.received).toHaveLength(0);

    expect(await callerFor(db, s.admin).admin.mail.retry({ id })).toEqual({ id, status: 'pending' });
    expect(db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get()).toMatchObject({ status: 'pending', attempts: 0 });
    expect(auditRows(db).at(-1)).toMatchObject({ actorId: s.admin.id, action: 'mail.retry', entityType: 'mail', entityId: String(id), detail: { to: 'rosa@example.org', kind: 'password_reset' } });
    await runMailTick(db, transport, { baseUrl: 'https://needle.example.org', secret: 'x' });
    transport.close();
    expect(smtp.received.map((m) => m.to)).toEqual(['rosa@example.org']);
  });

  it('refuses to send again what is pending, sending or sent, and what does not exist', async () => {
    const admin = callerFor(db, s.admin).admin.mail;
    for (const status of ['pending', 'sending', 'sent'] as const) {
      const id = mail(status);
      await expect(admin.retry({ id })).rejects.toThrow('Only an email that failed, or that may not have gone out, can be sent again.');
      expect(db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get()?.status).toBe(status);
    }
    expect(await outcome(admin.retry({ id: 9999 }))).toBe('NOT_FOUND');
    expect(auditRows(db).filter((r) => r.action === 'mail.retry')).toHaveLength(0);
  });
});

import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client.ts';
import { mailOutbox, notificationPreference, user } from '../../server/db/schema.ts';
import type { Site } from '../../server/mail/mail-body.ts';
import { enqueueMail, setMailOn } from '../../server/mail/outbox.ts';
import { smtpTransport, type MailTransport } from '../../server/mail/transport.ts';
import { claimNext, markInterrupted, MAX_ATTEMPTS, pruneOutbox, RETRY_DELAYS_MS, runMailTick, startMailWorker } from '../../server/mail/worker.ts';
import { createInvitation, revokeInvitation } from '../../server/services/invitations.ts';
import { notify } from '../../server/services/notifications.ts';
import { testDb } from '../helpers/db.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';

const site: Site = { baseUrl: 'https://needle.example.org', secret: 'test-secret-for-signing-links' };
const FROM = 'Needle <needle@example.org>';

let db: Db;
let s: Scene;
let smtp: TestSmtp;
let transport: MailTransport;

beforeEach(async () => {
  db = testDb();
  setMailOn(db, true);
  s = await scene(db);
  smtp = await startSmtp();
  transport = smtpTransport({ smtpUrl: smtp.url, from: FROM, pollMs: 100 });
});
afterEach(async () => {
  transport.close();
  await smtp.close();
});

const rows = () => db.select().from(mailOutbox).all();
const row = (id: number) => db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get()!;

function assignAction(title = 'Run a readiness night') {
  notify(db, { userIds: [s.member.id], event: 'action_assigned', networkId: s.networkA, actorId: s.facilitator.id, detail: { title }, link: '/n/kindergarten-readiness/plan' });
  return rows().at(-1)!.id;
}

describe('the mail worker sends the outbox over SMTP', () => {
  it('sends a notification in plain text and HTML, with the reason and a one-click unsubscribe', async () => {
    const id = assignAction('Families <b>first</b> & "always"');
    expect(await runMailTick(db, transport, site)).toEqual({ sent: 1, retried: 0, failed: 0, dropped: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toBe(s.member.email);
    expect(mail.from).toContain('needle@example.org');
    expect(mail.subject).toBe('Fay Facilitator made you the owner of the action “Families <b>first</b> & "always"” in Kindergarten Readiness.');
    expect(mail.text).toContain('https://needle.example.org/n/kindergarten-readiness/plan');
    expect(mail.text).toContain('You get this email because you asked for emails about actions you are made the owner of.');
    expect(mail.html).toContain('Families &lt;b&gt;first&lt;/b&gt; &amp; &quot;always&quot;');
    expect(mail.html).not.toContain('<b>first</b>');
    expect(mail.html).toMatch(/<a href="https:\/\/needle\.example\.org\/n\/kindergarten-readiness\/plan"[^>]*>Open it in Needle<\/a>/);
    const unsubscribe = mail.headers['list-unsubscribe']!;
    expect(unsubscribe).toMatch(/^<https:\/\/needle\.example\.org\/api\/mail\/unsubscribe\?u=.+&t=action_assigned&s=.+>$/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.html).toContain(unsubscribe.slice(1, -1).replaceAll('&', '&amp;'));
    const sent = row(id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null, subject: mail.subject });
    expect(sent.sentAt).toBeInstanceOf(Date);
    // Sent once: the next pass finds nothing.
    expect((await runMailTick(db, transport, site)).sent).toBe(0);
  });

  it('drops a notification email the person turned off, or whose account was deactivated, after it was queued', async () => {
    assignAction('Call the clinic');
    db.insert(notificationPreference).values({ userId: s.member.id, event: 'action_assigned', delivery: 'in_app' }).run();
    expect(await runMailTick(db, transport, site)).toMatchObject({ sent: 0, dropped: 1 });
    db.delete(notificationPreference).run();
    assignAction('Visit the library');
    db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, s.member.id)).run();
    expect(await runMailTick(db, transport, site)).toMatchObject({ sent: 0, dropped: 1 });
    expect(smtp.received).toHaveLength(0);
  });

  it('writes in the language the recipient chose', async () => {
    db.update(user).set({ language: 'es' }).where(eq(user.id, s.member.id)).run();
    assignAction('Noche de lectura');
    await runMailTick(db, transport, site);
    expect(smtp.received[0]!.subject).toBe('Fay Facilitator le asignó la acción “Noche de lectura” en Kindergarten Readiness.');
    expect(smtp.received[0]!.text).toContain('Recibe este correo porque pidió correos sobre acciones que le asignan.');
    expect(smtp.received[0]!.html).toContain('<html lang="es">');
  });

  it('sends an invitation with its link, and drops one revoked before it went', async () => {
    const access = { networkId: s.networkA, role: 'lead' as const, isAdmin: false };
    const invite = createInvitation(db, s.lead, access, { role: 'member', expiresInDays: 7, maxUses: 1, note: '' });
    enqueueMail(db, { to: 'new.person@example.org', userId: null, payload: { kind: 'invitation', invitationId: invite.id, token: invite.token } });
    await runMailTick(db, transport, site);
    const mail = smtp.received[0]!;
    expect(mail.to).toBe('new.person@example.org');
    expect(mail.subject).toBe('Lee Lead invited you to Kindergarten Readiness on Needle');
    expect(mail.text).toContain('Lee Lead invited you to join Kindergarten Readiness as a member.');
    expect(mail.text).toContain(`https://needle.example.org/invite/${invite.token}`);
    expect(mail.headers['list-unsubscribe']).toBeUndefined();

    const second = createInvitation(db, s.lead, access, { role: 'member', expiresInDays: 7, maxUses: 1, note: '' });
    const id = enqueueMail(db, { to: 'other@example.org', userId: null, payload: { kind: 'invitation', invitationId: second.id, token: second.token } })!;
    revokeInvitation(db, s.lead, access, { invitationId: second.id });
    expect(await runMailTick(db, transport, site)).toMatchObject({ sent: 0, dropped: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get()).toBeUndefined();
  });

  it('sends a password reset with no unsubscribe link', async () => {
    enqueueMail(db, { to: s.member.email, userId: s.member.id, payload: { kind: 'password_reset', url: 'https://needle.example.org/reset?token=abc' } });
    await runMailTick(db, transport, site);
    const mail = smtp.received[0]!;
    expect(mail.subject).toBe('Set a new Needle password');
    expect(mail.text).toContain('https://needle.example.org/reset?token=abc');
    expect(mail.text).toContain('The link works for one hour.');
    expect(mail.text).toContain('If you did not ask, ignore this email');
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    expect(mail.text).not.toContain('/api/mail/unsubscribe');
  });

  it('fails a kind it has no writer for with a plain reason, without trying to send it', async () => {
    const id = enqueueMail(db, { to: s.member.email, userId: s.member.id, payload: { kind: 'digest', since: 0 } })!;
    await runMailTick(db, transport, site, new Date(), {});
    expect(row(id)).toMatchObject({ status: 'failed', lastError: 'This Needle cannot write emails of the kind "digest".' });
    expect(smtp.received).toHaveLength(0);
  });

  it('queues nothing while email is off', () => {
    setMailOn(db, false);
    notify(db, { userIds: [s.member.id], event: 'action_assigned', networkId: s.networkA, actorId: s.facilitator.id, detail: { title: 'A' }, link: '/x' });
    expect(rows()).toHaveLength(0);
  });
});

describe('when the SMTP server refuses', () => {
  it('tries again later, further apart each time, then gives up as failed', async () => {
    smtp.mode = 'reject';
    const id = assignAction();
    let now = new Date('2026-12-01T10:00:00Z');
    db.update(mailOutbox).set({ nextAttemptAt: now }).run();
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect((await runMailTick(db, transport, site, now)).retried).toBe(1);
      const r = row(id);
      expect(r).toMatchObject({ status: 'pending', attempts: attempt });
      expect(r.lastError).toMatch(/550/);
      expect(r.nextAttemptAt.getTime() - now.getTime()).toBe(RETRY_DELAYS_MS[attempt - 1]);
      // Not due before its time.
      expect((await runMailTick(db, transport, site, new Date(r.nextAttemptAt.getTime() - 1))).retried).toBe(0);
      now = r.nextAttemptAt;
    }
    expect((await runMailTick(db, transport, site, now)).failed).toBe(1);
    expect(row(id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(smtp.received).toHaveLength(0);
  });

  it('tries again after a temporary refusal and after no server at all, and sends once it can', async () => {
    smtp.mode = 'tempfail';
    const id = assignAction();
    const now = new Date();
    await runMailTick(db, transport, site, now);
    expect(row(id)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row(id).lastError).toMatch(/451/);

    const nowhere = smtpTransport({ smtpUrl: 'smtp://127.0.0.1:1', from: FROM, pollMs: 100 });
    await runMailTick(db, nowhere, site, new Date(now.getTime() + RETRY_DELAYS_MS[0]!));
    expect(row(id)).toMatchObject({ status: 'pending', attempts: 2 });
    expect(row(id).lastError).toMatch(/ECONNREFUSED/);
    nowhere.close();

    smtp.mode = 'accept';
    await runMailTick(db, transport, site, new Date(now.getTime() + RETRY_DELAYS_MS[0]! + RETRY_DELAYS_MS[1]!));
    expect(row(id)).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(smtp.received).toHaveLength(1);
  });
});

describe('never twice', () => {
  it('marks an email claimed by a process that died as unknown at the next start, and never sends it by itself', async () => {
    const id = assignAction();
    expect(claimNext(db, new Date())?.id).toBe(id); // the process that claimed it "crashed" here
    const worker = startMailWorker({ db, transport, site, pollMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await worker.stop();
    expect(row(id)).toMatchObject({ status: 'unknown' });
    expect(row(id).lastError).toMatch(/stopped while sending/);
    expect(smtp.received).toHaveLength(0);
  });

  it('a worker stopped mid-send leaves the email unknown, and the SMTP server got it at most once', async () => {
    const id = assignAction();
    let release!: () => void;
    const stuck: MailTransport = {
      send: (mail) => new Promise<void>((resolve, reject) => (release = () => transport.send(mail).then(resolve, reject))),
      close: () => {},
    };
    const pass = runMailTick(db, stuck, site);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(row(id).status).toBe('sending');
    // A new process starts on the same database while the old one is still "in" the send.
    markInterrupted(db);
    release();
    await pass;
    expect(row(id).status).toBe('unknown'); // the old pass does not overwrite what the new start decided
    await runMailTick(db, transport, site);
    expect(smtp.received.length).toBeLessThanOrEqual(1);
  });

  it('two workers ticking at once send each email exactly once', async () => {
    const people = [s.member, s.lead, s.outsider, s.admin];
    for (const p of people) notify(db, { userIds: [p.id], event: 'action_assigned', networkId: s.networkA, actorId: s.facilitator.id, detail: { title: 'A' }, link: '/x' });
    const other = smtpTransport({ smtpUrl: smtp.url, from: FROM, pollMs: 100 });
    const [a, b] = await Promise.all([runMailTick(db, transport, site), runMailTick(db, other, site)]);
    other.close();
    expect(a.sent + b.sent).toBe(4);
    expect(smtp.received.map((m) => m.to).sort()).toEqual(people.map((p) => p.email).sort());
    expect(rows().every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('the running worker polls and sends, and stops cleanly', async () => {
    const worker = startMailWorker({ db, transport: smtpTransport({ smtpUrl: smtp.url, from: FROM, pollMs: 20 }), site, pollMs: 20 });
    assignAction();
    await expect.poll(() => smtp.received.length, { timeout: 5000 }).toBe(1);
    await worker.stop();
    expect(rows()[0]!.status).toBe('sent');
  });
});

describe('retention', () => {
  it('deletes sent emails after 30 days and unsent ones after 90, keeping the rest', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    const base = { to: 'a@example.org', userId: null, kind: 'password_reset' as const, payload: { kind: 'password_reset' as const, url: 'https://x' } };
    db.insert(mailOutbox)
      .values([
        { ...base, status: 'sent', sentAt: new Date(now.getTime() - 31 * day), createdAt: new Date(now.getTime() - 31 * day) },
        { ...base, status: 'sent', sentAt: new Date(now.getTime() - 29 * day), createdAt: new Date(now.getTime() - 29 * day) },
        { ...base, status: 'failed', createdAt: new Date(now.getTime() - 91 * day) },
        { ...base, status: 'unknown', createdAt: new Date(now.getTime() - 60 * day) },
        { ...base, status: 'pending', createdAt: new Date(now.getTime() - 200 * day) },
      ])
      .run();
    expect(pruneOutbox(db, now)).toBe(2);
    expect(rows().map((r) => r.status).sort()).toEqual(['pending', 'sent', 'unknown']);
  });
});

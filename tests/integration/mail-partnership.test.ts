import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client.ts';
import { user } from '../../server/db/schema.ts';
import type { Site } from '../../server/mail/mail-body.ts';
import { setMailOn } from '../../server/mail/outbox.ts';
import { smtpTransport, type MailTransport } from '../../server/mail/transport.ts';
import { runMailTick } from '../../server/mail/worker.ts';
import { notify } from '../../server/services/notifications.ts';
import { testDb } from '../helpers/db.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { callerFor } from '../helpers/trpc.ts';

// Every email's last line says who sent it: Needle, and for which partnership once it has a name.

const site: Site = { baseUrl: 'https://needle.example.org', secret: 'test-secret-for-signing-links' };

let db: Db;
let s: Scene;
let smtp: TestSmtp;
let transport: MailTransport;

beforeEach(async () => {
  db = testDb();
  setMailOn(db, true);
  s = await scene(db);
  smtp = await startSmtp();
  transport = smtpTransport({ smtpUrl: smtp.url, from: 'Needle <needle@example.org>', pollMs: 100 });
});
afterEach(async () => {
  transport.close();
  await smtp.close();
});

async function mailToMember() {
  notify(db, { userIds: [s.member.id], event: 'action_assigned', networkId: s.networkA, actorId: s.facilitator.id, detail: { title: 'Readiness night' }, link: '/n/kindergarten-readiness/plan' });
  expect((await runMailTick(db, transport, site)).sent).toBe(1);
  return smtp.received.at(-1)!;
}

const name = (partnership: string) =>
  callerFor(db, s.admin).partnership.save({ name: partnership, description: '', community: '', embedOrigins: [], version: 0 });

describe('the email footer', () => {
  it('says only Needle before the partnership has a name', async () => {
    const mail = await mailToMember();
    expect(mail.text.trimEnd().endsWith('Sent by Needle from https://needle.example.org.')).toBe(true);
    expect(mail.html).toContain('Sent by Needle from https://needle.example.org.');
  });

  it('names the partnership, as written, in plain text and escaped in HTML', async () => {
    await name('Eastside <Cradle> & Career');
    const mail = await mailToMember();
    expect(mail.text.trimEnd().endsWith('Sent by Needle for Eastside <Cradle> & Career, from https://needle.example.org.')).toBe(true);
    expect(mail.html).toContain('Sent by Needle for Eastside &lt;Cradle&gt; &amp; Career, from https://needle.example.org.');
    expect(mail.html).not.toContain('<Cradle>');
  });

  it('says it in the reader’s language, leaving the name as it is', async () => {
    await name('Eastside Cradle to Career');
    db.update(user).set({ language: 'es' }).where(eq(user.id, s.member.id)).run();
    const mail = await mailToMember();
    expect(mail.text).toContain('Enviado por Needle para Eastside Cradle to Career, desde https://needle.example.org.');
  });
});

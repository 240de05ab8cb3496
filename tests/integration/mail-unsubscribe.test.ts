import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authSecret } from '../../server/auth/secret.ts';
import { notificationPreference, user } from '../../server/db/schema.ts';
import type { Site } from '../../server/mail/mail-body.ts';
import { setMailOn } from '../../server/mail/outbox.ts';
import { smtpTransport } from '../../server/mail/transport.ts';
import { unsubscribeUrl } from '../../server/mail/unsubscribe.ts';
import { runMailTick } from '../../server/mail/worker.ts';
import { notify } from '../../server/services/notifications.ts';
import { ORIGIN, testApp, type TestApp } from '../helpers/http.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { startSmtp } from '../helpers/smtp.ts';

let t: TestApp;
let s: Scene;
let site: Site;

beforeEach(async () => {
  t = await testApp();
  s = await scene(t.db);
  site = { baseUrl: ORIGIN, secret: authSecret(t.db, undefined) };
});
afterEach(() => t.close());

const delivery = (userId: string, event: 'action_assigned' | 'review_requested') =>
  t.db.select().from(notificationPreference).where(and(eq(notificationPreference.userId, userId), eq(notificationPreference.event, event))).get()?.delivery;
const local = (url: string) => url.slice(ORIGIN.length);
/** The one-click POST as a mail client sends it (RFC 8058): no Origin, no cookie, a form body. */
const oneClick = (url: string, type = 'application/x-www-form-urlencoded') =>
  t.app.inject({ method: 'POST', url: local(url), headers: { 'content-type': type }, payload: 'List-Unsubscribe=One-Click' });

describe('unsubscribe links', () => {
  it('works from a real email: the List-Unsubscribe address, posted with one click, stops that event’s emails', async () => {
    setMailOn(t.db, true);
    const smtp = await startSmtp();
    const transport = smtpTransport({ smtpUrl: smtp.url, from: 'needle@example.org', pollMs: 100 });
    notify(t.db, { userIds: [s.member.id], event: 'action_assigned', networkId: s.networkA, actorId: s.lead.id, detail: { title: 'A' }, link: '/x' });
    await runMailTick(t.db, transport, site);
    transport.close();
    await smtp.close();
    const link = smtp.received[0]!.headers['list-unsubscribe']!.slice(1, -1);

    const res = await oneClick(link);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('You will no longer get emails about actions you are made the owner of.');
    expect(delivery(s.member.id, 'action_assigned')).toBe('in_app');
    expect(delivery(s.member.id, 'review_requested')).toBeUndefined();
    // Mail clients may post twice.
    expect((await oneClick(link, 'multipart/form-data; boundary=x')).statusCode).toBe(200);
    expect(delivery(s.member.id, 'action_assigned')).toBe('in_app');
  });

  it('GET shows what the link turns off, in the person’s language, and changes nothing (link scanners open links)', async () => {
    t.db.update(user).set({ language: 'es' }).where(eq(user.id, s.member.id)).run();
    const link = unsubscribeUrl(site, s.member.id, 'review_requested');
    const res = await t.app.inject({ method: 'GET', url: local(link) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="es">');
    expect(res.body).toContain(`Dejar de enviar correos sobre planes que esperan su revisión a ${s.member.email}.`);
    expect(res.body).toMatch(/<form method="post" action="\/api\/mail\/unsubscribe\?[^"]+"><button type="submit"[^>]*>Dejar de recibir estos correos<\/button>/);
    expect(delivery(s.member.id, 'review_requested')).toBeUndefined();
  });

  it('stops the weekly digest', async () => {
    t.db.update(user).set({ weeklyDigest: true }).where(eq(user.id, s.member.id)).run();
    const res = await oneClick(unsubscribeUrl(site, s.member.id, 'digest'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('You will no longer get the weekly digest.');
    expect(t.db.select({ d: user.weeklyDigest }).from(user).where(eq(user.id, s.member.id)).get()?.d).toBe(false);
  });

  it('leaves an event someone turned off altogether off', async () => {
    t.db.insert(notificationPreference).values({ userId: s.member.id, event: 'action_assigned', delivery: 'off' }).run();
    expect((await oneClick(unsubscribeUrl(site, s.member.id, 'action_assigned'))).statusCode).toBe(200);
    expect(delivery(s.member.id, 'action_assigned')).toBe('off');
  });

  it('refuses forged, altered and cut-short links with a plain 400, changing nothing', async () => {
    const good = new URL(unsubscribeUrl(site, s.member.id, 'action_assigned'));
    const forged = new URL(unsubscribeUrl({ ...site, secret: 'someone else’s secret' }, s.member.id, 'action_assigned'));
    const otherPerson = new URL(good);
    otherPerson.searchParams.set('u', s.lead.id);
    const otherTopic = new URL(good);
    otherTopic.searchParams.set('t', 'review_requested');
    const cut = new URL(good);
    cut.searchParams.set('s', good.searchParams.get('s')!.slice(0, 20));
    const noTopic = new URL(good);
    noTopic.searchParams.set('t', 'everything');
    for (const url of [forged, otherPerson, otherTopic, cut, noTopic, new URL('/api/mail/unsubscribe', ORIGIN)]) {
      for (const method of ['GET', 'POST'] as const) {
        const res = await t.app.inject({ method, url: url.pathname + url.search, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: method === 'POST' ? 'List-Unsubscribe=One-Click' : undefined });
        expect(res.statusCode, `${method} ${url.search}`).toBe(400);
        expect(res.body).toContain('This unsubscribe link is not valid.');
      }
    }
    expect(t.db.select().from(notificationPreference).all()).toHaveLength(0);
  });
});

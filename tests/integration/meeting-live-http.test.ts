// The live board's stream over real HTTP on loopback: server-sent events with the session cookie,
// not compressed, resumable by event id, and ended (not hung on) when the server shuts down.
import { EventSource } from 'eventsource';
import superjson from 'superjson';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/context.ts';
import { TEST_PASSWORD } from '../helpers/db.ts';
import { cookieFrom, signIn, testApp, trpcMutation, type TestApp } from '../helpers/http.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor } from '../helpers/trpc.ts';

let current: TestApp | undefined;
const sources: EventSource[] = [];
afterEach(async () => {
  for (const s of sources.splice(0)) s.close();
  await current?.close();
  current = undefined;
});

async function setUp() {
  const t = (current = await testApp());
  const s = await scene(t.db);
  const { id: meetingId } = await callerFor(t.db, s.facilitator).meeting.create({
    networkId: s.networkA,
    clientId: crypto.randomUUID(),
    title: 'December network meeting',
    date: '2026-12-07',
    attendeeIds: [],
    guestCount: 0,
    agenda: '',
    notes: '',
  });
  const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  const cookie = async (who: SessionUser) => cookieFrom(await signIn(t.app, who.email, TEST_PASSWORD));
  return { t, s, address, cookie, ref: { networkId: s.networkA, meetingId } };
}

const liveUrl = (address: string, input: object) => `${address}/trpc/meeting.live?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;

/** An EventSource as a browser on the page would open it, with the session cookie. */
function open(url: string, cookie: string) {
  const source = new EventSource(url, { fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, cookie } }) });
  sources.push(source);
  const events: { id: string; kind: string }[] = [];
  source.addEventListener('message', (e) => events.push({ id: e.lastEventId, kind: (superjson.deserialize(JSON.parse(e.data)) as { kind: string }).kind }));
  const connected = new Promise<void>((resolve) => source.addEventListener('connected', () => resolve()));
  return { source, events, connected };
}

async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the live stream over HTTP', () => {
  it('is a plain, uncompressed event stream that a check-in reaches at once', async () => {
    const { address, s, cookie, ref, t } = await setUp();
    const memberCookie = await cookie(s.member);
    const res = await fetch(liveUrl(address, ref), { headers: { cookie: memberCookie, accept: 'text/event-stream', 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-security-policy')).toBeTruthy();
    await res.body?.cancel();

    const live = open(liveUrl(address, ref), memberCookie);
    await live.connected;
    const sent = Date.now();
    const { status } = await trpcMutation(t.app, 'meeting.checkIn', ref, { cookie: memberCookie });
    expect(status).toBe(200);
    await until(() => live.events.length === 1);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(live.events[0]!.kind).toBe('check_in');
    expect(Number(live.events[0]!.id)).toBeGreaterThan(0);
  });

  it('refuses someone outside the network and someone not signed in', async () => {
    const { address, s, cookie, ref } = await setUp();
    const outsider = await fetch(liveUrl(address, ref), { headers: { cookie: await cookie(s.outsider), accept: 'text/event-stream' } });
    const anonymous = await fetch(liveUrl(address, ref), { headers: { accept: 'text/event-stream' } });
    // tRPC answers a refused subscription inside the stream: read it for the code.
    expect(await outsider.text()).toMatch(/NOT_FOUND/);
    expect(await anonymous.text()).toMatch(/UNAUTHORIZED/);
  });

  it('ends open streams when the server shuts down, instead of hanging', async () => {
    const { address, s, cookie, ref, t } = await setUp();
    const live = open(liveUrl(address, ref), await cookie(s.member));
    await live.connected;
    const ended = new Promise<void>((resolve) => live.source.addEventListener('return', () => resolve()));
    const started = Date.now();
    await t.close();
    current = undefined;
    await ended;
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

// The personal calendar feed over real HTTP, read back with ical.js as a calendar app would.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { user } from '../../server/db/schema.ts';
import { addDays } from '../../shared/domain/calendar-feed.ts';
import { cycleFields, memberCycle } from '../helpers/cycles.ts';
import { auditRows } from '../helpers/db.ts';
import { ORIGIN, testApp, type TestApp } from '../helpers/http.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { callerFor } from '../helpers/trpc.ts';

const today = new Date().toISOString().slice(0, 10);
const soon = addDays(today, 10);
const later = addDays(today, 20);

let t: TestApp;
let s: Scene;
beforeEach(async () => {
  t = await testApp();
  s = await scene(t.db);
});
afterEach(() => t.close());

const meetingIn = (networkId: number, title: string, date = soon) =>
  callerFor(s.db, s.admin).meeting.create({ networkId, clientId: randomUUID(), title, date, attendeeIds: [], guestCount: 0, agenda: '', notes: '' });

const actionFor = (ownerId: string, title: string, extra: { dueDate?: string; status?: 'not_started' | 'done' } = {}) =>
  callerFor(s.db, s.facilitator).plan.addAction({
    networkId: s.networkA, title, nodeId: null, ownerId, partnerOrganizationId: null, startDate: null, dueDate: extra.dueDate ?? later, status: extra.status ?? 'not_started',
  });

const fetchFeed = (path: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: path, headers });

type Event = { uid: string; summary: string; start: string; end: string | null; isDate: boolean; url: string; description: string; stamp: string };

function parse(text: string): { name: string; events: Event[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = v.getFirstPropertyValue('dtend') as ICAL.Time | null;
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      summary: String(v.getFirstPropertyValue('summary')),
      start: start.toString(),
      end: end ? end.toString() : null,
      isDate: start.isDate,
      url: String(v.getFirstPropertyValue('url')),
      description: String(v.getFirstPropertyValue('description')),
      stamp: String(v.getFirstPropertyValue('dtstamp')),
    };
  });
  return { name: String(cal.getFirstPropertyValue('name') ?? cal.getFirstPropertyValue('x-wr-calname')), events };
}

describe('calendar feed', () => {
  it('holds the person’s meetings, due dates and cycle dates from their networks, and nothing from others', async () => {
    const kickoff = await meetingIn(s.networkA, 'Fall kickoff');
    await meetingIn(s.networkB, 'Opportunity Youth huddle');
    const mine = await actionFor(s.member.id, 'Readiness night at the library');
    await actionFor(s.member.id, 'Finished flyer', { status: 'done' });
    await actionFor(s.facilitator.id, 'Someone else’s action');
    const cycleId = await memberCycle(s, { title: 'Calendars at pickup', startDate: soon, endDate: later });
    const coOwned = await callerFor(s.db, s.facilitator).cycle.create({
      networkId: s.networkA, clientId: randomUUID(), rampId: null,
      ...cycleFields(s.facilitator.id, { title: 'Text reminders', coOwnerIds: [s.member.id], startDate: soon }),
    });
    const { path } = await callerFor(s.db, s.member).account.resetCalendar();

    const res = await fetchFeed(path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
    const { name, events } = parse(res.body);
    expect(name).toBe('Needle — Mo Member');
    const host = new URL(ORIGIN).hostname;
    expect(events.map((e) => e.uid).sort()).toEqual(
      [`meeting-${kickoff.id}@${host}`, `action-${mine.id}-due@${host}`, `cycle-${cycleId}-test@${host}`, `cycle-${cycleId}-study@${host}`, `cycle-${coOwned.id}-test@${host}`].sort(),
    );
    const byUid = new Map(events.map((e) => [e.uid.split('@')[0], e]));
    expect(byUid.get(`meeting-${kickoff.id}`)).toMatchObject({ summary: 'Meeting: Fall kickoff', start: soon, end: null, isDate: true, url: `${ORIGIN}/n/kindergarten-readiness/meetings/${kickoff.id}` });
    expect(byUid.get(`meeting-${kickoff.id}`)!.description).toContain('Kindergarten Readiness');
    expect(byUid.get(`action-${mine.id}-due`)).toMatchObject({ summary: 'Due: Readiness night at the library', start: later, url: `${ORIGIN}/n/kindergarten-readiness/plan/actions/${mine.id}` });
    // The test window is all-day from its start through its end: DTEND is the day after.
    expect(byUid.get(`cycle-${cycleId}-test`)).toMatchObject({ summary: 'PDSA cycle test: Calendars at pickup', start: soon, end: addDays(later, 1), isDate: true });
    expect(byUid.get(`cycle-${cycleId}-study`)).toMatchObject({ summary: 'Study the results: Calendars at pickup', start: later, end: null });
    expect(byUid.get(`cycle-${coOwned.id}-test`)).toMatchObject({ start: soon, end: null });
    expect(res.body).not.toContain('Opportunity Youth');
    expect(res.body).not.toContain('Someone else');
    expect(res.body).not.toContain('Finished flyer');
  });

  it('writes valid iCalendar lines: CRLF ends, none longer than 75 octets, every event with UID, DTSTAMP and DTSTART', async () => {
    await meetingIn(s.networkA, `Planning with families — ${'una reunión muy larga, con ñ y acentos, '.repeat(4)}`);
    await memberCycle(s, { title: 'Calendars at pickup', startDate: soon, endDate: later });
    const { path } = await callerFor(s.db, s.member).account.resetCalendar();
    const body = (await fetchFeed(path)).body;
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = body.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' ')), 'a long summary is folded').toBe(true);
    const cal = new ICAL.Component(ICAL.parse(body));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = cal.getAllSubcomponents('vevent');
    expect(events.length).toBe(3);
    for (const e of events) for (const p of ['uid', 'dtstamp', 'dtstart']) expect(e.getFirstPropertyValue(p), p).toBeTruthy();
    expect(body).toMatch(/\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n/);
  });

  it('gives the same UIDs and text on a second fetch, and answers 304 to a calendar app that has it', async () => {
    await meetingIn(s.networkA, 'Fall kickoff');
    await actionFor(s.member.id, 'Readiness night');
    const { path } = await callerFor(s.db, s.member).account.resetCalendar();
    const first = await fetchFeed(path);
    const second = await fetchFeed(path);
    expect(parse(second.body).events.map((e) => e.uid)).toEqual(parse(first.body).events.map((e) => e.uid));
    expect(second.body).toBe(first.body);
    const again = await fetchFeed(path, { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('writes a Spanish reader’s summaries in Spanish, and keeps titles as written', async () => {
    await meetingIn(s.networkA, 'Fall kickoff');
    await actionFor(s.member.id, 'Readiness night');
    await callerFor(s.db, s.member).account.setLanguage({ language: 'es' });
    const { path } = await callerFor(s.db, s.member).account.resetCalendar();
    const summaries = parse((await fetchFeed(path)).body).events.map((e) => e.summary).sort();
    expect(summaries).toEqual(['Fecha límite: Readiness night', 'Reunión: Fall kickoff']);
  });

  it('stops the old address at a reset, and the log says so without holding the address', async () => {
    const me = callerFor(s.db, s.member);
    expect(await me.account.calendar()).toBeNull();
    const first = await me.account.resetCalendar();
    expect(first.path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await me.account.calendar()).toEqual(first);
    const second = await me.account.resetCalendar();
    expect(second.path).not.toBe(first.path);
    expect(await me.account.calendar()).toEqual(second);

    const old = await fetchFeed(first.path, { 'accept-language': 'es' });
    expect(old.statusCode).toBe(404);
    expect(old.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(old.body).toMatch(/^No hay ningún calendario en esta dirección/);
    expect(old.headers['cache-control']).toBe('no-store');
    expect((await fetchFeed(second.path)).statusCode).toBe(200);

    const written = auditRows(s.db).filter((r) => r.action === 'user.resetCalendar');
    expect(written.map((r) => r.detail)).toEqual([{ replaced: false }, { replaced: true }]);
    expect(JSON.stringify(auditRows(s.db))).not.toContain(first.path.slice(14, 57));
  });

  it('answers 404 to an unknown or malformed address, and to a deactivated person', async () => {
    for (const url of ['/api/calendar/' + 'A'.repeat(43) + '.ics', '/api/calendar/nope.ics', '/api/calendar/' + 'A'.repeat(43), '/api/calendar/%00.ics']) {
      const res = await fetchFeed(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toMatch(/^There is no calendar at this address/);
    }
    const { path } = await callerFor(s.db, s.member).account.resetCalendar();
    await callerFor(s.db, s.admin).admin.deactivateUser({ userId: s.member.id });
    expect((await fetchFeed(path)).statusCode).toBe(404);
    await callerFor(s.db, s.admin).admin.reactivateUser({ userId: s.member.id });
    expect((await fetchFeed(path)).statusCode).toBe(200);
  });

  it('drops a network the person has left', async () => {
    await meetingIn(s.networkA, 'Fall kickoff');
    await actionFor(s.member.id, 'Readiness night');
    const { path } = await callerFor(s.db, s.member).account.resetCalendar();
    expect(parse((await fetchFeed(path)).body).events).toHaveLength(2);
    await callerFor(s.db, s.lead).member.remove({ networkId: s.networkA, userId: s.member.id });
    expect(parse((await fetchFeed(path)).body).events).toEqual([]);
  });

  it('keeps the token in one column only, unique per person', async () => {
    const a = await callerFor(s.db, s.member).account.resetCalendar();
    const b = await callerFor(s.db, s.lead).account.resetCalendar();
    expect(a.path).not.toBe(b.path);
    const row = s.db.select({ token: user.calendarToken }).from(user).where(eq(user.id, s.member.id)).get();
    expect(a.path).toBe(`/api/calendar/${row!.token}.ics`);
  });
});

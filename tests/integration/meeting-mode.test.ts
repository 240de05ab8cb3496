// Meeting mode through the real router: check-in, guests, decisions, notes, start, close, and the
// live stream (read from the subscription's generator as createCaller returns it).
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createContextInner, type SessionUser } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { meetingEvent, membership, session } from '../../server/db/schema.ts';
import { liveMeeting } from '../../server/services/meeting-live.ts';
import { appRouter } from '../../server/router.ts';
import { createCallerFactory } from '../../server/trpc.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { callerFor, failure, outcome } from '../helpers/trpc.ts';

async function withMeeting(s: Scene, fields: { notes?: string; agenda?: string; guestCount?: number } = {}) {
  const { id } = await callerFor(s.db, s.facilitator).meeting.create({
    networkId: s.networkA,
    clientId: crypto.randomUUID(),
    title: 'December network meeting',
    date: '2026-12-07',
    attendeeIds: [],
    guestCount: fields.guestCount ?? 0,
    agenda: fields.agenda ?? '',
    notes: fields.notes ?? '',
  });
  return { networkId: s.networkA, meetingId: id };
}

/** The live stream as a member's phone would open it, ended by `stop`. */
async function openLive(db: Db, user: SessionUser, input: { networkId: number; meetingId: number; lastEventId?: string | null }) {
  const stop = new AbortController();
  const caller = createCallerFactory(appRouter)(createContextInner({ db, user }), { signal: stop.signal });
  const stream = (await caller.meeting.live(input)) as AsyncIterable<unknown>;
  const it = stream[Symbol.asyncIterator]();
  return {
    /** The next event's id and data, or a failure after `ms`. */
    async next(ms = 2000) {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event in time')), ms));
      // tracked(id, event) travels as [id, event, marker].
      const r = (await Promise.race([it.next(), timeout])) as IteratorResult<[string, { kind: string; payload: Record<string, unknown> }]>;
      if (r.done) return null;
      const [id, event] = r.value;
      return { id, kind: event.kind, payload: event.payload };
    },
    stop: () => {
      stop.abort();
      void it.return?.();
    },
  };
}

describe('check-in', () => {
  it('a member ticks themselves in, once however often they tap, without touching the notes version', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    const member = callerFor(s.db, s.member).meeting;
    await member.checkIn(m);
    await member.checkIn(m);
    const got = await member.get(m);
    expect(got.attendeeIds).toEqual([s.member.id]);
    expect(got.version).toBe(1);
    expect(auditRows(s.db).filter((r) => r.action === 'meeting.checkIn')).toHaveLength(1);
    // A note-taker who opened the notes before the check-in still saves.
    await expect(callerFor(s.db, s.facilitator).meeting.saveNotes({ ...m, version: 1, notes: 'Welcome' })).resolves.toEqual({ version: 2 });
  });

  it('survives a facilitator’s save of the meeting form opened before it', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    const fac = callerFor(s.db, s.facilitator).meeting;
    const opened = await fac.get(m); // nobody yet
    await callerFor(s.db, s.member).meeting.checkIn(m);
    const fields = { title: opened.title, date: opened.date, guestCount: 0, agenda: '', notes: '' };
    // The form ticks the lead; it never saw the member, who stays.
    await fac.update({ ...m, ...fields, version: opened.version, attendeeIds: [s.lead.id], seenAttendeeIds: opened.attendeeIds });
    expect((await fac.get(m)).attendeeIds.sort()).toEqual([s.lead.id, s.member.id].sort());
    // A form that saw the member and unticked them takes them off.
    const again = await fac.get(m);
    await fac.update({ ...m, ...fields, version: again.version, attendeeIds: [s.lead.id], seenAttendeeIds: again.attendeeIds });
    expect((await fac.get(m)).attendeeIds).toEqual([s.lead.id]);
  });

  it('is refused once the meeting is closed, and for another network’s member', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    expect(await outcome(callerFor(s.db, s.outsider).meeting.checkIn(m))).toBe('NOT_FOUND');
    await callerFor(s.db, s.facilitator).meeting.close(m);
    const refused = await failure(callerFor(s.db, s.member).meeting.checkIn(m));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toMatch(/closed/);
  });
});

describe('guests and decisions', () => {
  it('adds each once by client id; named guests count in the list’s attendance', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s, { guestCount: 2 });
    const fac = callerFor(s.db, s.facilitator).meeting;
    const clientId = crypto.randomUUID();
    const first = await fac.addGuest({ ...m, clientId, name: 'Rosa Díaz' });
    expect(await fac.addGuest({ ...m, clientId, name: 'Rosa Díaz' })).toEqual({ id: first.id, created: false });
    await fac.addGuest({ ...m, clientId: crypto.randomUUID(), name: 'Rosa Díaz' }); // two Rosas came
    const decision = crypto.randomUUID();
    await fac.addDecision({ ...m, clientId: decision, text: 'Try the reading kits at two more schools' });
    await fac.addDecision({ ...m, clientId: decision, text: 'Try the reading kits at two more schools' });

    const got = await fac.get(m);
    expect(got.guests.map((g) => g.name)).toEqual(['Rosa Díaz', 'Rosa Díaz']);
    expect(got.decisions).toEqual([expect.objectContaining({ text: 'Try the reading kits at two more schools', byName: 'Fay Facilitator' })]);
    const [listed] = await fac.list({ networkId: s.networkA });
    expect(listed).toMatchObject({ attendeeCount: 0, guestCount: 4 });
  });

  it('refuses a client id used at another meeting', async () => {
    const s = await scene(testDb());
    const a = await withMeeting(s);
    const b = await withMeeting(s);
    const fac = callerFor(s.db, s.facilitator).meeting;
    const clientId = crypto.randomUUID();
    await fac.addDecision({ ...a, clientId, text: 'Meet at the library' });
    expect(await outcome(fac.addDecision({ ...b, clientId, text: 'Meet at the library' }))).toBe('CONFLICT');
  });
});

describe('notes', () => {
  it('are version-checked: the second note-taker is told, not overwritten', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    await callerFor(s.db, s.facilitator).meeting.saveNotes({ ...m, version: 1, notes: 'Fay’s notes' });
    const err = await failure(callerFor(s.db, s.lead).meeting.saveNotes({ ...m, version: 1, notes: 'Lee’s notes' }));
    expect(err.code).toBe('CONFLICT');
    expect((await callerFor(s.db, s.lead).meeting.get(m)).notes).toBe('Fay’s notes');
  });
});

describe('start and close', () => {
  it('starting twice keeps the first start', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    const fac = callerFor(s.db, s.facilitator).meeting;
    const first = await fac.start(m);
    const again = await fac.start(m);
    expect(again.startedAt.getTime()).toBe(first.startedAt.getTime());
    expect(auditRows(s.db).filter((r) => r.action === 'meeting.start')).toHaveLength(1);
  });

  it('drafts the minutes into the notes in the closer’s language, once', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s, { notes: 'Fay took notes.', guestCount: 1 });
    await callerFor(s.db, s.member).meeting.checkIn(m);
    await callerFor(s.db, s.facilitator).meeting.checkIn(m);
    await callerFor(s.db, s.facilitator).meeting.addGuest({ ...m, clientId: crypto.randomUUID(), name: 'Rosa Díaz' });
    await callerFor(s.db, s.member).cycle.quickLog({ networkId: s.networkA, clientId: crypto.randomUUID(), title: 'Calendars at pickup', changeIdeaId: null, meetingId: m.meetingId, whatWeTried: '', whatWeLearned: '', decision: null });
    await callerFor(s.db, s.facilitator).meeting.addDecision({ ...m, clientId: crypto.randomUUID(), text: 'Print the calendars in Spanish' });

    const closer = callerFor(s.db, s.facilitator, 'es').meeting;
    const closed = await closer.close(m);
    const again = await closer.close(m);
    expect(again.version).toBe(closed.version);
    const got = await closer.get(m);
    expect(got.closedAt).not.toBeNull();
    expect(got.notes).toBe(
      [
        'Fay took notes.',
        '',
        'Minuta: December network meeting, 7 de diciembre de 2026',
        '',
        'Asistencia: 4 personas',
        'Integrantes: Fay Facilitator, Mo Member',
        'Invitados: Rosa Díaz',
        '1 invitado(a) más',
        '',
        '1 ciclo registrado:',
        '- Calendars at pickup (Mo Member)',
        '',
        '1 decisión:',
        '- Print the calendars in Spanish (Fay Facilitator)',
      ].join('\n'),
    );
    expect(auditRows(s.db).filter((r) => r.action === 'meeting.close')).toHaveLength(1);
  });
});

describe('the live stream', () => {
  it('streams check-ins, guests, decisions, notes and cycles as they are committed, each with its id', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    const live = await openLive(s.db, s.member, { ...m, lastEventId: (await callerFor(s.db, s.member).meeting.get(m)).lastEventId });
    try {
      const first = live.next();
      await callerFor(s.db, s.member).meeting.checkIn(m);
      expect(await first).toMatchObject({ kind: 'check_in', payload: { userId: s.member.id } });

      const fac = callerFor(s.db, s.facilitator).meeting;
      await fac.addGuest({ ...m, clientId: crypto.randomUUID(), name: 'Rosa' });
      await fac.addDecision({ ...m, clientId: crypto.randomUUID(), text: 'Meet at the library' });
      await fac.saveNotes({ ...m, version: 1, notes: 'Notes' });
      const { id: cycleId } = await callerFor(s.db, s.member).cycle.quickLog({ networkId: s.networkA, clientId: crypto.randomUUID(), title: 'Calendars', changeIdeaId: null, meetingId: m.meetingId, whatWeTried: '', whatWeLearned: '', decision: null });
      const kinds = [];
      for (let i = 0; i < 4; i++) kinds.push((await live.next())!.kind);
      expect(kinds).toEqual(['guest', 'decision', 'notes', 'cycle']);
      expect(s.db.select().from(meetingEvent).where(eq(meetingEvent.meetingId, m.meetingId)).all().at(-1)?.payload).toEqual({ cycleId });
    } finally {
      live.stop();
    }
  });

  it('replays what came after the last event id a reconnecting client gives', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    const fac = callerFor(s.db, s.facilitator).meeting;
    await callerFor(s.db, s.member).meeting.checkIn(m);
    const seen = (await fac.get(m)).lastEventId;
    await fac.checkIn(m);
    await fac.addDecision({ ...m, clientId: crypto.randomUUID(), text: 'Meet at the library' });

    const live = await openLive(s.db, s.lead, { ...m, lastEventId: seen });
    try {
      const a = await live.next();
      const b = await live.next();
      expect([a?.kind, b?.kind]).toEqual(['check_in', 'decision']);
      expect(Number(b!.id)).toBeGreaterThan(Number(a!.id));
      expect(Number(a!.id)).toBeGreaterThan(Number(seen));
    } finally {
      live.stop();
    }
  });

  it('starts from now without an event id, and tells nothing about another meeting', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    const other = await withMeeting(s);
    await callerFor(s.db, s.member).meeting.checkIn(m);
    const live = await openLive(s.db, s.member, m);
    try {
      const next = live.next();
      await callerFor(s.db, s.facilitator).meeting.checkIn(other);
      await callerFor(s.db, s.facilitator).meeting.checkIn(m);
      expect(await next).toMatchObject({ kind: 'check_in', payload: { userId: s.facilitator.id } });
    } finally {
      live.stop();
    }
  });

  it('is refused to another network’s member and to nobody signed in', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    expect(await outcome(callerFor(s.db, s.outsider).meeting.live(m))).toBe('NOT_FOUND');
    // Naming their own network with this meeting's id: refused before any stream opens.
    expect(await outcome(callerFor(s.db, s.outsider).meeting.live({ networkId: s.networkB, meetingId: m.meetingId }))).toBe('NOT_FOUND');
    expect(await outcome(callerFor(s.db, null).meeting.live(m))).toBe('UNAUTHORIZED');
  });

  it('ends when the reader’s session ends (signed out), or they leave the network', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    const sessionId = crypto.randomUUID();
    s.db.insert(session).values({ id: sessionId, token: crypto.randomUUID(), userId: s.member.id, expiresAt: new Date(Date.now() + 3_600_000) }).run();
    const access = { networkId: s.networkA, role: 'member' as const, isAdmin: false };
    const stream = liveMeeting(s.db, s.member, sessionId, access, { meetingId: m.meetingId }, undefined, 30);
    const next = stream.next();
    await callerFor(s.db, s.member).meeting.checkIn(m);
    expect((await next).done).toBe(false);
    s.db.delete(session).where(eq(session.id, sessionId)).run();
    expect((await stream.next()).done).toBe(true);

    const other = liveMeeting(s.db, s.lead, null, { ...access, role: 'lead' }, { meetingId: m.meetingId }, undefined, 30);
    const waiting = other.next();
    s.db.delete(membership).where(and(eq(membership.userId, s.lead.id), eq(membership.networkId, s.networkA))).run();
    expect((await waiting).done).toBe(true);
  });

  it('ends when its client goes away', async () => {
    const s = await scene(testDb());
    const m = await withMeeting(s);
    const live = await openLive(s.db, s.member, m);
    const waiting = live.next(5000);
    live.stop();
    expect(await waiting).toBeNull();
  });
});

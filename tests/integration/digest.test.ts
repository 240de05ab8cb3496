import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mailOutbox, pdsaCycle, user } from '../../server/db/schema.ts';
import { wordsFor } from '../../server/i18n.ts';
import { enqueueDueDigests, renderDigest } from '../../server/mail/digest.ts';
import { setMailOn } from '../../server/mail/outbox.ts';
import { memberCycle } from '../helpers/cycles.ts';
import { testDb } from '../helpers/db.ts';
import { publishedReport } from '../helpers/reports.ts';
import { scene, type Scene } from '../helpers/scene.ts';

const DAY = 86_400_000;
const site = { baseUrl: 'https://needle.example.org/', secret: 'x'.repeat(32) };

function wantsDigest(s: Scene, ...ids: string[]) {
  for (const id of ids) s.db.update(user).set({ weeklyDigest: true }).where(eq(user.id, id)).run();
}
const outbox = (s: Scene) => s.db.select().from(mailOutbox).orderBy(mailOutbox.id).all();
const sentAt = (s: Scene, id: string) => s.db.select({ at: user.digestSentAt }).from(user).where(eq(user.id, id)).get()!.at;

describe('enqueueDueDigests', () => {
  it('queues one digest per person who asked, marks when, and waits a week before the next', async () => {
    const s = await scene(testDb());
    setMailOn(s.db, true);
    wantsDigest(s, s.member.id, s.lead.id, s.facilitator.id);
    s.db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, s.facilitator.id)).run();
    const now = new Date('2026-11-20T08:00:00Z');

    expect(enqueueDueDigests(s.db, now)).toBe(2);
    const rows = outbox(s);
    expect(rows.map((r) => [r.userId, r.to, r.kind, r.status]).sort()).toEqual(
      [
        [s.lead.id, s.lead.email, 'digest', 'pending'],
        [s.member.id, s.member.email, 'digest', 'pending'],
      ].sort(),
    );
    // A first digest covers the week before it.
    expect(rows[0]!.payload).toEqual({ kind: 'digest', since: now.getTime() - 7 * DAY });
    expect(sentAt(s, s.member.id)).toEqual(now);
    expect(sentAt(s, s.facilitator.id)).toBeNull();

    // Again the same day, or six days on: nothing more.
    expect(enqueueDueDigests(s.db, now)).toBe(0);
    expect(enqueueDueDigests(s.db, new Date(now.getTime() + 6 * DAY))).toBe(0);
    // A week on: the next, from where the last one stopped.
    const later = new Date(now.getTime() + 7 * DAY);
    expect(enqueueDueDigests(s.db, later)).toBe(2);
    expect(outbox(s).at(-1)!.payload).toEqual({ kind: 'digest', since: now.getTime() });
  });

  it('with email off queues nothing and marks no one', async () => {
    const s = await scene(testDb());
    setMailOn(s.db, false);
    wantsDigest(s, s.member.id);
    expect(enqueueDueDigests(s.db)).toBe(0);
    expect(outbox(s)).toEqual([]);
    expect(sentAt(s, s.member.id)).toBeNull();
  });
});

describe('renderDigest', () => {
  it('says what needs the person and what happened, with links into Needle', async () => {
    const s = await scene(testDb());
    wantsDigest(s, s.member.id);
    const since = Date.now() - 7 * DAY;
    const planning = await memberCycle(s, { title: 'Calendars at pickup' });
    const decided = await memberCycle(s, { title: 'Reading bags', learning: 'Families read more', decision: 'adopt', questions: [{ question: 'q', prediction: 'p', result: 'r' }] });
    const old = await memberCycle(s, { title: 'Old news', learning: 'x', decision: 'abandon', questions: [{ question: 'q', prediction: 'p', result: 'r' }] });
    s.db.update(pdsaCycle).set({ updatedAt: new Date(since - DAY) }).where(eq(pdsaCycle.id, old)).run();
    const { reportId } = await publishedReport(s);

    const mail = renderDigest(s.db, wordsFor('en'), { kind: 'digest', since }, site, s.member.id)!;
    expect(mail.subject).toBe('Your week in Needle: 1 thing needs you');
    expect(mail.unsubscribe).toBe('digest');
    expect(mail.reason).toBe('You get this because you turned on the weekly digest.');
    expect(mail.action).toEqual({ label: 'Open Needle', url: 'https://needle.example.org/' });
    expect(mail.list).toEqual([
      {
        heading: 'Needs you in Kindergarten Readiness',
        items: [{ text: 'Add a prediction to each question before you test: “Calendars at pickup”', url: `https://needle.example.org/n/kindergarten-readiness/cycles/${planning}` }],
      },
      {
        heading: 'What happened in Kindergarten Readiness',
        items: [
          { text: 'Cycle “Reading bags” was decided: Adopt', url: `https://needle.example.org/n/kindergarten-readiness/cycles/${decided}` },
          { text: 'Report “Board update, fall 2026” was published', url: `https://needle.example.org/n/kindergarten-readiness/reports/${reportId}` },
        ],
      },
    ]);

    const es = renderDigest(s.db, wordsFor('es'), { kind: 'digest', since }, site, s.member.id)!;
    expect(es.subject).toBe('Su semana en Needle: 1 cosa requiere su atención');
    expect(es.list![1]!.items[0]!.text).toBe('Se decidió el ciclo PDSA “Reading bags”: Adoptar');
  });

  it('sends nothing when there is nothing to say, or the person turned it off or left', async () => {
    const s = await scene(testDb());
    wantsDigest(s, s.member.id, s.outsider.id);
    const since = Date.now() - 7 * DAY;
    expect(renderDigest(s.db, wordsFor('en'), { kind: 'digest', since }, site, s.outsider.id)).toBeNull();
    await memberCycle(s, { title: 'Calendars at pickup' });
    expect(renderDigest(s.db, wordsFor('en'), { kind: 'digest', since }, site, s.member.id)).not.toBeNull();
    s.db.update(user).set({ weeklyDigest: false }).where(eq(user.id, s.member.id)).run();
    expect(renderDigest(s.db, wordsFor('en'), { kind: 'digest', since }, site, s.member.id)).toBeNull();
    expect(renderDigest(s.db, wordsFor('en'), { kind: 'digest', since }, site, null)).toBeNull();
  });
});

import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import ical from 'ical-generator';
import { feedEvents, feedSince, type FeedEvent } from '../../shared/domain/calendar-feed.ts';
import type { Words } from '../../shared/i18n/words.ts';
import type { Db } from '../db/client.ts';
import { requestLanguage, wordsFor } from '../i18n.ts';
import { feedOwner, feedRows } from '../services/calendar.ts';

// A person's calendar feed: calendar apps (Google, Outlook, Apple) fetch it on their own schedule,
// with no session, so the secret token in the address is the only key. A GET changes nothing,
// which keeps it outside the CSRF guard (that guards the /trpc mutations).

/** How often the feed asks calendar apps to look again (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;
/** Only the person's own calendar app may keep a copy, and briefly: a reset address should stop soon. */
const CACHE_CONTROL = 'private, max-age=900';

/**
 * The feed as iCalendar text (RFC 5545: CRLF line ends, lines folded at 75 octets, text escaped;
 * ical-generator does all three). Every event is all-day (VALUE=DATE): Needle keeps days, not
 * times, for meetings, due dates and cycles, and a date means the same day in every time zone, so
 * the feed needs no TZID and no VTIMEZONE. (Were a meeting ever to get a time, it would go out in
 * UTC, which every calendar app shows in its reader's own zone.)
 */
export function calendarIcs(w: Words, personName: string, events: readonly FeedEvent[]): string {
  const calendar = ical({
    prodId: { company: 'Needle', product: 'Calendar feed', language: w.lang.toUpperCase() },
    name: w.t('account:calendar.feed.name', { name: personName }),
    description: w.t('account:calendar.feed.about'),
    ttl: REFRESH_SECONDS,
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      allDay: true,
      start: e.start,
      ...(e.end ? { end: e.end } : {}),
      summary: e.summary,
      description: e.description,
      url: e.url,
      stamp: e.stamp,
      lastModified: e.stamp,
      sequence: e.sequence,
    });
  }
  const text = calendar.toString();
  // Every content line ends with CRLF, the last one too.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

export function registerCalendarRoutes(app: FastifyInstance, opts: { db: Db; baseUrl: string }) {
  return app.register(async (scope) => {
    // security.ts marks every /api/ answer no-store; a feed may be kept briefly by the calendar app
    // that fetched it. This scope's onSend runs after the app's, so its header is the one sent.
    scope.addHook('onSend', async (_request, reply) => {
      if (reply.statusCode === 200 || reply.statusCode === 304) reply.header('Cache-Control', CACHE_CONTROL);
    });

    scope.get<{ Params: { file: string } }>('/api/calendar/:file', async (request, reply) => {
      // The address is a key: search engines that somehow meet it must not keep it.
      reply.header('X-Robots-Tag', 'noindex, nofollow');
      const token = /^(.+)\.ics$/.exec(request.params.file)?.[1];
      const owner = token ? feedOwner(opts.db, token) : null;
      if (!owner) {
        const { t } = wordsFor(requestLanguage(request.headers, null));
        return reply.code(404).type('text/plain; charset=utf-8').send(`${t('account:calendar.notFound')}\n`);
      }
      const w = wordsFor(owner.language ?? 'en');
      const today = new Date().toISOString().slice(0, 10);
      const events = feedEvents(w, feedRows(opts.db, owner.id, today), { baseUrl: opts.baseUrl, since: feedSince(today) });
      const body = calendarIcs(w, owner.name, events);
      // Calendar apps poll: an unchanged feed answers 304 without its body.
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
      reply.header('ETag', etag);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type('text/calendar; charset=utf-8').send(body);
    });
  });
}

// What a person's calendar feed holds, as plain events: their networks' meetings, the due dates of
// the actions they own and the test windows and study days of the cycles they own or co-own. The
// server turns these into iCalendar text; the rules of what goes in, and how it reads, live here.
import type { Words } from '../i18n/words.ts';
import type { ActionStatus } from '../schemas/plan.ts';
import type { CycleStage } from '../schemas/cycle.ts';
import { byTimeKey } from './period.ts';

type InNetwork = { id: number; title: string; networkName: string; slug: string; updatedAt: Date; version: number };
export type FeedMeeting = InNetwork & { date: string };
export type FeedAction = InNetwork & { dueDate: string | null; status: ActionStatus };
export type FeedCycle = InNetwork & { startDate: string | null; endDate: string | null; stage: CycleStage };
export type FeedRows = { meetings: readonly FeedMeeting[]; actions: readonly FeedAction[]; cycles: readonly FeedCycle[] };

/**
 * One all-day event. Needle keeps days, not times, for meetings, due dates and cycles, so every
 * event is a DATE (no time, no time zone): it falls on the same day wherever the reader is.
 */
export type FeedEvent = {
  /** Stable across fetches and edits, so calendar apps update the event instead of adding another. */
  uid: string;
  summary: string;
  description: string;
  /** The first day, YYYY-MM-DD. */
  start: string;
  /** The day after the last one (iCalendar's DTEND is exclusive for days); null for a one-day event. */
  end: string | null;
  /** Where it is in Needle. */
  url: string;
  /** When the record last changed: the event's DTSTAMP and LAST-MODIFIED, so the feed is the same text until something changes. */
  stamp: Date;
  /** Counts the record's saves, so calendar apps take a changed event as newer. */
  sequence: number;
};

/** Finished work leaves the feed: its dates are no longer something to plan around. */
const FINISHED_ACTIONS: readonly ActionStatus[] = ['done', 'dropped'];
const FINISHED_STAGES: readonly CycleStage[] = ['done'];

/** How far back the feed reaches: calendar apps keep what they already have; a year of history is plenty. */
export const FEED_HISTORY_DAYS = 365;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day `days` after an ISO day (negative: before), as YYYY-MM-DD. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first day the feed shows, from today's date. */
export function feedSince(today: string): string {
  return addDays(today, -FEED_HISTORY_DAYS);
}

// The same addresses as client/app/paths.ts (the server cannot import the client); a unit test
// checks they agree.
export const feedPaths = {
  meeting: (slug: string, id: number) => `/n/${encodeURIComponent(slug)}/meetings/${id}`,
  action: (slug: string, id: number) => `/n/${encodeURIComponent(slug)}/plan/actions/${id}`,
  cycle: (slug: string, id: number) => `/n/${encodeURIComponent(slug)}/cycles/${id}`,
};

/**
 * Every event of a person's feed, in their words, oldest first, from `since` on. `baseUrl` is where
 * people reach Needle: the events link there, and its host makes the UIDs globally unique.
 */
export function feedEvents(w: Words, rows: FeedRows, opts: { baseUrl: string; since: string }): FeedEvent[] {
  const { since } = opts;
  const base = opts.baseUrl.replace(/\/+$/, '');
  const host = new URL(base).hostname;
  const events: FeedEvent[] = [];
  // Titles and network names are people's own words: they go into the sentences as values, as written.
  const about = (r: InNetwork, path: string) => ({
    url: `${base}${path}`,
    stamp: r.updatedAt,
    sequence: Math.max(0, r.version - 1),
    description: w.t('account:calendar.feed.description', { network: r.networkName, url: `${base}${path}` }),
  });

  for (const m of rows.meetings) {
    if (!ISO_DAY.test(m.date) || m.date < since) continue;
    const rest = about(m, feedPaths.meeting(m.slug, m.id));
    events.push({
      ...rest,
      uid: `meeting-${m.id}@${host}`,
      summary: w.t('account:calendar.feed.meeting', { title: m.title }),
      start: m.date,
      end: null,
    });
  }
  for (const a of rows.actions) {
    if (!a.dueDate || !ISO_DAY.test(a.dueDate) || a.dueDate < since || FINISHED_ACTIONS.includes(a.status)) continue;
    const rest = about(a, feedPaths.action(a.slug, a.id));
    events.push({
      ...rest,
      uid: `action-${a.id}-due@${host}`,
      summary: w.t('account:calendar.feed.actionDue', { title: a.title }),
      start: a.dueDate,
      end: null,
    });
  }
  for (const c of rows.cycles) {
    if (FINISHED_STAGES.includes(c.stage)) continue;
    const start = c.startDate && ISO_DAY.test(c.startDate) ? c.startDate : null;
    const last = c.endDate && ISO_DAY.test(c.endDate) ? c.endDate : null;
    const rest = about(c, feedPaths.cycle(c.slug, c.id));
    // The planned test: from its start to its end (or its start alone when no end is planned).
    const testLast = start && last && last >= start ? last : start;
    if (start && testLast && testLast >= since) {
      events.push({
        ...rest,
        uid: `cycle-${c.id}-test@${host}`,
        summary: w.t('account:calendar.feed.cycleTest', { title: c.title }),
        start,
        end: testLast === start ? null : addDays(testLast, 1),
      });
    }
    // The study: when the test ends, the owners look at what happened against their predictions.
    if (last && last >= since) {
      events.push({
        ...rest,
        uid: `cycle-${c.id}-study@${host}`,
        summary: w.t('account:calendar.feed.cycleStudy', { title: c.title }),
        start: last,
        end: null,
      });
    }
  }
  return events.sort((a, b) => byTimeKey(a.start, b.start) || a.uid.localeCompare(b.uid));
}

import { describe, expect, it } from 'vitest';
import { paths } from '../../client/app/paths.ts';
import { wordsFor } from '../../server/i18n.ts';
import { addDays, feedEvents, feedPaths, feedSince, type FeedAction, type FeedCycle, type FeedMeeting } from '../../shared/domain/calendar-feed.ts';

const w = wordsFor('en');
const opts = { baseUrl: 'https://needle.example.org/', since: '2026-01-01' };
const common = { networkName: 'Kindergarten Readiness', slug: 'kindergarten-readiness', updatedAt: new Date('2026-11-01T12:00:00Z'), version: 3 };
const meeting = (extra: Partial<FeedMeeting> = {}): FeedMeeting => ({ ...common, id: 1, title: 'Fall kickoff', date: '2026-12-10', ...extra });
const action = (extra: Partial<FeedAction> = {}): FeedAction => ({ ...common, id: 2, title: 'Readiness night', dueDate: '2026-12-15', status: 'in_progress', ...extra });
const cycle = (extra: Partial<FeedCycle> = {}): FeedCycle => ({ ...common, id: 3, title: 'Calendars', startDate: '2026-12-01', endDate: '2026-12-14', stage: 'do', ...extra });
const events = (rows: { meetings?: FeedMeeting[]; actions?: FeedAction[]; cycles?: FeedCycle[] }) =>
  feedEvents(w, { meetings: rows.meetings ?? [], actions: rows.actions ?? [], cycles: rows.cycles ?? [] }, opts);

describe('calendar feed events', () => {
  it('links to the same addresses as the client’s screens', () => {
    expect(feedPaths.meeting('k-r', 4)).toBe(paths.meeting.href({ slug: 'k-r', meetingId: 4 }));
    expect(feedPaths.action('k-r', 5)).toBe(paths.action.href({ slug: 'k-r', actionId: 5 }));
    expect(feedPaths.cycle('k-r', 6)).toBe(paths.cycle.href({ slug: 'k-r', cycleId: 6 }));
  });

  it('makes UIDs from the record and the site’s host, and links absolutely', () => {
    const [e] = events({ meetings: [meeting()] });
    expect(e).toMatchObject({
      uid: 'meeting-1@needle.example.org',
      url: 'https://needle.example.org/n/kindergarten-readiness/meetings/1',
      summary: 'Meeting: Fall kickoff',
      start: '2026-12-10',
      end: null,
      sequence: 2,
      stamp: common.updatedAt,
    });
    expect(e!.description).toBe('Kindergarten Readiness\nOpen in Needle: https://needle.example.org/n/kindergarten-readiness/meetings/1');
  });

  it('names the site in UIDs by its host name alone: a port is not part of a domain', () => {
    const [e] = feedEvents(w, { meetings: [meeting()], actions: [], cycles: [] }, { ...opts, baseUrl: 'http://needle.example.org:8443' });
    expect(e!.uid).toBe('meeting-1@needle.example.org');
    expect(e!.url).toBe('http://needle.example.org:8443/n/kindergarten-readiness/meetings/1');
  });

  it('leaves out finished actions and cycles, actions without a due date, and anything before `since`', () => {
    expect(events({ actions: [action({ status: 'done' }), action({ status: 'dropped' }), action({ dueDate: null }), action({ dueDate: '2025-12-31' })] })).toEqual([]);
    expect(events({ actions: [action({ status: 'blocked' })] })).toHaveLength(1);
    expect(events({ cycles: [cycle({ stage: 'done' })] })).toEqual([]);
    expect(events({ meetings: [meeting({ date: '2025-12-31' })] })).toEqual([]);
    expect(events({ cycles: [cycle({ startDate: '2025-12-01', endDate: '2025-12-31' })] })).toEqual([]);
  });

  it('spans a cycle’s test from its start through its end, and puts the study on its end', () => {
    const got = events({ cycles: [cycle()] });
    expect(got.map((e) => [e.uid, e.start, e.end])).toEqual([
      ['cycle-3-test@needle.example.org', '2026-12-01', '2026-12-15'],
      ['cycle-3-study@needle.example.org', '2026-12-14', null],
    ]);
    expect(got.map((e) => e.summary)).toEqual(['PDSA cycle test: Calendars', 'Study the results: Calendars']);
  });

  it('makes a one-day test of a cycle with a start only, and only a study day of one with an end only', () => {
    expect(events({ cycles: [cycle({ endDate: null })] }).map((e) => [e.uid.split('@')[0], e.start, e.end])).toEqual([['cycle-3-test', '2026-12-01', null]]);
    expect(events({ cycles: [cycle({ startDate: null })] }).map((e) => [e.uid.split('@')[0], e.start, e.end])).toEqual([['cycle-3-study', '2026-12-14', null]]);
    expect(events({ cycles: [cycle({ startDate: null, endDate: null })] })).toEqual([]);
  });

  it('keeps a test that began before `since` but ends after it', () => {
    expect(events({ cycles: [cycle({ startDate: '2025-12-20', endDate: '2026-01-10' })] }).map((e) => e.uid.split('@')[0])).toEqual(['cycle-3-test', 'cycle-3-study']);
  });

  it('sorts by day, and speaks the reader’s language', () => {
    const got = feedEvents(wordsFor('es'), { meetings: [meeting({ date: '2026-12-20' })], actions: [action()], cycles: [] }, opts);
    expect(got.map((e) => e.summary)).toEqual(['Fecha límite: Readiness night', 'Reunión: Fall kickoff']);
    expect(got[0]!.description).toContain('Abrir en Needle');
  });

  it('counts days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(feedSince('2026-12-06')).toBe('2025-12-06');
  });
});

import type { Words } from '../i18n/words.ts';
import { attendanceOf } from './attendance.ts';

export type MinutesFacts = {
  title: string;
  date: string;
  /** Members who were there, by name. */
  attendees: readonly string[];
  /** Guests added by name at the door. */
  guests: readonly string[];
  /** Guests counted but not named. */
  guestCount: number;
  cycles: readonly { title: string; ownerName: string | null }[];
  decisions: readonly { text: string; byName: string | null }[];
};

/**
 * The minutes "Close the meeting" drafts into the notes: who came, the cycles logged and what was
 * decided, as plain text in the closer's language, for the facilitator to tidy and share.
 */
export function draftMinutes(m: MinutesFacts, { t, f }: Words): string {
  const people = attendanceOf({ attendees: m.attendees.length, namedGuests: m.guests.length, guestCount: m.guestCount });
  const lines = [t('meetings:minutes.heading', { title: m.title, date: f.day(m.date) }), ''];

  lines.push(t('meetings:minutes.attendance', { count: people, n: f.count(people) }));
  if (m.attendees.length) lines.push(t('meetings:minutes.members', { names: m.attendees.join(', ') }));
  if (m.guests.length) lines.push(t('meetings:minutes.namedGuests', { names: m.guests.join(', ') }));
  if (m.guestCount > 0) lines.push(t('meetings:minutes.otherGuests', { count: m.guestCount, n: f.count(m.guestCount) }));
  lines.push('');

  lines.push(t('meetings:minutes.cycles', { count: m.cycles.length, n: f.count(m.cycles.length) }));
  for (const c of m.cycles) lines.push(`- ${c.ownerName ? t('meetings:minutes.cycleBy', { title: c.title, name: c.ownerName }) : c.title}`);
  lines.push('');

  lines.push(t('meetings:minutes.decisions', { count: m.decisions.length, n: f.count(m.decisions.length) }));
  for (const d of m.decisions) lines.push(`- ${d.byName ? t('meetings:minutes.decisionBy', { text: d.text, name: d.byName }) : d.text}`);
  return lines.join('\n').trim();
}

/** The notes after closing: what the note-takers wrote, then the drafted minutes. */
export function notesWithMinutes(notes: string, minutes: string): string {
  return notes.trim() ? `${notes.trim()}\n\n${minutes}` : minutes;
}

import { z } from 'zod';
import { meetingFieldsSchema } from '../../../shared/schemas/meeting.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import type { Words } from '../../../shared/i18n/words.ts';

export type Meeting = RouterOutputs['meeting']['get'];
export type MeetingSummary = RouterOutputs['meeting']['list'][number];

// The form holds what its controls hold (the guest count as typed); the shared schema checks what
// will be sent, so its messages (and the server's) land on the fields of the same names.
const formShape = z.object({
  title: z.string(),
  date: z.string(),
  attendeeIds: z.array(z.string()),
  guestCount: z.string(),
  agenda: z.string(),
  notes: z.string(),
});

export type MeetingFormValues = z.infer<typeof formShape>;
export const MEETING_FIELDS = Object.keys(formShape.shape) as (keyof MeetingFormValues)[];

export function toMeetingFields(v: MeetingFormValues) {
  const guests = v.guestCount.trim();
  return {
    title: v.title,
    date: v.date,
    attendeeIds: v.attendeeIds,
    // An empty box means nobody came from outside; anything else is checked as a number.
    guestCount: guests === '' ? 0 : Number(guests),
    agenda: v.agenda,
    notes: v.notes,
  };
}

export function toMeetingForm(m: Meeting): MeetingFormValues {
  return {
    title: m.title,
    date: m.date,
    attendeeIds: [...m.attendeeIds].sort(),
    guestCount: String(m.guestCount),
    agenda: m.agenda,
    notes: m.notes,
  };
}

export function emptyMeetingForm(today: string): MeetingFormValues {
  return { title: '', date: today, attendeeIds: [], guestCount: '0', agenda: '', notes: '' };
}

type FieldValue = MeetingFormValues[keyof MeetingFormValues];

/** Equal as the meeting means it: attendees in any order are the same attendees. */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  const theirs = new Set(b);
  return a.length === b.length && a.every((id) => theirs.has(id));
}

export const meetingFormSchema = formShape.superRefine((v, ctx) => {
  const result = meetingFieldsSchema.safeParse(toMeetingFields(v));
  for (const issue of result.error?.issues ?? []) {
    // An error about one attendee belongs to the attendee list as a whole.
    const path = issue.path[0] === 'attendeeIds' ? ['attendeeIds'] : issue.path;
    ctx.addIssue({ code: 'custom', message: issue.message, path });
  }
});

/** "4 attendees + 2 guests", "No attendance recorded", in the reader's words. */
export function attendanceText(attendeeCount: number, guestCount: number, w: Words): string {
  const { t, f } = w;
  if (attendeeCount === 0 && guestCount === 0) return t('meetings:attendance.none');
  const people = t('meetings:attendance.attendees', { count: attendeeCount, n: f.count(attendeeCount) });
  if (guestCount === 0) return people;
  return t('meetings:attendance.withGuests', { people, guests: t('meetings:attendance.guests', { count: guestCount, n: f.count(guestCount) }) });
}

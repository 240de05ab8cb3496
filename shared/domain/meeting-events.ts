/** What the live board hears about: each is a row of meeting_event and a message on the stream. */
export const MEETING_EVENT_KINDS = ['check_in', 'guest', 'decision', 'notes', 'cycle', 'started', 'closed'] as const;
export type MeetingEventKind = (typeof MEETING_EVENT_KINDS)[number];

/** One event as the stream sends it: the client refetches what the kind touches. */
export type MeetingEvent = { id: number; kind: MeetingEventKind; payload: Record<string, string | number | null> };

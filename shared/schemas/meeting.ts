import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { idSchema, isoDateSchema, writeIdSchema } from './common.ts';
import { clientIdSchema } from './cycle.ts';
import { userIdSchema } from './membership.ts';

export const meetingFields = {
  title: z.string().trim().min(1, message('validation:meeting.giveTheMeetingATitle')).max(200, message('validation:meeting.keepTheTitleUnder200')),
  date: isoDateSchema,
  /** Members of the network who came. */
  attendeeIds: z.array(userIdSchema).max(1000),
  /** People who came but are not members (parents, guests): counted, not named. */
  guestCount: z
    .number({ message: message('validation:meeting.enterANumberOfGuests') })
    .int(message('validation:meeting.enterAWholeNumber'))
    .min(0, message('validation:meeting.guestsCannotBeFewerThan'))
    .max(10_000, message('validation:meeting.thatIsMoreGuestsThan')),
  agenda: z.string().trim().max(4000, message('validation:meeting.keepTheAgendaUnder4')).default(''),
  notes: z.string().trim().max(20_000, message('validation:meeting.keepTheNotesUnder20')).default(''),
};

export const meetingFieldsSchema = z.object(meetingFields);
export type MeetingFields = z.infer<typeof meetingFieldsSchema>;

export const meetingCreateInput = z.object({ networkId: idSchema, clientId: clientIdSchema, ...meetingFields });
export const meetingUpdateInput = z.object({
  networkId: idSchema,
  meetingId: idSchema,
  version: z.number().int().min(1),
  ...meetingFields,
  /**
   * The attendees the form was opened with. Check-ins do not change the meeting's version, so
   * with this the save applies only the form's own ticks and unticks, keeping anyone who checked
   * in meanwhile. Without it the list is replaced.
   */
  seenAttendeeIds: z.array(userIdSchema).max(1000).optional(),
});
export const meetingRefInput = z.object({ networkId: idSchema, meetingId: idSchema });
export const meetingDeleteInput = z.object({ networkId: idSchema, meetingId: idSchema, version: z.number().int().min(1) });

/** Meeting mode: a member ticks themselves in; the caller is the attendee, never named in the input. */
export const meetingCheckInInput = meetingRefInput;
export const meetingGuestInput = z.object({
  networkId: idSchema,
  meetingId: idSchema,
  clientId: clientIdSchema,
  name: z.string().trim().min(1, message('validation:meeting.giveTheGuestAName')).max(200, message('validation:meeting.keepTheNameUnder200')),
});
export const meetingDecisionInput = z.object({
  networkId: idSchema,
  meetingId: idSchema,
  clientId: clientIdSchema,
  text: z.string().trim().min(1, message('validation:meeting.writeTheDecision')).max(1000, message('validation:meeting.keepTheDecisionUnder1000')),
});
/** The notes alone, against the version the note-taker's editor holds. */
export const meetingNotesInput = z.object({
  networkId: idSchema,
  meetingId: idSchema,
  version: z.number().int().min(1),
  notes: meetingFields.notes,
  /** From the outbox: a replay of a save that landed gets its first answer (write receipts). */
  writeId: writeIdSchema,
});
/**
 * The live stream from the event after `lastEventId`: the page passes the id its meeting.get
 * answer was read at; a reconnecting link passes the last id it received.
 */
export const meetingLiveInput = z.object({ networkId: idSchema, meetingId: idSchema, lastEventId: z.string().regex(/^\d{1,15}$/).nullish() });

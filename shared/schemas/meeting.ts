import { z } from 'zod';
import { idSchema, isoDateSchema } from './common.ts';
import { clientIdSchema } from './cycle.ts';
import { userIdSchema } from './membership.ts';

export const meetingFields = {
  title: z.string().trim().min(1, 'Give the meeting a title').max(200, 'Keep the title under 200 characters'),
  date: isoDateSchema,
  /** Members of the network who came. */
  attendeeIds: z.array(userIdSchema).max(1000),
  /** People who came but are not members (parents, guests): counted, not named. */
  guestCount: z
    .number({ message: 'Enter a number of guests' })
    .int('Enter a whole number')
    .min(0, 'Guests cannot be fewer than 0')
    .max(10_000, 'That is more guests than a meeting holds'),
  agenda: z.string().trim().max(4000, 'Keep the agenda under 4,000 characters').default(''),
  notes: z.string().trim().max(20_000, 'Keep the notes under 20,000 characters').default(''),
};

export const meetingFieldsSchema = z.object(meetingFields);
export type MeetingFields = z.infer<typeof meetingFieldsSchema>;

export const meetingCreateInput = z.object({ networkId: idSchema, clientId: clientIdSchema, ...meetingFields });
export const meetingUpdateInput = z.object({ networkId: idSchema, meetingId: idSchema, version: z.number().int().min(1), ...meetingFields });
export const meetingRefInput = z.object({ networkId: idSchema, meetingId: idSchema });
export const meetingDeleteInput = z.object({ networkId: idSchema, meetingId: idSchema, version: z.number().int().min(1) });

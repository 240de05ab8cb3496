import {
  meetingCheckInInput,
  meetingCreateInput,
  meetingDecisionInput,
  meetingDeleteInput,
  meetingGuestInput,
  meetingLiveInput,
  meetingNotesInput,
  meetingRefInput,
  meetingUpdateInput,
} from '../../shared/schemas/meeting.ts';
import { liveMeeting } from '../services/meeting-live.ts';
import { addDecision, addGuest, checkIn, closeMeeting, saveNotes, startMeeting } from '../services/meeting-mode.ts';
import { createMeeting, deleteMeeting, getMeeting, listMeetings, updateMeeting } from '../services/meetings.ts';
import { networkProcedure, router } from '../trpc.ts';

const read = networkProcedure('meeting.read');
const edit = networkProcedure('meeting.edit');

export const meetingRouter = router({
  list: read.query(({ ctx }) => listMeetings(ctx.db, ctx.user, ctx.access)),
  get: read.input(meetingRefInput).query(({ ctx, input }) => getMeeting(ctx.db, ctx.user, ctx.access, input)),
  create: edit.input(meetingCreateInput).mutation(({ ctx, input }) => createMeeting(ctx.db, ctx.user, ctx.access, input)),
  update: edit.input(meetingUpdateInput).mutation(({ ctx, input }) => updateMeeting(ctx.db, ctx.user, ctx.access, input)),
  delete: edit.input(meetingDeleteInput).mutation(({ ctx, input }) => deleteMeeting(ctx.db, ctx.user, ctx.access, input)),
  // Meeting mode.
  checkIn: networkProcedure('meeting.checkIn')
    .input(meetingCheckInInput)
    .mutation(({ ctx, input }) => checkIn(ctx.db, ctx.user, ctx.access, input)),
  addGuest: edit.input(meetingGuestInput).mutation(({ ctx, input }) => addGuest(ctx.db, ctx.user, ctx.access, input)),
  addDecision: edit.input(meetingDecisionInput).mutation(({ ctx, input }) => addDecision(ctx.db, ctx.user, ctx.access, input)),
  saveNotes: edit.input(meetingNotesInput).mutation(({ ctx, input }) => saveNotes(ctx.db, ctx.user, ctx.access, input)),
  start: edit.input(meetingRefInput).mutation(({ ctx, input }) => startMeeting(ctx.db, ctx.user, ctx.access, input)),
  close: edit.input(meetingRefInput).mutation(({ ctx, input }) => closeMeeting(ctx.db, ctx.user, ctx.access, input, ctx.lang)),
  /** The live board's stream (server-sent events): each change at the meeting, resumable by event id. */
  live: read.input(meetingLiveInput).subscription(({ ctx, input, signal }) => liveMeeting(ctx.db, ctx.user, ctx.sessionId, ctx.access, input, signal)),
});

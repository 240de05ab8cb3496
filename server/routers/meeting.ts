import { meetingCreateInput, meetingDeleteInput, meetingRefInput, meetingUpdateInput } from '../../shared/schemas/meeting.ts';
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
});

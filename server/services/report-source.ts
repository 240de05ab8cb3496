import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { ReportPeriod } from '../../shared/report/content.ts';
import type { ReportSource, SourceAction, SourceCycle, SourceMeasure } from '../../shared/report/source.ts';
import { groupBy } from '../../shared/group-by.ts';
import {
  actionNote,
  charterReview,
  charterVersion,
  driverNode,
  indicator,
  measurement,
  meeting,
  meetingAttendee,
  meetingGuest,
  network,
  partnerOrganization,
  pdsaCycle,
  planAction,
  ramp,
  user,
} from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { dimensionsOf, outcomeOf, type IndicatorRow } from './indicator.ts';

// Reads what a report is assembled from. Only what can touch the period is read: a network with
// thousands of cycles hands assembly the few hundred of one quarter, not all of them.

export function readReportSource(db: DbOrTx, networkId: number, period: ReportPeriod): ReportSource {
  const net = db.select({ name: network.name }).from(network).where(eq(network.id, networkId)).get();
  if (!net) throw new AppError('NOT_FOUND', { key: 'errors:reportsource.thereIsNoSuchNetwork' });
  return {
    networkName: net.name,
    ...readIndicator(db, networkId),
    cycles: readCycles(db, networkId, period),
    actions: readActions(db, networkId),
    charter: readCharter(db, networkId),
    meetings: readMeetings(db, networkId, period),
  };
}

/**
 * The network's outcome and the contributing indicators it marks public, each with its dimensions
 * and every measurement (small groups are removed later, by assembly).
 */
export function readIndicator(db: DbOrTx, networkId: number): Pick<ReportSource, 'indicator' | 'measurements' | 'contributing'> {
  const outcome = outcomeOf(db, networkId);
  const contributing = db
    .select()
    .from(indicator)
    .where(and(eq(indicator.networkId, networkId), eq(indicator.kind, 'contributing'), eq(indicator.isPublic, true)))
    .orderBy(asc(indicator.position), asc(indicator.id))
    .all()
    .map((row) => readMeasure(db, row));
  if (!outcome) return { indicator: null, measurements: [], contributing };
  const { indicator: ind, measurements } = readMeasure(db, outcome);
  return { indicator: ind, measurements, contributing };
}

function readMeasure(db: DbOrTx, row: IndicatorRow): SourceMeasure {
  const measurements = db
    .select({
      period: measurement.period,
      groupId: measurement.groupId,
      value: measurement.value,
      numerator: measurement.numerator,
      denominator: measurement.denominator,
      note: measurement.note,
    })
    .from(measurement)
    .where(eq(measurement.indicatorId, row.id))
    .orderBy(asc(measurement.period), asc(measurement.groupKey))
    .all();
  return { indicator: { ...row, dimensions: dimensionsOf(db, row.id) }, measurements };
}

/**
 * Cycles that began by the period's end and either began on or after its start, ended on or
 * after it, or have no end yet; assembly applies the exact rule (`ranInPeriod`).
 */
function readCycles(db: DbOrTx, networkId: number, period: ReportPeriod): SourceCycle[] {
  const c = pdsaCycle;
  const rows = db
    .select({
      id: c.id,
      title: c.title,
      stage: c.stage,
      decision: c.decision,
      changeIdea: driverNode.title,
      startDate: c.startDate,
      endDate: c.endDate,
      loggedOn: c.loggedOn,
      learning: c.learning,
      ownerName: user.name,
      rampId: ramp.id,
      rampTitle: ramp.title,
      rampNumber: c.rampNumber,
    })
    .from(c)
    .leftJoin(driverNode, eq(driverNode.id, c.changeIdeaId))
    .leftJoin(user, eq(user.id, c.ownerId))
    .leftJoin(ramp, eq(ramp.id, c.rampId))
    .where(
      and(
        eq(c.networkId, networkId),
        or(and(isNotNull(c.startDate), lte(c.startDate, period.to)), and(isNull(c.startDate), lte(c.loggedOn, period.to))),
        or(isNull(c.endDate), gte(c.endDate, period.from)),
      ),
    )
    .orderBy(asc(c.id))
    .all();
  return rows.map(({ rampId, rampTitle, rampNumber, ...r }) => ({
    ...r,
    ramp: rampId !== null && rampTitle !== null && rampNumber !== null ? { id: rampId, title: rampTitle, number: rampNumber } : null,
  }));
}

function readActions(db: DbOrTx, networkId: number): SourceAction[] {
  const actions = db
    .select({
      id: planAction.id,
      title: planAction.title,
      status: planAction.status,
      dueDate: planAction.dueDate,
      ownerName: user.name,
      partnerName: partnerOrganization.name,
      createdAt: planAction.createdAt,
    })
    .from(planAction)
    .leftJoin(user, eq(user.id, planAction.ownerId))
    .leftJoin(partnerOrganization, eq(partnerOrganization.id, planAction.partnerOrganizationId))
    .where(eq(planAction.networkId, networkId))
    .orderBy(asc(planAction.id))
    .all();
  if (actions.length === 0) return [];
  const changes = db
    .select({ actionId: actionNote.actionId, at: actionNote.createdAt, from: actionNote.statusFrom, to: actionNote.statusTo })
    .from(actionNote)
    .where(and(inArray(actionNote.actionId, actions.map((a) => a.id)), isNotNull(actionNote.statusTo)))
    .orderBy(asc(actionNote.id))
    .all();
  const byAction = new Map<number, SourceAction['changes']>();
  for (const ch of changes) {
    if (ch.from === null || ch.to === null) continue;
    byAction.set(ch.actionId, [...(byAction.get(ch.actionId) ?? []), { at: ch.at.getTime(), from: ch.from, to: ch.to }]);
  }
  return actions.map((a) => ({ ...a, createdAt: a.createdAt.getTime(), changes: byAction.get(a.id) ?? [] }));
}

function readCharter(db: DbOrTx, networkId: number): ReportSource['charter'] {
  const versions = db
    .select({ number: charterVersion.number, at: charterVersion.createdAt })
    .from(charterVersion)
    .where(eq(charterVersion.networkId, networkId))
    .orderBy(asc(charterVersion.number))
    .all();
  const reviews = db
    .select({ version: charterReview.versionNumber, decision: charterReview.decision, at: charterReview.createdAt })
    .from(charterReview)
    .where(eq(charterReview.networkId, networkId))
    .orderBy(asc(charterReview.id))
    .all();
  return {
    versions: versions.map((v) => ({ number: v.number, at: v.at.getTime() })),
    reviews: reviews.map((r) => ({ ...r, at: r.at.getTime() })),
  };
}

function readMeetings(db: DbOrTx, networkId: number, period: ReportPeriod): ReportSource['meetings'] {
  const meetings = db
    .select({ id: meeting.id, date: meeting.date, title: meeting.title, guestCount: meeting.guestCount })
    .from(meeting)
    .where(and(eq(meeting.networkId, networkId), gte(meeting.date, period.from), lte(meeting.date, period.to)))
    .orderBy(asc(meeting.date), asc(meeting.id))
    .all();
  if (meetings.length === 0) return [];
  const attendees = db
    .select({ meetingId: meetingAttendee.meetingId, userId: meetingAttendee.userId })
    .from(meetingAttendee)
    .where(inArray(meetingAttendee.meetingId, meetings.map((m) => m.id)))
    .all();
  const byMeeting = groupBy(attendees, (a) => a.meetingId);
  const named = new Map(
    db
      .select({ meetingId: meetingGuest.meetingId, n: count() })
      .from(meetingGuest)
      .where(inArray(meetingGuest.meetingId, meetings.map((m) => m.id)))
      .groupBy(meetingGuest.meetingId)
      .all()
      .map((r) => [r.meetingId, r.n]),
  );
  return meetings.map((m) => ({ ...m, attendeeIds: (byMeeting.get(m.id) ?? []).map((a) => a.userId), namedGuests: named.get(m.id) ?? 0 }));
}

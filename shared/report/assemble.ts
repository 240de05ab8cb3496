import { byTimeKey, periodLabel, periodStart } from '../domain/period.ts';
import { groupBy } from '../group-by.ts';
import { attendanceOf } from '../domain/attendance.ts';
import { isOverdue } from '../domain/plan.ts';
import { charterStatus } from '../domain/charter.ts';
import { equityView } from '../indicator/equity-view.ts';
import { overviewOf, seriesRows } from '../indicator/overview.ts';
import type { Words } from '../i18n/words.ts';
import { howDecided } from '../qi/verdict-words.ts';
import { CYCLE_STAGES, DECISIONS } from '../schemas/cycle.ts';
import type { ActionStatus } from '../schemas/plan.ts';
import type {
  CharterSummary,
  CyclesSummary,
  IndicatorStatus,
  MeetingsSummary,
  PlanProgress,
  RampProgress,
  ReportAction,
  ReportContent,
  ReportCycle,
  ReportPeriod,
} from './content.ts';
import type { ReportSource, SourceAction, SourceCycle, SourceIndicator } from './source.ts';
import { localDate } from './zone.ts';

// A report's numbers, computed from the data and never typed by hand. Every date test happens in
// the report's time zone: an action marked done at 23:30 on the period's last evening in Chicago
// is done in the period, although it is already the next day in UTC.

/**
 * The day the report's facts are read at: the period's last day, or today when the period has
 * not ended yet (an action due next week is not overdue today).
 */
export function asOfDate(period: ReportPeriod, now: number): string {
  const today = localDate(now, period.timeZone);
  return today < period.to ? today : period.to;
}

/** The content in the reader's words: the sentences it stores are written once, in `w`'s language. */
export function assembleReport(source: ReportSource, period: ReportPeriod, now: number, w: Words): ReportContent {
  const asOf = asOfDate(period, now);
  return {
    networkName: source.networkName,
    language: w.lang,
    period,
    assembledAt: now,
    indicator: source.indicator ? indicatorStatus(source.indicator, source.measurements, period, w) : null,
    contributing: source.contributing.map((m) => indicatorStatus(m.indicator, m.measurements, period, w)),
    cycles: cyclesSummary(source.cycles, period, asOf),
    plan: planProgress(source.actions, period, asOf),
    charter: charterSummary(source.charter, period, asOf),
    meetings: meetingsSummary(source.meetings, period, asOf),
  };
}

// --- Indicator ----------------------------------------------------------------------------------

/**
 * The indicator as it stood at `to`: only periods that began by then count. A report passes its
 * period and its chart marks the points inside; the public page passes no `from` and gets the
 * indicator's own chart, with no period marked.
 */
export function indicatorStatus(
  ind: SourceIndicator,
  measurements: ReportSource['measurements'],
  period: Pick<ReportPeriod, 'to'> & Partial<ReportPeriod>,
  w: Words,
): IndicatorStatus {
  const known = measurements.filter((m) => periodStart(m.period, ind.frequency) <= period.to);
  const overview = overviewOf(ind, known, { chartType: ind.chartType, ruleSet: ind.ruleSet, baselineThrough: ind.baselineThrough, phases: ind.phases }, w);
  const rows = seriesRows(ind, known, w);
  const last = rows.at(-1);
  const from = period.from;
  const inside = from === undefined ? [] : overview.rows.flatMap((r, i) => (periodStart(r.period, ind.frequency) >= from ? [i] : []));
  return {
    name: ind.name,
    definition: ind.definition,
    unit: ind.unit,
    ratePer: ind.ratePer,
    polarity: ind.polarity,
    frequency: ind.frequency,
    dataSource: ind.dataSource,
    verdict: overview.verdict.verdict,
    sentence: overview.verdict.sentence,
    decided: howDecided(overview.verdict, overview.rules, w),
    latest: last ? { period: last.period, label: last.label, value: last.value } : null,
    baseline: overview.baseline && overview.baseline.value !== null ? { period: overview.baseline.period, label: overview.baseline.label, value: overview.baseline.value } : null,
    target: ind.targetValue !== null && ind.targetDate !== null ? { value: ind.targetValue, date: ind.targetDate } : null,
    changeSinceBaseline: overview.progress.changeSinceBaseline,
    distanceToTarget: overview.progress.distanceToTarget,
    onTrack: overview.progress.onTrack,
    onTrackPoints: overview.progress.onTrackDetail?.points ?? 0,
    chart: {
      type: overview.chart,
      ruleSet: overview.rules,
      points: overview.analysis.points.map((p) => ({ ...p })),
      labels: overview.rows.map((r) => r.label),
      signalRanges: overview.verdict.reasons.filter((r) => r.rule !== 'sigma').map((r) => ({ start: r.start, end: r.end })),
      target: ind.targetValue,
      baselineEnd: overview.baselineEnd,
      phaseStarts: overview.phaseStarts,
      inPeriod: inside.length > 0 ? { start: inside[0]!, end: inside.at(-1)! } : null,
    },
    equity: ind.dimensions.map((dimension) => {
      const view = equityView(ind, known, dimension, w);
      const gap = view.gaps.at(-1);
      return {
        dimension: dimension.name,
        latestGap: gap ? { label: periodLabel(gap.period, ind.frequency, w), high: gap.high, low: gap.low, gap: gap.gap } : null,
        verdict: view.verdict?.verdict ?? null,
        sentence: view.verdict?.sentence ?? null,
        suppressedCount: view.suppressed.length,
        protectingCount: view.suppressed.filter((x) => x.reason === 'complement').length,
        reading: view.movement?.reading ?? null,
        why: view.why ? { improvement: view.why.improvement, headline: view.why.headline, sentence: view.why.sentence, method: view.why.method } : null,
      };
    }),
  };
}

// --- Cycles -------------------------------------------------------------------------------------

export const cycleDate = (c: Pick<SourceCycle, 'startDate' | 'loggedOn'>) => c.startDate ?? c.loggedOn;

/**
 * A cycle ran in the period when its dates overlap it. Without an end date a finished cycle
 * lasted its start day, and an unfinished one is still running.
 */
export function ranInPeriod(c: SourceCycle, period: ReportPeriod, asOf: string): boolean {
  const start = cycleDate(c);
  const end = c.endDate ?? (c.stage === 'done' ? start : asOf);
  return start <= period.to && end >= period.from;
}

function toReportCycle(c: SourceCycle): ReportCycle {
  return { id: c.id, title: c.title, stage: c.stage, decision: c.decision, changeIdea: c.changeIdea, date: cycleDate(c), learning: c.learning.trim(), ownerName: c.ownerName };
}

export function cyclesSummary(cycles: readonly SourceCycle[], period: ReportPeriod, asOf: string): CyclesSummary {
  const ran = cycles.filter((c) => ranInPeriod(c, period, asOf));
  const byStage = Object.fromEntries(CYCLE_STAGES.map((s) => [s, 0])) as CyclesSummary['byStage'];
  const byDecision = { ...(Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Omit<CyclesSummary['byDecision'], 'undecided'>), undecided: 0 };
  for (const c of ran) {
    byStage[c.stage] += 1;
    byDecision[c.decision ?? 'undecided'] += 1;
  }
  return {
    total: ran.length,
    byStage,
    byDecision,
    rampsAdvanced: rampsAdvanced(ran, period),
    learnings: ran
      .filter((c) => c.learning.trim() !== '')
      .map(toReportCycle)
      .sort((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1)),
  };
}

/** A ramp advanced when a cycle after its first began in the period: the idea moved to a bigger scale. */
function rampsAdvanced(ran: readonly SourceCycle[], period: ReportPeriod): RampProgress[] {
  const byRamp = groupBy(ran.filter((c) => c.ramp), (c) => c.ramp!.id);
  const advanced: RampProgress[] = [];
  for (const list of byRamp.values()) {
    const begun = list.filter((c) => c.ramp!.number > 1 && cycleDate(c) >= period.from);
    if (begun.length === 0) continue;
    const numbers = list.map((c) => c.ramp!.number);
    advanced.push({ id: list[0]!.ramp!.id, title: list[0]!.ramp!.title, cyclesInPeriod: list.length, fromNumber: Math.min(...numbers), toNumber: Math.max(...numbers) });
  }
  return advanced.sort((a, b) => a.title.localeCompare(b.title));
}

// --- Action plan --------------------------------------------------------------------------------

/** An action's status at the end of `asOf` in the time zone: the last change by then, else the one before the first change. */
export function statusAt(a: SourceAction, asOf: string, timeZone: string): ActionStatus {
  const before = a.changes.filter((c) => localDate(c.at, timeZone) <= asOf);
  if (before.length > 0) return before.at(-1)!.to;
  return a.changes[0]?.from ?? a.status;
}

const ORDER: Record<string, number> = { overdue: 0, blocked: 1, in_progress: 2, not_started: 3, done: 4, dropped: 5 };
const rank = (a: ReportAction) => (a.overdue ? ORDER.overdue! : ORDER[a.status]!);

export function planProgress(actions: readonly SourceAction[], period: ReportPeriod, asOf: string): PlanProgress {
  const tz = period.timeZone;
  const listed: ReportAction[] = actions
    .filter((a) => localDate(a.createdAt, tz) <= asOf)
    .map((a) => {
      const status = statusAt(a, asOf, tz);
      const doneOn = a.changes.filter((c) => c.to === 'done').map((c) => localDate(c.at, tz));
      return {
        id: a.id,
        title: a.title,
        status,
        dueDate: a.dueDate,
        overdue: isOverdue({ dueDate: a.dueDate, status }, asOf),
        ownerName: a.ownerName,
        partnerName: a.partnerName,
        doneInPeriod: status === 'done' && doneOn.some((d) => d >= period.from && d <= asOf),
      };
    })
    .sort((a, b) => rank(a) - rank(b) || byTimeKey(a.dueDate ?? '9999', b.dueDate ?? '9999') || a.id - b.id);
  const count = (s: ActionStatus) => listed.filter((a) => a.status === s).length;
  return {
    counts: {
      done: count('done'),
      inProgress: count('in_progress'),
      notStarted: count('not_started'),
      blocked: count('blocked'),
      overdue: listed.filter((a) => a.overdue).length,
      dropped: count('dropped'),
    },
    actions: listed,
  };
}

// --- Charter and meetings -----------------------------------------------------------------------

export function charterSummary(charter: ReportSource['charter'], period: ReportPeriod, asOf: string): CharterSummary {
  const tz = period.timeZone;
  const reviews = charter.reviews.filter((r) => localDate(r.at, tz) <= asOf);
  const latest = Math.max(0, ...charter.versions.filter((v) => localDate(v.at, tz) <= asOf).map((v) => v.number));
  const last = reviews.filter((r) => r.decision === 'ratified').at(-1);
  const on = last ? localDate(last.at, tz) : null;
  const status = charterStatus(latest, reviews);
  return {
    ratified: last && on ? { version: last.version, on } : null,
    ratifiedInPeriod: on !== null && on >= period.from,
    pendingVersion: status.kind === 'draft' ? status.version : null,
  };
}

export function meetingsSummary(meetings: ReportSource['meetings'], period: ReportPeriod, asOf: string): MeetingsSummary {
  const held = meetings
    .filter((m) => m.date >= period.from && m.date <= asOf)
    .sort((a, b) => byTimeKey(a.date, b.date) || a.id - b.id)
    .map((m) => ({ id: m.id, date: m.date, title: m.title, attendance: attendanceOf({ attendees: m.attendeeIds.length, guestCount: m.guestCount, namedGuests: m.namedGuests }), attendeeIds: m.attendeeIds }));
  const attendance = held.reduce((sum, m) => sum + m.attendance, 0);
  return {
    held: held.length,
    attendance,
    averageAttendance: held.length > 0 ? attendance / held.length : null,
    people: new Set(held.flatMap((m) => m.attendeeIds)).size,
    meetings: held.map(({ attendeeIds: _, ...m }) => m),
  };
}

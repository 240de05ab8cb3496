import type { Frequency } from '../domain/period.ts';
import type { ChartType } from '../qi/chart-types.ts';
import type { GapReading } from '../qi/gap-movement.ts';
import type { Polarity, RuleSet, Verdict } from '../qi/verdict.ts';
import type { CycleStage, Decision } from '../schemas/cycle.ts';
import type { ActionStatus } from '../schemas/plan.ts';
import type { Unit } from '../schemas/indicator.ts';

// What a progress report holds. `ReportContent` is assembled from the network's data by
// `assembleReport`; `ReportDocument` adds what the facilitator wrote and chose. A published
// version stores the document whole, so the page, print, PDF and DOCX of a published report are
// drawn from it alone and never from today's data.

export const REPORT_SECTIONS = ['indicator', 'cycles', 'plan', 'charter', 'meetings'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
export const NARRATIVE_PARTS = ['highlights', 'challenges', 'asks'] as const;
export type NarrativePart = (typeof NARRATIVE_PARTS)[number];
export type Narrative = Record<NarrativePart, string>;

/** Inclusive calendar dates ('YYYY-MM-DD') in the report's time zone (an IANA name). */
export type ReportPeriod = { from: string; to: string; timeZone: string };

/** The chart as numbers: enough for `chartLayout` to draw it anywhere. */
export type ReportChart = {
  type: ChartType;
  ruleSet: RuleSet;
  points: { y: number; cl: number; ucl: number | null; lcl: number | null; sigmaSignal: boolean; part: number }[];
  labels: string[];
  /** Runs a rule flagged, as indices into points (inclusive). */
  signalRanges: { start: number; end: number }[];
  target: number | null;
  baselineEnd: number | null;
  phaseStarts: { index: number; label: string }[];
  /** The points inside the report's period (indices, inclusive); null when none are. */
  inPeriod: { start: number; end: number } | null;
};

export type ReportValue = { period: string; label: string; value: number };

export type EquityStatus = {
  dimension: string;
  /** The latest gap between the highest and lowest group shown (small groups already removed). */
  latestGap: { label: string; high: { group: string; value: number }; low: { group: string; value: number }; gap: number } | null;
  /** Narrowing (improvement), widening (concern), or neither yet; null with too few gaps. */
  verdict: Verdict | null;
  sentence: string | null;
  /** How many group values were withheld, for either reason. */
  suppressedCount: number;
  /**
   * How many of those were hidden only so that a small group's value cannot be worked out from
   * the whole. Reports published before this was counted do not have it.
   */
  protectingCount?: number;
  /**
   * How the group furthest behind and the group doing best moved (shared/qi/gap-movement.ts);
   * null when it cannot be told. Reports published before it was kept lack it.
   */
  reading?: GapReading | null;
  /**
   * Why the gap narrowed, written when the verdict found it narrowing: the headline (which is not
   * "narrowing" alone when a group got worse), the sentence read first, and the method. Reports
   * published before it was kept lack it and show as they did.
   */
  why?: { improvement: boolean; headline: string; sentence: string; method: string } | null;
};

export type IndicatorStatus = {
  name: string;
  definition: string;
  unit: Unit;
  ratePer: number | null;
  polarity: Polarity;
  frequency: Frequency;
  dataSource: string;
  /** Judged on every point up to the period's end. */
  verdict: Verdict;
  sentence: string;
  /** The statistics behind the verdict (howDecided). Reports published before it was kept lack it. */
  decided?: string[];
  latest: ReportValue | null;
  baseline: ReportValue | null;
  target: { value: number; date: string } | null;
  changeSinceBaseline: number | null;
  distanceToTarget: number | null;
  onTrack: boolean | null;
  /**
   * How many recent measurements the on-track answer rests on: with too few, it is too early to
   * tell. Reports published before this was counted do not have it.
   */
  onTrackPoints?: number;
  chart: ReportChart;
  equity: EquityStatus[];
};

export type ReportCycle = {
  id: number;
  title: string;
  stage: CycleStage;
  decision: Decision | null;
  changeIdea: string | null;
  /** Start date, or the day it was logged. */
  date: string;
  learning: string;
  ownerName: string | null;
};

export type RampProgress = { id: number; title: string; cyclesInPeriod: number; fromNumber: number; toNumber: number };

export type CyclesSummary = {
  /** Cycles whose dates fall in (or overlap) the period. */
  total: number;
  byStage: Record<CycleStage, number>;
  byDecision: Record<Decision, number> & { undecided: number };
  /** Ramps where a cycle at a larger scale began in the period. */
  rampsAdvanced: RampProgress[];
  /** Cycles in the period with a written learning: what the facilitator may feature. */
  learnings: ReportCycle[];
};

export type ReportAction = {
  id: number;
  title: string;
  /** Status at the end of the period (or today, when the period has not ended). */
  status: ActionStatus;
  dueDate: string | null;
  overdue: boolean;
  ownerName: string | null;
  partnerName: string | null;
  /** Marked done within the period. */
  doneInPeriod: boolean;
};

export type PlanProgress = {
  counts: { done: number; inProgress: number; notStarted: number; blocked: number; overdue: number; dropped: number };
  /** Every action that existed by the period's end, overdue and blocked first. */
  actions: ReportAction[];
};

export type CharterSummary = {
  /** The version in force at the period's end, and the day it was ratified. */
  ratified: { version: number; on: string } | null;
  /** Ratified during the period. */
  ratifiedInPeriod: boolean;
  /** A newer version awaits review at the period's end. */
  pendingVersion: number | null;
};

export type MeetingsSummary = {
  held: number;
  /** Sign-ins of people plus guests, over all meetings held. */
  attendance: number;
  averageAttendance: number | null;
  /** Different people who attended at least once (guests not counted). */
  people: number;
  meetings: { id: number; date: string; title: string; attendance: number }[];
};

export type ReportContent = {
  networkName: string;
  /**
   * The language its sentences (the indicator's verdict, the equity trends) were written in, and
   * so the one every view of it is drawn in. Reports published before it was kept are English.
   */
  language?: string;
  period: ReportPeriod;
  /** When the content was assembled (epoch ms). */
  assembledAt: number;
  indicator: IndicatorStatus | null;
  /**
   * The contributing indicators the network marks public, each read as the outcome is. Part of
   * the indicator section (hidden with it). Reports published before measures lack it.
   */
  contributing?: IndicatorStatus[];
  cycles: CyclesSummary;
  plan: PlanProgress;
  charter: CharterSummary;
  meetings: MeetingsSummary;
};

/** Everything a report shows: the assembled content with the facilitator's words and choices. */
export type ReportDocument = {
  title: string;
  content: ReportContent;
  narrative: Narrative;
  /** The learnings the facilitator chose, in their order. */
  featured: ReportCycle[];
  hidden: ReportSection[];
  /** Set once published. */
  publication: { version: number; publishedAt: number; publishedBy: string | null; note: string } | null;
};

/**
 * A document as every published form carries it (the page members read, the public page, PDF,
 * DOCX): a section the facilitator hid is not there at all, numbers included. A draft's
 * document, which keeps them so a section can be shown again, is one too.
 */
export type ShownContent = Omit<ReportContent, ReportSection> & Partial<Pick<ReportContent, ReportSection>>;
export type ShownDocument = Omit<ReportDocument, 'content'> & { content: ShownContent };

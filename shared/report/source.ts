import type { Indicator, Measurement } from '../indicator/overview.ts';
import type { ChartType } from '../qi/chart-types.ts';
import type { CycleStage, Decision } from '../schemas/cycle.ts';
import type { ActionStatus } from '../schemas/plan.ts';

// The data a report is assembled from, as the server reads it. Times are epoch milliseconds;
// dates are calendar dates ('YYYY-MM-DD') as people entered them.

export type SourceIndicator = Indicator & {
  name: string;
  definition: string;
  dataSource: string;
  chartType: ChartType;
  baselineThrough: string | null;
  phases: { start: string; label: string }[];
};

/** A measure beside the outcome that the network shows publicly, with its data. */
export type SourceMeasure = { indicator: SourceIndicator; measurements: Measurement[] };

export type SourceCycle = {
  id: number;
  title: string;
  stage: CycleStage;
  decision: Decision | null;
  changeIdea: string | null;
  startDate: string | null;
  endDate: string | null;
  loggedOn: string;
  learning: string;
  ownerName: string | null;
  ramp: { id: number; title: string; number: number } | null;
};

export type SourceAction = {
  id: number;
  title: string;
  /** The status now; earlier ones come from the notes' status changes. */
  status: ActionStatus;
  dueDate: string | null;
  ownerName: string | null;
  partnerName: string | null;
  createdAt: number;
  /** Status changes, oldest first. */
  changes: { at: number; from: ActionStatus; to: ActionStatus }[];
};

export type ReportSource = {
  networkName: string;
  indicator: SourceIndicator | null;
  /** Every measurement; values about groups below the threshold are removed during assembly. */
  measurements: Measurement[];
  /** The contributing indicators the network marks public, in their order. */
  contributing: SourceMeasure[];
  /** The cycles whose dates may touch the period (the server narrows by date; assembly decides). */
  cycles: SourceCycle[];
  actions: SourceAction[];
  charter: { versions: { number: number; at: number }[]; reviews: { version: number; decision: 'ratified' | 'returned'; at: number }[] };
  meetings: { id: number; date: string; title: string; attendeeIds: string[]; guestCount: number; /** Guests added by name at the door. */ namedGuests: number }[];
};

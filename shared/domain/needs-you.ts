import type { NetworkRole } from '../schemas/membership.ts';
import type { ActionStatus } from '../schemas/plan.ts';
import type { CycleQuestion, CycleStage, Decision } from '../schemas/cycle.ts';
import { charterStatus, type CharterReviewEvent } from './charter.ts';
import { hasPredictions } from './cycle.ts';
import { byTimeKey } from './period.ts';
import { planState, type PlanReviewEvent } from './plan.ts';
import { roleAtLeast } from './permissions.ts';

// "What needs me?" in one network: pure rules over facts the server gathers in a few set-based
// queries (server/services/home.ts). Dates are calendar days 'YYYY-MM-DD', compared as text.

export const NEEDS_YOU_KINDS = [
  'action_overdue',
  'plan_review',
  'charter_ratify',
  'plan_changes',
  'report_due',
  'cycle_decide',
  'cycle_study',
  'cycle_predict',
  'meeting_notes',
  'action_due',
] as const;
export type NeedsYouKind = (typeof NEEDS_YOU_KINDS)[number];

/**
 * How urgent each kind is, lower first. Overdue promises come first; then what blocks other people
 * (a plan or charter waiting for a lead, changes a lead asked for, a report owed); then the
 * cycle's own next step; then tidying (predictions, notes); an action not yet due comes last.
 */
const URGENCY: Record<NeedsYouKind, number> = {
  action_overdue: 0,
  plan_review: 1,
  charter_ratify: 1,
  plan_changes: 2,
  report_due: 2,
  cycle_decide: 3,
  cycle_study: 3,
  cycle_predict: 4,
  meeting_notes: 4,
  action_due: 5,
};

/** What the home lists: `title` is people's own words (never translated); `since` a calendar day. */
export type NeedsYouItem = { kind: NeedsYouKind; title: string; since: string; link: string };

/**
 * Part of the list, from `cursor` items in: `total` counts the whole list, `nextCursor` is where
 * the next part starts (null at the end). Someone with thousands of planned cycles gets the first
 * few with the home, not a home's answer of hundreds of kilobytes.
 */
export type NeedsYouPage = { items: NeedsYouItem[]; total: number; nextCursor: number | null };

/** The home's answer carries this many; the rest come NEEDS_YOU_PAGE at a time ("Show more"). */
export const NEEDS_YOU_FIRST = 20;
export const NEEDS_YOU_PAGE = 50;

export function needsYouPage(all: readonly NeedsYouItem[], cursor: number, limit: number): NeedsYouPage {
  const end = cursor + limit;
  return { items: all.slice(cursor, end), total: all.length, nextCursor: end < all.length ? end : null };
}

export type CycleFacts = {
  id: number;
  title: string;
  stage: CycleStage;
  endDate: string | null;
  loggedOn: string;
  /** The day the cycle last changed: when a written study started waiting for a decision. */
  changedOn: string;
  questions: readonly Pick<CycleQuestion, 'prediction' | 'result'>[];
  learning: string;
  decision: Decision | null;
  /** The person owns or co-owns it. */
  mine: boolean;
};

export type NeedsYouFacts = {
  today: string;
  slug: string;
  /** The person's role here; null for a site admin who is not a member (nothing is theirs to do). */
  role: NetworkRole | null;
  userId: string;
  charter: { latestVersion: number; latestSavedOn: string | null; reviews: readonly CharterReviewEvent[] };
  plan: { version: number; reviews: readonly (PlanReviewEvent & { on: string })[] };
  /** Reports never published, with their period. */
  unpublishedReports: readonly { id: number; title: string; periodTo: string }[];
  /** Open cycles (not done) of the network that are mine or whose test has ended. */
  cycles: readonly CycleFacts[];
  /** Meetings held recently (see MEETING_NOTES_WINDOW_DAYS), with whether they have notes. */
  pastMeetings: readonly { id: number; title: string; date: string; hasNotes: boolean }[];
  /** My open actions with a due date. */
  myActions: readonly { id: number; title: string; dueDate: string; status: ActionStatus }[];
};

/** Actions due within this many days show up before they are late. */
export const ACTION_HORIZON_DAYS = 14;
/** The network's home lists the cycles decided in this many last days as its recent learnings. */
export const LEARNINGS_DAYS = 30;
/** A meeting without notes is worth a reminder for this long; older ones are history. */
export const MEETING_NOTES_WINDOW_DAYS = 60;

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const studyWritten = (c: CycleFacts) => c.learning.trim() !== '' || c.questions.some((q) => q.result.trim() !== '');

/** The one next step a cycle waits for, if any; a cycle appears once whatever else is true of it. */
function cycleNeed(c: CycleFacts, today: string, oversees: boolean): Omit<NeedsYouItem, 'link'> | null {
  if (c.stage === 'done') return null;
  const ended = c.endDate !== null && c.endDate < today;
  if (c.decision === null && studyWritten(c) && (c.stage === 'study' || c.stage === 'act') && c.mine) {
    return { kind: 'cycle_decide', title: c.title, since: c.changedOn };
  }
  if (ended && !studyWritten(c) && (c.mine || oversees)) {
    return { kind: 'cycle_study', title: c.title, since: addDays(c.endDate!, 1) };
  }
  if (c.mine && c.stage === 'plan' && !hasPredictions(c.questions)) {
    return { kind: 'cycle_predict', title: c.title, since: c.loggedOn };
  }
  return null;
}

export const needsYouPath = {
  charter: (slug: string) => `/n/${slug}/charter`,
  planReview: (slug: string) => `/n/${slug}/plan/review`,
  report: (slug: string, id: number) => `/n/${slug}/reports/${id}`,
  cycle: (slug: string, id: number) => `/n/${slug}/cycles/${id}`,
  meeting: (slug: string, id: number) => `/n/${slug}/meetings/${id}`,
  action: (slug: string, id: number) => `/n/${slug}/plan/actions/${id}`,
};

/**
 * What needs this person in one network, most urgent first, then oldest first.
 * - Leads: the newest charter version not yet reviewed; a plan submitted for review.
 * - Facilitators and leads: changes a lead requested on the plan; a report whose period has ended
 *   and that is still not published; a cycle whose test ended without a study; a meeting held in
 *   the last MEETING_NOTES_WINDOW_DAYS days without notes.
 * - Everyone, for cycles they own or co-own: predictions while planning, a study once the test has
 *   ended, a decision once the study is written; their actions overdue or due within
 *   ACTION_HORIZON_DAYS days.
 */
export function needsYou(facts: NeedsYouFacts): NeedsYouItem[] {
  const { today, slug, role } = facts;
  if (role === null) return [];
  const lead = role === 'lead';
  const oversees = roleAtLeast(role, 'facilitator');
  const items: NeedsYouItem[] = [];

  if (lead) {
    const charter = charterStatus(facts.charter.latestVersion, facts.charter.reviews);
    if (charter.kind === 'draft' && facts.charter.latestSavedOn) {
      items.push({ kind: 'charter_ratify', title: '', since: facts.charter.latestSavedOn, link: needsYouPath.charter(slug) });
    }
  }
  const plan = planState(facts.plan.reviews, facts.plan.version);
  const lastReview = facts.plan.reviews.at(-1);
  if (lastReview && ((lead && plan === 'in_review') || (oversees && plan === 'changes_requested'))) {
    items.push({ kind: plan === 'in_review' ? 'plan_review' : 'plan_changes', title: '', since: lastReview.on, link: needsYouPath.planReview(slug) });
  }

  if (oversees) {
    for (const r of facts.unpublishedReports) {
      if (r.periodTo < today) items.push({ kind: 'report_due', title: r.title, since: addDays(r.periodTo, 1), link: needsYouPath.report(slug, r.id) });
    }
    const notesFrom = addDays(today, -MEETING_NOTES_WINDOW_DAYS);
    for (const m of facts.pastMeetings) {
      if (!m.hasNotes && m.date < today && m.date >= notesFrom) {
        items.push({ kind: 'meeting_notes', title: m.title, since: m.date, link: needsYouPath.meeting(slug, m.id) });
      }
    }
  }

  for (const c of facts.cycles) {
    const need = cycleNeed(c, today, oversees);
    if (need) items.push({ ...need, link: needsYouPath.cycle(slug, c.id) });
  }

  const horizon = addDays(today, ACTION_HORIZON_DAYS);
  for (const a of facts.myActions) {
    if (a.status === 'done' || a.status === 'dropped' || a.dueDate > horizon) continue;
    items.push({ kind: a.dueDate < today ? 'action_overdue' : 'action_due', title: a.title, since: a.dueDate, link: needsYouPath.action(slug, a.id) });
  }

  return items.sort((a, b) => URGENCY[a.kind] - URGENCY[b.kind] || byTimeKey(a.since, b.since) || byRecord(a.link, b.link));
}

/**
 * Same urgency, same day: the older record first. Links of one kind differ only in their ids, so
 * the shorter is the smaller; any other pair just needs an order that does not change.
 */
function byRecord(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

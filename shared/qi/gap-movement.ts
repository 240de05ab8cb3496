import type { GapPoint, GroupSeries } from './equity.ts';
import { median } from './r-arithmetic.ts';
import type { Polarity } from './verdict.ts';

// Why a gap between groups narrowed. A gap closes when the group furthest behind improves (what a
// partnership wants), but also when the group doing best gets worse, which is no improvement at
// all ("excellence with equity": close gaps by lifting those furthest behind while everyone
// improves). This says which of the two groups moved, and which way, in improvement terms.

/** Which way a group moved, in the indicator's own terms: better is up when higher is better. */
export type Movement = 'better' | 'flat' | 'worse';

export const GAP_READINGS = ['behind_caught_up', 'both_better', 'best_slipped', 'both_worse', 'mixed', 'not_narrowing'] as const;
/**
 * - behind_caught_up: the group furthest behind improved while the group doing best held;
 * - both_better: both improved, the one behind faster;
 * - best_slipped: the group doing best got worse while the one behind held;
 * - both_worse: both got worse, the one doing best faster;
 * - mixed: the gap narrowed any other way (one better and one worse, or neither clearly moved);
 * - not_narrowing: the gap did not narrow between the two stretches compared.
 */
export type GapReading = (typeof GAP_READINGS)[number];

export type GroupMove = { group: string; before: number; after: number; move: Movement; /** What counts as holding steady for this group. */ tolerance: number };

/** A stretch of the gap series, as indices into it (inclusive). */
export type Stretch = { start: number; end: number };

export type GapMovement = {
  reading: GapReading;
  /** The group furthest behind in the first stretch, and the one doing best then. */
  behind: GroupMove;
  best: GroupMove;
  /** The median gap in each stretch. */
  gap: { before: number; after: number };
  before: Stretch;
  after: Stretch;
};

/**
 * The stretches to compare, as indices into the gap series: before the gap began to narrow and
 * since (`split` is the first index of the narrowing a verdict found), or without one the first
 * half against the latest half (the middle period of an odd count is left out). Null with fewer
 * than two gaps.
 */
export function stretches(count: number, split: number | null): { before: Stretch; after: Stretch } | null {
  if (count < 2) return null;
  if (split !== null && split > 0 && split < count) return { before: { start: 0, end: split - 1 }, after: { start: split, end: count - 1 } };
  const half = Math.floor(count / 2);
  return { before: { start: 0, end: half - 1 }, after: { start: count - half, end: count - 1 } };
}

/**
 * The typical change from one period to the next, taken inside each stretch so the change being
 * judged does not count as noise. A group whose median moved less than this moved no more than it
 * usually wobbles, so it reads as holding steady: a fixed number of points would call a small
 * group's ordinary ups and downs a change, and hide a real change in a very steady one. The median
 * of the moves, not their mean, so one odd period cannot make everything look steady.
 */
function wobble(...runs: readonly number[][]): number {
  const moves = runs.flatMap((ys) => ys.slice(1).map((y, i) => Math.abs(y - ys[i]!)));
  return moves.length === 0 ? 0 : median(moves);
}

// Differences below this are rounding, not movement (values are stored as decimals).
const EPSILON = 1e-9;

function movement(before: number, after: number, tolerance: number, polarity: Polarity): Movement {
  const change = after - before;
  if (Math.abs(change) <= tolerance + EPSILON) return 'flat';
  return change > 0 === (polarity === 'higher_is_better') ? 'better' : 'worse';
}

function classify(behind: Movement, best: Movement): Exclude<GapReading, 'not_narrowing'> {
  if (behind === 'better' && best === 'flat') return 'behind_caught_up';
  if (behind === 'better' && best === 'better') return 'both_better';
  if (behind === 'flat' && best === 'worse') return 'best_slipped';
  if (behind === 'worse' && best === 'worse') return 'both_worse';
  return 'mixed';
}

/**
 * How the group furthest behind and the group doing best moved between two stretches of the gap
 * series, compared by their medians so one unusual period does not decide. The two groups are the
 * ones furthest behind and doing best in the first stretch, among those with a value shown in both
 * (withheld values are already gone from `shown`): if they later swap places, each is still
 * followed, so a leader that fell back reads as having got worse. Null when fewer than two groups
 * have values in both stretches.
 */
export function gapMovement(input: {
  shown: readonly GroupSeries[];
  gaps: readonly GapPoint[];
  polarity: Polarity;
  /** The first gap index of the narrowing the verdict found; null to compare halves. */
  split: number | null;
}): GapMovement | null {
  const { shown, gaps, polarity } = input;
  const parts = stretches(gaps.length, input.split);
  if (!parts) return null;
  const periodsOf = (s: Stretch) => new Set(gaps.slice(s.start, s.end + 1).map((g) => g.period));
  const beforePeriods = periodsOf(parts.before);
  const afterPeriods = periodsOf(parts.after);
  const groups = shown.flatMap((g) => {
    const before = g.points.filter((p) => beforePeriods.has(p.period)).map((p) => p.value);
    const after = g.points.filter((p) => afterPeriods.has(p.period)).map((p) => p.value);
    if (before.length === 0 || after.length === 0) return [];
    return [{ group: g.group, before: median(before), after: median(after), tolerance: wobble(before, after) }];
  });
  if (groups.length < 2) return null;
  // Better first; the first group listed wins a tie, so the answer does not depend on chance.
  const rank = (v: number) => (polarity === 'higher_is_better' ? -v : v);
  const ordered = groups.map((g, i) => ({ g, i })).sort((a, b) => rank(a.g.before) - rank(b.g.before) || a.i - b.i);
  const best = ordered[0]!.g;
  const behind = ordered.at(-1)!.g;
  const move = (g: (typeof groups)[number]): GroupMove => ({ ...g, move: movement(g.before, g.after, g.tolerance, polarity) });
  const gapBefore = gaps.slice(parts.before.start, parts.before.end + 1).map((g) => g.gap);
  const gapAfter = gaps.slice(parts.after.start, parts.after.end + 1).map((g) => g.gap);
  const gap = { before: median(gapBefore), after: median(gapAfter) };
  // The gap narrowed when its median fell by more than its own usual wobble.
  const narrowed = gap.before - gap.after > wobble(gapBefore, gapAfter) + EPSILON;
  const behindMove = move(behind);
  const bestMove = move(best);
  return {
    reading: narrowed ? classify(behindMove.move, bestMove.move) : 'not_narrowing',
    behind: behindMove,
    best: bestMove,
    gap,
    ...parts,
  };
}

/**
 * A narrowing gap counts as improvement only when neither group got worse: a gap that closes
 * because the group doing best slipped is never called one.
 */
export const narrowedWell = (m: Pick<GapMovement, 'reading' | 'behind' | 'best'>) =>
  m.reading !== 'not_narrowing' && m.behind.move !== 'worse' && m.best.move !== 'worse';

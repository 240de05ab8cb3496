import { isSuppressed } from './equity.ts';

// Which group values may leave the server. A value about fewer people than the threshold is
// hidden ("small"). Within one dimension the groups add up to the whole population, and the whole
// is always shown, so a lone hidden group could be worked out as the whole minus every other
// group. To stop that, other groups of the same dimension and period are hidden too
// ("complement"): the smallest first, until at least two are hidden and the hidden ones together
// are about at least the threshold of people — or, when the groups run out, the whole dimension
// for that period. Subtraction then gives only the hidden groups together, never one of them.

export type SuppressionReason = 'small' | 'complement';

export type GroupCell = {
  /** The dimension the group belongs to: cells of one dimension and period are protected together. */
  dimension: number | string;
  period: string;
  /** How many people the value is about (a proportion's denominator), when known. */
  size?: number | undefined;
  /** Already hidden by the server, and why (a member's copy comes without its numbers). */
  withheld?: SuppressionReason | null | undefined;
};

/**
 * For each cell, in the order given, why it is hidden, or null when it may be shown. Cells the
 * server already withheld stay hidden; running the rule on its own output hides nothing more.
 */
export function protectSmallGroups(cells: readonly GroupCell[], minGroupSize: number): (SuppressionReason | null)[] {
  const reasons: (SuppressionReason | null)[] = cells.map((c) => c.withheld ?? (isSuppressed(c, minGroupSize) ? 'small' : null));
  const sets = new Map<string, number[]>();
  cells.forEach((c, i) => {
    // The dimension's type is part of the key: dimension 1 and dimension '1' are different.
    const key = `${typeof c.dimension}:${c.dimension}\u0000${c.period}`;
    const set = sets.get(key);
    if (set) set.push(i);
    else sets.set(key, [i]);
  });
  for (const indices of sets.values()) {
    const hidden = indices.filter((i) => reasons[i] !== null).map((i) => cells[i]!);
    if (hidden.length === 0) continue;
    // Smallest first; a value of unknown size goes last, and ties keep the given order.
    const candidates = indices
      .filter((i) => reasons[i] === null)
      .sort((a, b) => (cells[a]!.size ?? Number.POSITIVE_INFINITY) - (cells[b]!.size ?? Number.POSITIVE_INFINITY) || a - b);
    for (const next of candidates) {
      if (enough(hidden, minGroupSize)) break;
      reasons[next] = 'complement';
      hidden.push(cells[next]!);
    }
  }
  return reasons;
}

/**
 * Whether the hidden groups of one dimension and period protect each other: at least two, about
 * at least the threshold of people together. A withheld copy has no size; the server that
 * withheld it already made its set enough, so an unknown size counts as enough.
 */
function enough(hidden: readonly GroupCell[], minGroupSize: number): boolean {
  if (hidden.length < 2) return false;
  if (hidden.some((c) => c.size === undefined)) return true;
  return hidden.reduce((sum, c) => sum + (c.size ?? 0), 0) >= minGroupSize;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withheldNote } from '../../shared/indicator/format.ts';
import { protectSmallGroups, type GroupCell, type SuppressionReason } from '../../shared/qi/suppression.ts';
import { wordsFor } from '../../server/i18n.ts';

const en = wordsFor('en');

// The rule that decides which group values may leave the server, tested on any table: groups of
// a dimension add up to the whole population, the whole is always released, and an attacker
// subtracts every released group from it.

type Cell = GroupCell & { group: string; numerator: number; size: number };

const cellArb = fc.record({
  dimension: fc.constantFrom('race', 'income', 'school'),
  period: fc.constantFrom('2025-01', '2025-02', '2025-03'),
  group: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  size: fc.integer({ min: 1, max: 40 }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
});
// One row per dimension, period and group, as the database keeps them.
const tableArb = fc
  .uniqueArray(cellArb, { selector: (c) => `${c.dimension}|${c.period}|${c.group}`, maxLength: 30 })
  .map((cells) => cells.map(({ share, ...c }): Cell => ({ ...c, numerator: Math.round(share * c.size) })));
const thresholdArb = fc.integer({ min: 1, max: 25 });

const key = (c: GroupCell) => `${c.dimension}|${c.period}`;
function bySet(cells: readonly Cell[], reasons: readonly (SuppressionReason | null)[]) {
  const sets = new Map<string, { hidden: Cell[]; released: Cell[] }>();
  cells.forEach((c, i) => {
    const set = sets.get(key(c)) ?? { hidden: [], released: [] };
    (reasons[i] ? set.hidden : set.released).push(c);
    sets.set(key(c), set);
  });
  return [...sets.values()];
}
const sum = (cells: readonly Cell[], f: (c: Cell) => number) => cells.reduce((s, c) => s + f(c), 0);

describe('protecting small groups', () => {
  it('hides every group about fewer people than the threshold, for that reason', () => {
    fc.assert(
      fc.property(tableArb, thresholdArb, (cells, min) => {
        const reasons = protectSmallGroups(cells, min);
        cells.forEach((c, i) => {
          if (c.size < min) expect(reasons[i]).toBe('small');
          else expect(reasons[i]).not.toBe('small');
        });
      }),
    );
  });

  it('leaves no hidden value derivable as the whole minus the released groups', () => {
    fc.assert(
      fc.property(tableArb, thresholdArb, (cells, min) => {
        for (const { hidden, released } of bySet(cells, protectSmallGroups(cells, min))) {
          // The whole of this dimension and period: every group's numbers added up.
          const whole = { numerator: sum([...hidden, ...released], (c) => c.numerator), size: sum([...hidden, ...released], (c) => c.size) };
          const derived = { numerator: whole.numerator - sum(released, (c) => c.numerator), size: whole.size - sum(released, (c) => c.size) };
          for (const h of hidden) {
            const found = derived.numerator === h.numerator && derived.size === h.size && hidden.length === 1;
            // The one exception: a lone group that is the whole population, whose figure is the whole's own.
            if (found) expect(released).toEqual([]);
          }
          if (hidden.length > 0 && released.length > 0) {
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(sum(hidden, (c) => c.size)).toBeGreaterThanOrEqual(min);
          }
        }
      }),
    );
  });

  it('hides nothing in a dimension and period without a small group, and never the groups of another', () => {
    fc.assert(
      fc.property(tableArb, thresholdArb, (cells, min) => {
        const reasons = protectSmallGroups(cells, min);
        const withSmall = new Set(cells.filter((c) => c.size < min).map(key));
        cells.forEach((c, i) => {
          if (!withSmall.has(key(c))) expect(reasons[i]).toBeNull();
        });
      }),
    );
  });

  it('hides the fewest groups it can: smallest first, stopping once they protect each other', () => {
    fc.assert(
      fc.property(tableArb, thresholdArb, (cells, min) => {
        const reasons = protectSmallGroups(cells, min);
        for (const { hidden, released } of bySet(cells, reasons)) {
          const extra = hidden.filter((c) => reasons[cells.indexOf(c)] === 'complement');
          if (extra.length === 0) continue;
          // Every released group is at least as large as every group hidden to protect another.
          for (const r of released) for (const e of extra) expect(r.size).toBeGreaterThanOrEqual(e.size);
          // Without the last one added, the hidden ones would not have been enough.
          const last = extra.reduce((a, b) => (b.size > a.size || (b.size === a.size && cells.indexOf(b) > cells.indexOf(a)) ? b : a));
          const before = hidden.filter((c) => c !== last);
          expect(before.length < 2 || sum(before, (c) => c.size) < min).toBe(true);
        }
      }),
    );
  });

  it('hides nothing more when run again on what it released, with or without the hidden numbers', () => {
    fc.assert(
      fc.property(tableArb, thresholdArb, (cells, min) => {
        const first = protectSmallGroups(cells, min);
        const stewardCopy = cells.map((c, i) => ({ ...c, withheld: first[i] }));
        const memberCopy = cells.map((c, i) => (first[i] ? { dimension: c.dimension, period: c.period, withheld: first[i] } : c));
        expect(protectSmallGroups(stewardCopy, min)).toEqual(first);
        expect(protectSmallGroups(memberCopy, min)).toEqual(first);
      }),
    );
  });

  it('hides the next-smallest group when one is small, and the whole dimension when the rest is not enough', () => {
    const cells = (...sizes: number[]): GroupCell[] => sizes.map((size) => ({ dimension: 'race', period: '2025-01', size }));
    expect(protectSmallGroups(cells(4, 30, 12, 50), 10)).toEqual(['small', null, 'complement', null]);
    // 4 and 5 people together are still fewer than 10: the next group goes too.
    expect(protectSmallGroups(cells(4, 5, 12, 50), 10)).toEqual(['small', 'small', 'complement', null]);
    expect(protectSmallGroups(cells(4, 30), 10)).toEqual(['small', 'complement']);
    // One group alone in its dimension: nothing else to hide (see docs/indicator-data.md).
    expect(protectSmallGroups(cells(4), 10)).toEqual(['small']);
    // A value without a size (not a proportion) is never small on its own, but can be hidden to protect one.
    expect(protectSmallGroups([{ dimension: 1, period: 'p', size: 3 }, { dimension: 1, period: 'p' }], 10)).toEqual(['small', 'complement']);
    expect(protectSmallGroups([{ dimension: 1, period: 'p' }, { dimension: 1, period: 'p' }], 10)).toEqual([null, null]);
  });
});

describe('the privacy note', () => {
  it('says how many values were left out, and how many only so the small ones cannot be worked out', () => {
    expect(withheldNote({ suppressedCount: 0, protectingCount: 0 }, en)).toBeNull();
    // A report published before the second kind was counted.
    expect(withheldNote({ suppressedCount: 2 }, en)).toBe('2 group values were left out because the group is too small to show.');
    expect(withheldNote({ suppressedCount: 2, protectingCount: 1 }, en)).toBe(
      '1 group value was left out because the group is too small to show, and 1 more was hidden so that it cannot be worked out by subtracting the other groups from the total.',
    );
    expect(withheldNote({ suppressedCount: 5, protectingCount: 2 }, en)).toMatch(/^3 group values were .*, and 2 more were hidden so that they cannot/);
  });
});

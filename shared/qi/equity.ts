// Equity: the groups of one disaggregation dimension side by side, and the gap between the
// highest and the lowest group over time. Withheld values (shared/qi/suppression.ts) are removed
// before anything is shown or computed, so no view or export can reveal them.

export type GroupPoint = { period: string; value: number; /** How many people the value is about, when known. */ size?: number };
export type GroupSeries = { group: string; points: GroupPoint[] };
export type GapPoint = { period: string; high: { group: string; value: number }; low: { group: string; value: number }; gap: number };

/** Whether a value is about too few people to show: the network's threshold protects privacy. */
export function isSuppressed(point: Pick<GroupPoint, 'size'>, minGroupSize: number): boolean {
  return point.size !== undefined && point.size < minGroupSize;
}

/**
 * The gap in each period between the highest and the lowest group shown, over the periods in
 * `periods` (time order) where at least two groups have a value.
 */
export function equityGaps(shown: readonly GroupSeries[], periods: readonly string[]): GapPoint[] {
  // Each period's values gathered in one pass (in group order): a filter per period and group
  // made ten years of monthly data cost a period × point scan per group.
  const byPeriod = new Map<string, { group: string; value: number }[]>();
  for (const g of shown) {
    for (const p of g.points) {
      const values = byPeriod.get(p.period);
      if (values) values.push({ group: g.group, value: p.value });
      else byPeriod.set(p.period, [{ group: g.group, value: p.value }]);
    }
  }
  return periods.flatMap((period) => {
    const values = byPeriod.get(period) ?? [];
    if (values.length < 2) return [];
    const high = values.reduce((a, b) => (b.value > a.value ? b : a));
    const low = values.reduce((a, b) => (b.value < a.value ? b : a));
    return [{ period, high, low, gap: high.value - low.value }];
  });
}

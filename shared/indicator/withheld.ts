import { protectSmallGroups, type SuppressionReason } from '../qi/suppression.ts';
import type { Indicator, Measurement } from './overview.ts';

/**
 * Why each stored row is hidden from everyone but the people who keep the data, or null when it
 * may be shown: the one rule (shared/qi/suppression.ts) applied to an indicator's rows. The whole
 * population's rows are always shown. A row that already comes withheld keeps its reason.
 */
export function withheldReasons(ind: Pick<Indicator, 'minGroupSize' | 'dimensions'>, rows: readonly Measurement[]): (SuppressionReason | null)[] {
  const dimensionOf = new Map(ind.dimensions.flatMap((d) => d.groups.map((g) => [g.id, d.id] as const)));
  const groupRows = rows.flatMap((r, i) => (r.groupId === null ? [] : [i]));
  const reasons = protectSmallGroups(
    groupRows.map((i) => {
      const r = rows[i]!;
      return {
        // A group no dimension lists any more is protected on its own.
        dimension: dimensionOf.get(r.groupId!) ?? `group ${r.groupId}`,
        period: r.period,
        size: r.denominator ?? undefined,
        withheld: r.suppressedReason ?? (r.suppressed ? 'small' : null),
      };
    }),
    Math.max(ind.minGroupSize, 1),
  );
  const out: (SuppressionReason | null)[] = rows.map(() => null);
  groupRows.forEach((rowIndex, k) => (out[rowIndex] = reasons[k]!));
  return out;
}

import { protectSmallGroups, type SuppressionReason } from '../qi/suppression.ts';
import type { Words } from '../i18n/words.ts';
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

/**
 * The hidden values as a person reads them: for each reason, each group once, with its
 * consecutive hidden periods as one range ("Low income: Jan 2025 to Apr 2025 and Jun 2025")
 * rather than a list of every value. `periods` is every period shown, in time order.
 */
export function hiddenRanges(
  hidden: readonly { group: string; period: string; reason: SuppressionReason }[],
  periods: readonly string[],
  label: (period: string) => string,
  w: Words,
): { reason: SuppressionReason; text: string }[] {
  const list = new Intl.ListFormat(w.f.locale, { type: 'conjunction' });
  const at = new Map(periods.map((p, i) => [p, i]));
  const reasons = [...new Set(hidden.map((h) => h.reason))].sort((a, b) => (a === 'small' ? -1 : b === 'small' ? 1 : 0));
  return reasons.map((reason) => {
    const groups = [...new Set(hidden.filter((h) => h.reason === reason).map((h) => h.group))];
    const text = groups.map((group) => {
      const idx = hidden.filter((h) => h.reason === reason && h.group === group).map((h) => at.get(h.period) ?? -1).filter((i) => i >= 0).sort((a, b) => a - b);
      const ranges: [number, number][] = [];
      for (const i of idx) {
        const last = ranges.at(-1);
        if (last && last[1] + 1 === i) last[1] = i;
        else if (!last || last[1] !== i) ranges.push([i, i]);
      }
      const said = ranges.map(([a, b]) => (a === b ? label(periods[a]!) : w.t('qi:hidden.range', { from: label(periods[a]!), to: label(periods[b]!) })));
      return w.t('qi:hidden.group', { group, periods: list.format(said) });
    });
    return { reason, text: text.join('; ') };
  });
}

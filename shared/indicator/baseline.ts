import { periodLabel, type Frequency } from '../domain/period.ts';
import type { Unit } from '../schemas/indicator.ts';
import type { Words } from '../i18n/words.ts';
import { formatValue } from './format.ts';

// "Baseline" means one thing in Needle: the starting point a network measures its progress from,
// the indicator's value in the baseline period. When that period is measured, its measurement IS
// the baseline, so a typed number can never disagree with the data; a value given with the
// definition stands only for a start before measuring began. The stretch of points the chart
// works its usual level (the centre line) out from is a different thing and is never called a
// baseline. The indicator page, reports, their PDF and DOCX and the public page all read it here.

type Units = { unit: Unit; ratePer: number | null };
type Defined = { frequency: Frequency; baselinePeriod: string | null; baselineValue: number | null };

export type Baseline = {
  period: string;
  label: string;
  /** null: the period has no measurement (any more) and no value was given for it. */
  value: number | null;
  /** The value is the period's whole-population measurement, not one given with the definition. */
  measured: boolean;
};

/** The baseline from the definition and the whole-population values (any order); null without a baseline period. */
export function baselineOf(ind: Defined, rows: readonly { period: string; value: number }[], w: Words): Baseline | null {
  const period = ind.baselinePeriod;
  if (!period) return null;
  const row = rows.find((r) => r.period === period);
  return { period, label: periodLabel(period, ind.frequency, w), value: row ? row.value : ind.baselineValue, measured: row !== undefined };
}

/** How the baseline reads on the page, in reports and in their exports: '42.5% (Sep 2023)'. */
export function baselineText(ind: Units, b: Baseline | null, w: Words): string {
  if (!b) return w.t('qi:baseline.none');
  if (b.value === null) return w.t('qi:baseline.unmeasured', { period: b.label });
  return `${formatValue(ind, b.value, w)} (${b.label})`;
}

/**
 * What a definition being saved stores as its baseline value, given the baseline period's
 * measurement (null when it has none): nothing when it is measured, since the measurement is the
 * baseline (a typed value that reads the same is accepted, one that differs is refused); the typed
 * value for a period that is not measured, which then needs one.
 */
export function baselineToStore(def: Units & Defined, measured: { label: string; value: number } | null, w: Words): { value: number | null } | { problem: string } {
  if (!def.baselinePeriod) return { value: null };
  if (measured) {
    const shown = formatValue(def, measured.value, w);
    if (def.baselineValue === null || formatValue(def, def.baselineValue, w) === shown) return { value: null };
    return { problem: w.t('qi:baseline.problem.measured', { period: measured.label, value: shown }) };
  }
  if (def.baselineValue === null) return { problem: w.t('qi:baseline.problem.unmeasured') };
  return { value: def.baselineValue };
}

import type { Frequency } from '../domain/period.ts';
import type { Words } from '../i18n/words.ts';
import type { PeriodName, VerdictWords } from '../qi/verdict-words.ts';
import type { Unit } from '../schemas/indicator.ts';

// How the indicator's numbers read, the same on the page, in a report and in its PDF and DOCX, in
// the reader's language.

type Units = { unit: Unit; ratePer: number | null };

// Making an Intl.NumberFormat costs far more than using one, and a page of many series formats thousands.
const numberFormats = new Map<string, Intl.NumberFormat>();

function number(w: Words, v: number, digits: number, style?: 'percent') {
  const key = `${w.f.locale} ${digits} ${style ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(w.f.locale, { maximumFractionDigits: digits, ...(style ? { style } : {}) })));
  return format.format(style ? v / 100 : v);
}

/** How a value reads: '45%', '12.5 per 1,000', '30'. */
export function formatValue(ind: Units, v: number, w: Words): string {
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  if (ind.unit === 'percent') return number(w, v, digits, 'percent');
  const n = number(w, v, digits);
  if (ind.unit === 'rate') return w.t('qi:value.rate', { n, per: w.f.count(ind.ratePer ?? 1) });
  return n;
}

/** A change or distance, with its sign: '+12 percentage points', '−3 per 1,000'. */
export function formatChange(ind: Units, v: number, w: Words): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '';
  const abs = Math.abs(v);
  if (ind.unit === 'percent') return `${sign}${w.t('qi:value.points', { n: number(w, abs, 1) })}`;
  return `${sign}${formatValue(ind, abs, w)}`;
}

/**
 * The privacy note under a dimension's gap: how many values were left out because their group is
 * small, and how many more only so that those cannot be worked out from the total. Null when
 * nothing was left out.
 */
export function withheldNote(e: { suppressedCount: number; protectingCount?: number | undefined }, w: Words): string | null {
  if (e.suppressedCount <= 0) return null;
  const protecting = Math.min(e.protectingCount ?? 0, e.suppressedCount);
  const small = e.suppressedCount - protecting;
  if (protecting === 0) return w.t('qi:withheld.small', { count: small, n: w.f.count(small) });
  return w.t(`qi:withheld.protected.${small === 1 ? 'single' : 'several'}`, { count: protecting, n: w.f.count(protecting), small: w.f.count(small) });
}

const PERIOD_NAMES: Record<Frequency, PeriodName> = { weekly: 'week', monthly: 'month', quarterly: 'quarter', school_year: 'schoolYear', annual: 'year' };

/** How the verdict speaks of the indicator: by its name, its periods and its unit. */
export function indicatorWords(ind: Units & { name?: string | undefined; frequency: Frequency }, w: Words): VerdictWords {
  return { subject: ind.name?.trim() || undefined, period: PERIOD_NAMES[ind.frequency], format: (v) => formatValue(ind, v, w) };
}

/** A gap between groups reads in percentage points for a percent, else in the indicator's unit. */
export const formatGap = (ind: Units, v: number, w: Words) =>
  ind.unit === 'percent' ? w.t('qi:value.points', { n: w.f.count(Math.round(v * 10) / 10) }) : formatValue(ind, v, w);

/** How the equity verdict speaks of the gap between the highest and the lowest group. */
export function gapWords(ind: Units & { frequency: Frequency }, w: Words): VerdictWords {
  return { gap: true, period: PERIOD_NAMES[ind.frequency], format: (v) => formatGap(ind, v, w) };
}

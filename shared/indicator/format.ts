import type { Frequency } from '../domain/period.ts';
import type { VerdictWords } from '../qi/verdict-words.ts';
import type { Unit } from '../schemas/indicator.ts';
import { LOCALE } from '../format/locale.ts';
import { formatCount, plural } from '../format/words.ts';

// How the indicator's numbers read, the same on the page, in a report and in its PDF and DOCX.

type Units = { unit: Unit; ratePer: number | null };

/** How a value reads: '45%', '12.5 per 1,000', '30'. */
export function formatValue(ind: Units, v: number): string {
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  const n = v.toLocaleString(LOCALE, { maximumFractionDigits: digits });
  if (ind.unit === 'percent') return `${n}%`;
  if (ind.unit === 'rate') return `${n} per ${formatCount(ind.ratePer ?? 1)}`;
  return n;
}

/** A change or distance, with its sign: '+12 percentage points', '−3 per 1,000'. */
export function formatChange(ind: Units, v: number): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '';
  const abs = Math.abs(v);
  if (ind.unit === 'percent') return `${sign}${abs.toLocaleString(LOCALE, { maximumFractionDigits: 1 })} percentage points`;
  return `${sign}${formatValue(ind, abs)}`;
}

/**
 * The privacy note under a dimension's gap: how many values were left out because their group is
 * small, and how many more only so that those cannot be worked out from the total. Null when
 * nothing was left out.
 */
export function withheldNote(e: { suppressedCount: number; protectingCount?: number | undefined }): string | null {
  if (e.suppressedCount <= 0) return null;
  const protecting = Math.min(e.protectingCount ?? 0, e.suppressedCount);
  const small = e.suppressedCount - protecting;
  const first = `${plural(small, 'group value was', 'group values were')} left out because the group is too small to show`;
  if (protecting === 0) return `${first}.`;
  return `${first}, and ${plural(protecting, 'more was', 'more were')} hidden so that ${small === 1 ? 'it' : 'they'} cannot be worked out by subtracting the other groups from the total.`;
}

const PERIOD_WORDS: Record<Frequency, VerdictWords['period']> = {
  monthly: { one: 'month', many: 'months' },
  quarterly: { one: 'quarter', many: 'quarters' },
  school_year: { one: 'school year', many: 'school years' },
  annual: { one: 'year', many: 'years' },
};

/** How the verdict speaks of the indicator: by its name, its periods and its unit. */
export function indicatorWords(ind: Units & { name?: string | undefined; frequency: Frequency }): VerdictWords {
  return { subject: ind.name?.trim() || 'The indicator', period: PERIOD_WORDS[ind.frequency], format: (v) => formatValue(ind, v) };
}

/** A gap between groups reads in percentage points for a percent, else in the indicator's unit. */
export const formatGap = (ind: Units, v: number) => (ind.unit === 'percent' ? `${formatCount(Math.round(v * 10) / 10)} percentage points` : formatValue(ind, v));

/** How the equity verdict speaks of the gap between the highest and the lowest group. */
export function gapWords(ind: Units & { frequency: Frequency }): VerdictWords {
  return { subject: 'The gap between the highest and the lowest group', period: PERIOD_WORDS[ind.frequency], format: (v) => formatGap(ind, v), compare: { up: 'wider', down: 'narrower' } };
}

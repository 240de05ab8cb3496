import type { Unit } from '../schemas/indicator.ts';

// How the indicator's numbers read, the same on the page, in a report and in its PDF and DOCX.

type Units = { unit: Unit; ratePer: number | null };

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** How a value reads: '45%', '12.5 per 1,000', '30'. */
export function formatValue(ind: Units, v: number): string {
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  const n = v.toLocaleString('en-US', { maximumFractionDigits: digits });
  if (ind.unit === 'percent') return `${n}%`;
  if (ind.unit === 'rate') return `${n} per ${(ind.ratePer ?? 1).toLocaleString('en-US')}`;
  return n;
}

/** A change or distance, with its sign: '+12 percentage points', '−3 per 1,000'. */
export function formatChange(ind: Units, v: number): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '';
  const abs = Math.abs(v);
  if (ind.unit === 'percent') return `${sign}${abs.toLocaleString('en-US', { maximumFractionDigits: 1 })} percentage points`;
  return `${sign}${formatValue(ind, abs)}`;
}

export const formatCount = (n: number) => whole.format(n);

const counted = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * The privacy note under a dimension's gap: how many values were left out because their group is
 * small, and how many more only so that those cannot be worked out from the total. Null when
 * nothing was left out.
 */
export function withheldNote(e: { suppressedCount: number; protectingCount?: number | undefined }): string | null {
  if (e.suppressedCount <= 0) return null;
  const protecting = Math.min(e.protectingCount ?? 0, e.suppressedCount);
  const small = e.suppressedCount - protecting;
  const first = `${counted(small, 'group value was', 'group values were')} left out because the group is too small to show`;
  if (protecting === 0) return `${first}.`;
  return `${first}, and ${counted(protecting, 'more was', 'more were')} hidden so that ${small === 1 ? 'it' : 'they'} cannot be worked out by subtracting the other groups from the total.`;
}

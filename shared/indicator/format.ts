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

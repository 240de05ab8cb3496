import { periodLabel, periodOf, periodStart, type Frequency } from '../domain/period.ts';
import type { Words } from '../i18n/words.ts';

// One time axis for the small multiples of a network's measures: the same first and last period
// under every chart, so that a month sits at the same place in each and they read top to bottom.

export type FamilyAxis = {
  /** The axis's periods: the measures' own frequency, or when they differ weeks if any is weekly, else months. */
  frequency: Frequency;
  periods: string[];
  labels: string[];
  /** For each measure, where each of its values sits on the axis (an index into `periods`). */
  slots: number[][];
};

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The period after `key`. */
export function nextPeriod(key: string, frequency: Frequency): string {
  const year = Number(key.slice(0, 4));
  if (frequency === 'weekly') return periodOf(addDays(periodStart(key, frequency), 7), frequency);
  if (frequency === 'monthly') {
    const month = Number(key.slice(5, 7));
    return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  }
  if (frequency === 'quarterly') {
    const q = Number(key.slice(6));
    return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  }
  if (frequency === 'school_year') return `${year + 1}-${String((year + 2) % 100).padStart(2, '0')}`;
  return String(year + 1);
}

/**
 * Every period from the earliest value of any measure to the latest, with a gap left where no
 * measure has one. Measures of different frequencies share a monthly axis, each value at the month
 * its period starts (a school year in August, a year in January); with a weekly measure among them
 * the axis is weekly, so that its weeks keep their own places, and a month sits at the week of its
 * first day.
 */
export function familyAxis(measures: readonly { frequency: Frequency; rows: readonly { period: string }[] }[], w: Words): FamilyAxis {
  const frequencies = new Set(measures.map((m) => m.frequency));
  const frequency: Frequency = frequencies.size === 1 ? [...frequencies][0]! : frequencies.has('weekly') ? 'weekly' : 'monthly';
  const onAxis = (period: string, own: Frequency) => (own === frequency ? period : periodOf(periodStart(period, own), frequency));
  const keys = measures.flatMap((m) => m.rows.map((r) => onAxis(r.period, m.frequency))).sort();
  const periods: string[] = [];
  if (keys.length > 0) for (let p = keys[0]!; p <= keys.at(-1)!; p = nextPeriod(p, frequency)) periods.push(p);
  const index = new Map(periods.map((p, i) => [p, i]));
  return {
    frequency,
    periods,
    labels: periods.map((p) => periodLabel(p, frequency, w)),
    slots: measures.map((m) => m.rows.map((r) => index.get(onAxis(r.period, m.frequency))!)),
  };
}

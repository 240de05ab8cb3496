import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { familyAxis, nextPeriod } from '../../shared/indicator/family-axis.ts';

const en = wordsFor('en');
const rows = (...periods: string[]) => periods.map((period) => ({ period }));

describe('the family view’s one time axis', () => {
  it('steps to the next period of each frequency, across the turn of a year', () => {
    expect(nextPeriod('2025-12', 'monthly')).toBe('2026-01');
    expect(nextPeriod('2025-03', 'monthly')).toBe('2025-04');
    expect(nextPeriod('2025-Q4', 'quarterly')).toBe('2026-Q1');
    expect(nextPeriod('2099-00', 'school_year')).toBe('2100-01');
    expect(nextPeriod('1999-00', 'school_year')).toBe('2000-01');
    expect(nextPeriod('2025', 'annual')).toBe('2026');
  });

  it('steps from week to week across New Year, through a 53rd week only where the year has one', () => {
    expect(nextPeriod('2025-W09', 'weekly')).toBe('2025-W10');
    expect(nextPeriod('2025-W52', 'weekly')).toBe('2026-W01');
    expect(nextPeriod('2026-W52', 'weekly')).toBe('2026-W53');
    expect(nextPeriod('2026-W53', 'weekly')).toBe('2027-W01');
    expect(nextPeriod('2020-W53', 'weekly')).toBe('2021-W01');
  });

  it('puts weekly measures on weeks, and a monthly one among them at the week of each month’s first day', () => {
    const weekly = familyAxis([{ frequency: 'weekly', rows: rows('2024-W52', '2025-W02') }], en);
    expect(weekly.periods).toEqual(['2024-W52', '2025-W01', '2025-W02']);
    expect(weekly.labels[1]).toBe('Week of Dec 30, 2024');
    expect(weekly.slots).toEqual([[0, 2]]);

    const mixed = familyAxis(
      [
        { frequency: 'monthly', rows: rows('2025-02', '2025-03') },
        { frequency: 'weekly', rows: rows('2025-W06', '2025-W07', '2025-W08', '2025-W09', '2025-W10') },
      ],
      en,
    );
    expect(mixed.frequency).toBe('weekly');
    // 1 February 2025 is a Saturday, in week 5; 1 March, also a Saturday, in week 9.
    expect(mixed.periods).toEqual(['2025-W05', '2025-W06', '2025-W07', '2025-W08', '2025-W09', '2025-W10']);
    expect(mixed.slots).toEqual([
      [0, 4],
      [1, 2, 3, 4, 5],
    ]);
  });

  it('runs from the earliest value of any measure to the latest, so the same month sits at the same place in each chart', () => {
    const axis = familyAxis(
      [
        { frequency: 'monthly', rows: rows('2025-03', '2025-04', '2025-06') },
        { frequency: 'monthly', rows: rows('2025-01', '2025-02', '2025-04') },
      ],
      en,
    );
    expect(axis.frequency).toBe('monthly');
    expect(axis.periods).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(axis.labels[0]).toBe('Jan 2025');
    // A month without a value keeps its place: June is the sixth period, not the third value.
    expect(axis.slots).toEqual([
      [2, 3, 5],
      [0, 1, 3],
    ]);
  });

  it('puts measures of different frequencies on months, each value at the month its period starts', () => {
    const axis = familyAxis(
      [
        { frequency: 'school_year', rows: rows('2024-25') },
        { frequency: 'quarterly', rows: rows('2024-Q4', '2025-Q1') },
      ],
      en,
    );
    expect(axis.frequency).toBe('monthly');
    expect(axis.periods[0]).toBe('2024-08');
    expect(axis.periods.at(-1)).toBe('2025-01');
    expect(axis.slots).toEqual([[0], [2, 5]]);
  });

  it('is empty when no measure has a value yet', () => {
    expect(familyAxis([{ frequency: 'annual', rows: [] }], en)).toEqual({ frequency: 'annual', periods: [], labels: [], slots: [[]] });
  });
});

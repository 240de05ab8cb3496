import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { isPeriod, parsePeriod, periodLabel, periodOf, periodStart } from '../../shared/domain/period.ts';

const en = wordsFor('en');
const es = wordsFor('es');

describe('indicator periods', () => {
  it('reads what people type into one key per period', () => {
    expect(parsePeriod('2025-3', 'monthly')).toBe('2025-03');
    expect(parsePeriod('2025-13', 'monthly')).toBeNull();
    expect(parsePeriod('2025 q1', 'quarterly')).toBe('2025-Q1');
    expect(parsePeriod('2025Q4', 'quarterly')).toBe('2025-Q4');
    expect(parsePeriod('2024-2025', 'school_year')).toBe('2024-25');
    expect(parsePeriod('2024/25', 'school_year')).toBe('2024-25');
    expect(parsePeriod('2024-26', 'school_year')).toBeNull();
    expect(parsePeriod('1999-00', 'school_year')).toBe('1999-00');
    expect(parsePeriod('2025', 'annual')).toBe('2025');
    expect(parsePeriod('March 2025', 'monthly')).toBeNull();
    expect(isPeriod('2025-03', 'monthly')).toBe(true);
    expect(isPeriod('2025-3', 'monthly')).toBe(false);
  });

  it('labels and places periods in time; keys sort in time order', () => {
    expect(periodLabel('2025-03', 'monthly', en)).toBe('Mar 2025');
    expect(periodLabel('2025-Q1', 'quarterly', en)).toBe('Q1 2025');
    expect(periodLabel('2024-25', 'school_year', en)).toBe('2024–25');
    expect(periodLabel('2025-03', 'monthly', es)).toBe('mar 2025');
    expect(periodLabel('2025-Q1', 'quarterly', es)).toBe('T1 2025');
    expect(periodStart('2025-Q3', 'quarterly')).toBe('2025-07-01');
    expect(periodStart('2024-25', 'school_year')).toBe('2024-08-01');
    expect(periodOf('2026-11-23', 'school_year')).toBe('2026-27');
    expect(periodOf('2026-03-01', 'school_year')).toBe('2025-26');
    expect(periodOf('2026-11-23', 'quarterly')).toBe('2026-Q4');
    expect(['2025-10', '2025-02', '2024-12'].sort()).toEqual(['2024-12', '2025-02', '2025-10']);
  });
});

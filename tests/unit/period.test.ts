import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { isoWeeksIn } from '../../shared/domain/iso-week.ts';
import { byTimeKey, FREQUENCIES, isPeriod, parsePeriod, PERIOD_EXAMPLES, periodLabel, periodOf, periodStart } from '../../shared/domain/period.ts';

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

  describe('weekly: ISO 8601 weeks', () => {
    it.each([
      ['2025-W09', '2025-W09'],
      ['2025-W9', '2025-W09'],
      ['2025 w09', '2025-W09'],
      ['2025W09', '2025-W09'],
      ['  2025-w52 ', '2025-W52'],
      ['2026-W53', '2026-W53'],
      ['2020-W53', '2020-W53'],
      ['2025-W53', null],
      ['2024-W53', null],
      ['2025-W00', null],
      ['2025-W54', null],
      ['2025-W', null],
      ['2025-09', null],
      ['25-W09', null],
      ['2025-W09-1', null],
      ['', null],
    ])('reads %j as %j', (typed, key) => {
      expect(parsePeriod(typed, 'weekly')).toBe(key);
    });

    it('knows which years have a 53rd week', () => {
      expect([2015, 2020, 2026, 2032].map(isoWeeksIn)).toEqual([53, 53, 53, 53]);
      expect([2019, 2021, 2024, 2025, 2100].map(isoWeeksIn)).toEqual([52, 52, 52, 52, 52]);
    });

    it('accepts only the written key, in the years that have the week', () => {
      expect(isPeriod('2025-W09', 'weekly')).toBe(true);
      expect(isPeriod('2025-W9', 'weekly')).toBe(false);
      expect(isPeriod('2025W09', 'weekly')).toBe(false);
      expect(isPeriod('2026-W53', 'weekly')).toBe(true);
      expect(isPeriod('2025-W53', 'weekly')).toBe(false);
      expect(isPeriod(PERIOD_EXAMPLES.weekly, 'weekly')).toBe(true);
    });

    it('starts a week on its Monday, which around New Year can be in the year before', () => {
      expect(periodStart('2025-W10', 'weekly')).toBe('2025-03-03');
      expect(periodStart('2025-W01', 'weekly')).toBe('2024-12-30');
      expect(periodStart('2026-W01', 'weekly')).toBe('2025-12-29');
      expect(periodStart('2020-W53', 'weekly')).toBe('2020-12-28');
      expect(periodStart('2026-W53', 'weekly')).toBe('2026-12-28');
      expect(periodStart('2021-W01', 'weekly')).toBe('2021-01-04');
    });

    it('finds the week a day falls in by the year its Thursday is in', () => {
      expect(periodOf('2024-12-30', 'weekly')).toBe('2025-W01');
      expect(periodOf('2021-01-03', 'weekly')).toBe('2020-W53');
      expect(periodOf('2021-01-04', 'weekly')).toBe('2021-W01');
      expect(periodOf('2026-12-31', 'weekly')).toBe('2026-W53');
      expect(periodOf('2027-01-03', 'weekly')).toBe('2026-W53');
      expect(periodOf('2025-03-03', 'weekly')).toBe('2025-W10');
      expect(periodOf('2025-03-09', 'weekly')).toBe('2025-W10');
      expect(periodOf('2025-03-10', 'weekly')).toBe('2025-W11');
      expect(periodOf('2024-02-29', 'weekly')).toBe('2024-W09');
    });

    it('goes from a day to its week and back to that week’s Monday, every day for three years', () => {
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10);
        const monday = periodStart(periodOf(day, 'weekly'), 'weekly');
        const back = (t - Date.parse(`${monday}T00:00:00Z`)) / 86_400_000;
        expect(back, day).toBe((new Date(t).getUTCDay() + 6) % 7);
        expect(isPeriod(periodOf(day, 'weekly'), 'weekly'), day).toBe(true);
      }
    });

    it('names a week by its Monday, in English and in Spanish', () => {
      expect(periodLabel('2025-W10', 'weekly', en)).toBe('Week of Mar 3, 2025');
      expect(periodLabel('2025-W10', 'weekly', es)).toBe('semana del 3 mar 2025');
      expect(periodLabel('2025-W01', 'weekly', en)).toBe('Week of Dec 30, 2024');
    });

    it('sorts its keys in time order, across years', () => {
      expect(['2025-W10', '2024-W52', '2025-W02', '2025-W01', '2020-W53'].sort()).toEqual(['2020-W53', '2024-W52', '2025-W01', '2025-W02', '2025-W10']);
    });

    it('comes first among the frequencies, the shortest', () => {
      expect(FREQUENCIES[0]).toBe('weekly');
    });
  });
});

describe('byTimeKey', () => {
  it('puts calendar days and periods of one frequency in time order', () => {
    expect(['2026-12-01', '2025-01-31', '2026-02-10', '2026-02-09'].sort(byTimeKey)).toEqual(['2025-01-31', '2026-02-09', '2026-02-10', '2026-12-01']);
    expect(['2025-Q4', '2024-Q1', '2025-Q1'].sort(byTimeKey)).toEqual(['2024-Q1', '2025-Q1', '2025-Q4']);
    expect(['2025-W10', '2025-W09', '2024-W52'].sort(byTimeKey)).toEqual(['2024-W52', '2025-W09', '2025-W10']);
    expect(byTimeKey('2026-01-01', '2026-01-01')).toBe(0);
  });
});

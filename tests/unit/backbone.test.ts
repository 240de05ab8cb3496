import { describe, expect, it } from 'vitest';
import { attendanceOf, attendanceTrend } from '../../shared/domain/attendance.ts';
import { daysSince, quarterOf } from '../../shared/domain/backbone.ts';
import { hasNextCycle, lastInRamps } from '../../shared/domain/cycle.ts';

describe('attendanceTrend: the latest three meetings against the three before', () => {
  it('reads rising, falling and steady from the averages, newest first', () => {
    expect(attendanceTrend([12, 10, 11, 6, 7, 8])).toEqual({ recent: 11, before: 7, trend: 'rising' });
    expect(attendanceTrend([4, 5, 6, 9, 9, 9])).toEqual({ recent: 5, before: 9, trend: 'falling' });
    // Under a tenth of the earlier average (or under one person) is steady.
    expect(attendanceTrend([21, 20, 22, 20, 20, 20]).trend).toBe('steady');
    expect(attendanceTrend([3, 3, 3.5, 3, 3, 3]).trend).toBe('steady');
    expect(attendanceTrend([24, 22, 23, 20, 20, 20]).trend).toBe('rising');
  });

  it('compares what there is, and says nothing without a meeting before the latest ones', () => {
    expect(attendanceTrend([9, 6, 3, 2])).toEqual({ recent: 6, before: 2, trend: 'rising' });
    expect(attendanceTrend([5, 7])).toEqual({ recent: 6, before: null, trend: null });
    expect(attendanceTrend([])).toEqual({ recent: null, before: null, trend: null });
    // Only six meetings count: the seventh back is history.
    expect(attendanceTrend([5, 5, 5, 5, 5, 5, 100]).trend).toBe('steady');
  });

  it('counts members present and guests', () => {
    expect(attendanceOf({ attendees: 4, guestCount: 3, namedGuests: 0 })).toBe(7);
    // Guests named at the door count once each, beside those only counted.
    expect(attendanceOf({ attendees: 4, guestCount: 3, namedGuests: 2 })).toBe(9);
    expect(attendanceOf({ attendees: 0, guestCount: 0, namedGuests: 1 })).toBe(1);
  });
});

describe('quarterOf and daysSince', () => {
  it('gives the calendar quarter around a day, leap years included', () => {
    expect(quarterOf('2026-12-06')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2028-01-01')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterOf('2026-06-30')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterOf('2026-08-15')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('counts whole days, never below zero', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    expect(daysSince(new Date('2026-12-06T01:00:00Z'), now)).toBe(0);
    expect(daysSince(new Date('2026-12-05T11:00:00Z'), now)).toBe(1);
    expect(daysSince(new Date('2026-12-06T12:05:00Z'), now)).toBe(0);
  });
});

describe('a cycle carried on', () => {
  it('has a later cycle in its ramp', () => {
    const cycles = [
      { rampId: 1, rampNumber: 1 },
      { rampId: 1, rampNumber: 2 },
      { rampId: null, rampNumber: null },
    ];
    const last = lastInRamps(cycles);
    expect(cycles.map((c) => hasNextCycle(c, last))).toEqual([true, false, false]);
  });
});

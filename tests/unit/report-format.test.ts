import { describe, expect, it } from 'vitest';
import { formatPeriod, formatReportDay } from '../../client/components/report/format.ts';

describe('report dates', () => {
  it('writes a period with its year once when both ends share it', () => {
    expect(formatPeriod({ from: '2026-09-01', to: '2026-11-30' })).toBe('September 1 – November 30, 2026');
  });
  it('writes both years when the period spans two', () => {
    expect(formatPeriod({ from: '2025-12-01', to: '2026-02-28' })).toBe('December 1, 2025 – February 28, 2026');
  });
  it('writes a one-day period as that day', () => {
    expect(formatPeriod({ from: '2026-03-05', to: '2026-03-05' })).toBe('March 5, 2026');
  });
  it('reads a calendar day as written, whatever the time zone', () => {
    expect(formatReportDay('2026-01-01')).toBe('January 1, 2026');
  });
});

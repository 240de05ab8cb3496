import { describe, expect, it } from 'vitest';
import { overlappingReports } from '../../shared/report/overlap.ts';

const reports = [
  { id: 1, title: 'Spring board update', from: '2026-03-01', to: '2026-05-31' },
  { id: 2, title: 'Summer update', from: '2026-06-01', to: '2026-08-31' },
];

describe('report periods that overlap', () => {
  it('names every report whose period shares at least one day with the new one', () => {
    expect(overlappingReports({ from: '2026-05-15', to: '2026-06-15' }, reports).map((r) => r.title)).toEqual(['Spring board update', 'Summer update']);
  });
  it('counts a shared first or last day as an overlap', () => {
    expect(overlappingReports({ from: '2026-05-31', to: '2026-05-31' }, reports).map((r) => r.id)).toEqual([1]);
    expect(overlappingReports({ from: '2026-01-01', to: '2026-03-01' }, reports).map((r) => r.id)).toEqual([1]);
  });
  it('finds none for a period that starts the day after another ends', () => {
    expect(overlappingReports({ from: '2026-09-01', to: '2026-11-30' }, reports)).toEqual([]);
  });
  it('leaves out the report being edited', () => {
    expect(overlappingReports({ from: '2026-04-01', to: '2026-04-30' }, reports, 1)).toEqual([]);
  });
  it('says nothing while a date is missing or the period runs backwards', () => {
    expect(overlappingReports({ from: '', to: '2026-04-30' }, reports)).toEqual([]);
    expect(overlappingReports({ from: '2026-07-01', to: '2026-04-30' }, reports)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { measurementProblems, measurementValue, readImport, type IndicatorShape } from '../../shared/domain/measurement.ts';

const shape: IndicatorShape = {
  frequency: 'quarterly',
  isProportion: false,
  unit: 'percent',
  ratePer: null,
  groups: [
    { id: 1, name: 'Low income', dimension: 'Income' },
    { id: 2, name: 'Other', dimension: 'Income' },
    { id: 3, name: 'Other', dimension: 'Language' },
  ],
};
const csv = (...lines: string[]) => lines.map((l) => l.split(','));

describe('measurement values', () => {
  it('computes a proportion as a percent or a rate per N, and takes other values as entered', () => {
    expect(measurementValue({ isProportion: true, unit: 'percent', ratePer: null }, { value: null, numerator: 45, denominator: 90 })).toBe(50);
    expect(measurementValue({ isProportion: true, unit: 'rate', ratePer: 1000 }, { value: null, numerator: 3, denominator: 600 })).toBe(5);
    expect(measurementValue({ isProportion: false, unit: 'score', ratePer: null }, { value: 7.5, numerator: null, denominator: null })).toBe(7.5);
  });

  it('names what a grid row lacks', () => {
    expect(measurementProblems(shape, { period: '2025-Q5', groupId: 9, value: null, numerator: null, denominator: null, note: '' }).map((p) => p.field)).toEqual(['period', 'groupId', 'value']);
  });
});

describe('reading a CSV file', () => {
  it('reads periods as people write them, numbers with thousands separators, a percent sign, and groups by name', () => {
    const records = [...csv('Period,Group,Value,Note', '2025 q1,,45%,'), ['2025-Q2', 'Low income', '1,234.5', ''], ...csv('2025-Q2,Language: Other,3,')];
    const { rows, problems } = readImport(records, shape);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.period, r.groupId, r.value])).toEqual([
      [2, '2025-Q1', null, 45],
      [3, '2025-Q2', 1, 1234.5],
      [4, '2025-Q2', 3, 3],
    ]);
  });

  it('asks for the dimension when a group name is ambiguous', () => {
    expect(readImport(csv('period,group,value', '2025-Q1,Other,3'), shape).problems).toEqual([
      { line: 2, column: 'group', message: '“Other” is a group in more than one dimension: write it as “Dimension: Group”.' },
    ]);
  });

  it('refuses empty values and a column that appears twice', () => {
    expect(readImport(csv('period,value', '2025-Q1,'), shape).problems).toEqual([{ line: 2, column: 'value', message: 'The value is empty.' }]);
    expect(readImport(csv('period,value,value', '2025-Q1,1,2'), shape).problems[0]!.message).toBe('The column “value” appears twice.');
  });
});

import { describe, expect, it } from 'vitest';
import { csvText } from '../../client/lib/download.ts';
import { sortRows, type Cell, type Column } from '../../client/features/partnership/dashboard-cells.ts';

describe('csvText', () => {
  it('quotes what needs quoting and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvText([['Network', 'Stage'], ['Reading, grades 1–3', 'Active'], ['He said "hi"', '=SUM(A1)']])).toBe(
      'Network,Stage\r\n"Reading, grades 1–3",Active\r\n"He said ""hi""",\'=SUM(A1)\r\n',
    );
  });
});

describe('sortRows', () => {
  const row = (name: string, days: number | null) => ({ name, cells: { activity: { text: '', sort: days } } as Record<Column, Cell> });
  const rows = [row('a', 3), row('b', null), row('c', 0), row('d', 3)];
  it('sorts either way, keeps ties in their order, and puts rows with nothing to sort by last', () => {
    expect(sortRows(rows, { column: 'activity', direction: 'ascending' }).map((r) => r.name)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRows(rows, { column: 'activity', direction: 'descending' }).map((r) => r.name)).toEqual(['a', 'd', 'c', 'b']);
  });
});

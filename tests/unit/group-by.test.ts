import { describe, expect, it } from 'vitest';
import { groupBy } from '../../shared/group-by.ts';

describe('groupBy', () => {
  it('keeps each key’s rows in the order given, keys in order of first sight', () => {
    const rows = [{ n: 2, v: 'a' }, { n: 1, v: 'b' }, { n: 2, v: 'c' }, { n: null, v: 'd' }];
    const grouped = groupBy(rows, (r) => r.n);
    expect([...grouped.keys()]).toEqual([2, 1, null]);
    expect(grouped.get(2)!.map((r) => r.v)).toEqual(['a', 'c']);
    expect(grouped.get(null)!.map((r) => r.v)).toEqual(['d']);
    expect(groupBy([], (r) => r).size).toBe(0);
  });
});

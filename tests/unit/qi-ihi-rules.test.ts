import { describe, expect, it } from 'vitest';
import { astronomical, ihiRules, quantile, shifts, trends } from '../../shared/qi/ihi-rules.ts';

describe('IHI run chart rules', () => {
  it('a shift is 6 or more points on one side of the median; points on it are skipped', () => {
    expect(shifts([1, 6, 7, 5, 8, 9, 6, 7, 2], 5)).toEqual([{ rule: 'shift', start: 1, end: 7, direction: 'up' }]);
    expect(shifts([6, 7, 8, 9, 6, 2, 3], 5)).toEqual([]);
    expect(shifts([4, 3, 2, 1, 0, 3], 5)).toEqual([{ rule: 'shift', start: 0, end: 5, direction: 'down' }]);
  });

  it('a trend is 5 or more points each going the same way; repeats neither add nor break it', () => {
    expect(trends([1, 2, 3, 4, 5])).toEqual([{ rule: 'trend', start: 0, end: 4, direction: 'up' }]);
    expect(trends([1, 2, 2, 3, 4])).toEqual([]);
    expect(trends([1, 2, 2, 3, 4, 5])).toEqual([{ rule: 'trend', start: 0, end: 5, direction: 'up' }]);
    expect(trends([9, 8, 7, 6, 5, 7])).toEqual([{ rule: 'trend', start: 0, end: 4, direction: 'down' }]);
    expect(trends([1, 3, 2, 4, 3, 5])).toEqual([]);
  });

  it('an astronomical point lies more than 3 interquartile ranges beyond the quartiles; a steady trend has none', () => {
    expect(astronomical([10, 11, 10, 12, 11, 10, 11, 40, 10, 11, 12, 10, 11, 10])).toEqual([{ rule: 'astronomical', start: 7, end: 7, direction: 'up' }]);
    expect(astronomical([30, 31, 29, 30, 2, 31, 30])).toEqual([{ rule: 'astronomical', start: 4, end: 4, direction: 'down' }]);
    expect(astronomical([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([]);
    expect(astronomical([5, 5, 40])).toEqual([]);
  });

  it('quartiles as R computes them (type 7)', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((q) => quantile([1, 2, 3, 4, 5, 6, 7, 8], q))).toEqual([1, 2.75, 4.5, 6.25, 8]);
  });

  it('lists every signal in time order', () => {
    const ys = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(ihiRules(ys, 4.5).map((s) => s.rule)).toEqual(['trend']);
    expect(ihiRules([...ys, 9, 10, 11], 4.5).map((s) => [s.rule, s.start, s.end])).toEqual([
      ['trend', 0, 10],
      ['shift', 4, 10],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { ON_TRACK_MIN_POINTS, onTrack, theilSen } from '../../shared/qi/on-track.ts';
import { progressToTarget } from '../../shared/qi/progress.ts';

const monthly = (values: number[], from = 2024) =>
  values.map((value, i) => ({ date: `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, value }));

describe('the Theil–Sen slope', () => {
  it('is the median of the pairwise slopes, and one wild point does not move it', () => {
    const line = theilSen([0, 1, 2, 3, 4, 5, 6, 7].map((x) => ({ x, y: 2 * x + 1 })))!;
    expect(line).toMatchObject({ slope: 2, low: 2, high: 2 });
    expect(line.levelAt(7)).toBe(15);
    const wild = theilSen([0, 1, 2, 3, 4, 5, 6, 7].map((x) => ({ x, y: x === 7 ? -50 : 2 * x + 1 })))!;
    expect(wild.slope).toBe(2);
    expect(wild.levelAt(7)).toBe(15);
  });

  it('gives a wider interval to noisier points', () => {
    const noisy = theilSen([40, 45, 39, 47, 41, 48, 42, 49].map((y, x) => ({ x, y })))!;
    expect(noisy.low).toBeLessThan(noisy.slope);
    expect(noisy.high).toBeGreaterThan(noisy.slope);
  });
});

describe('on track, not on track, too early to tell', () => {
  const target = (value: number, date: string) => ({ value, date });

  it('is too early to tell with fewer than the points it needs', () => {
    const few = monthly([40, 42, 44, 46, 48].slice(0, ON_TRACK_MIN_POINTS - 1));
    expect(onTrack({ points: few, target: target(60, '2026-06-01'), polarity: 'higher_is_better' }).status).toBe('too_early');
  });

  it('is on track when even the slow end of the likely rate gets there', () => {
    const rising = monthly([40, 41.2, 41.8, 43.1, 44, 44.9, 46.2, 47, 47.8, 49.1, 50, 51]);
    expect(onTrack({ points: rising, target: target(60, '2026-06-01'), polarity: 'higher_is_better' }).status).toBe('on_track');
    expect(onTrack({ points: rising, target: target(90, '2025-06-01'), polarity: 'higher_is_better' }).status).toBe('not_on_track');
  });

  it('says too early to tell when the likely rates disagree', () => {
    const noisy = monthly([40, 46, 38, 47, 41, 44, 39, 48, 42, 45, 40, 47]);
    expect(onTrack({ points: noisy, target: target(48, '2025-12-01'), polarity: 'higher_is_better' }).status).toBe('too_early');
  });

  it('understands that lower can be better', () => {
    const falling = monthly([20, 19.4, 18.9, 18.1, 17.6, 17, 16.3, 15.9, 15.1, 14.4, 14, 13.2]);
    expect(onTrack({ points: falling, target: target(10, '2025-06-01'), polarity: 'lower_is_better' }).status).toBe('on_track');
    expect(onTrack({ points: falling, target: target(10, '2025-06-01'), polarity: 'higher_is_better' }).status).toBe('not_on_track');
  });

  it('is judged on the date: a target date passed is met or missed', () => {
    const flat = monthly([50, 51, 50, 49, 50, 51, 50, 50]);
    expect(onTrack({ points: flat, target: target(45, '2024-03-01'), polarity: 'higher_is_better' }).status).toBe('on_track');
    expect(onTrack({ points: flat, target: target(55, '2024-03-01'), polarity: 'higher_is_better' }).status).toBe('not_on_track');
  });
});

describe('one noisy month', () => {
  // A steady climb toward 55 % by January 2026, then one month that dips.
  const climb = [40, 41, 41.5, 42.5, 43, 44, 44.5, 45.5, 46, 47, 47.5, 48.5, 49, 50];
  const progress = (values: number[]) =>
    progressToTarget({ points: monthly(values), baseline: { value: 40 }, target: { value: 55, date: '2026-01-01' }, polarity: 'higher_is_better' });

  it('does not flip the answer', () => {
    const before = progress(climb);
    const after = progress([...climb, 45]);
    expect(before.onTrack).toBe(true);
    expect(after.onTrack).toBe(before.onTrack);
    expect(after.onTrackDetail?.status).toBe(before.onTrackDetail?.status);
  });
});

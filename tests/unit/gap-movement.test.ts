import { describe, expect, it } from 'vitest';
import { equityGaps, type GroupSeries } from '../../shared/qi/equity.ts';
import { gapMovement, narrowedWell, stretches } from '../../shared/qi/gap-movement.ts';
import type { Polarity } from '../../shared/qi/verdict.ts';

// Why a gap narrowed: the group furthest behind rose, the group doing best fell, or both moved,
// in the indicator's own terms (up is better for readiness, down for the share disconnected).

const P = (i: number) => `2025-${String(i + 1).padStart(2, '0')}`;
const series = (group: string, values: (number | null)[]): GroupSeries => ({
  group,
  points: values.flatMap((value, i) => (value === null ? [] : [{ period: P(i), value }])),
});
// Six periods at one level, then six at another, each with the same small wobble (±1).
const WOBBLE = [0, 1, -1, 0, 1, -1];
const step = (from: number, to: number) => [...WOBBLE.map((d) => from + d), ...WOBBLE.map((d) => to + d)];

function read(groups: Record<string, (number | null)[]>, polarity: Polarity, split: number | null = 6) {
  const shown = Object.entries(groups).map(([g, v]) => series(g, v));
  const periods = [...new Set(shown.flatMap((s) => s.points.map((p) => p.period)))].sort();
  return gapMovement({ shown, gaps: equityGaps(shown, periods), polarity, split });
}

describe('why a gap narrowed, when higher is better', () => {
  it('(a) the lower group rose and the higher held: the group furthest behind caught up', () => {
    const m = read({ Latino: step(38, 47), White: step(61, 61) }, 'higher_is_better')!;
    expect(m.reading).toBe('behind_caught_up');
    expect(m.behind).toMatchObject({ group: 'Latino', before: 38, after: 47, move: 'better' });
    expect(m.best).toMatchObject({ group: 'White', before: 61, after: 61, move: 'flat' });
    expect(m.gap).toEqual({ before: 23, after: 14 });
    expect(m.before).toEqual({ start: 0, end: 5 });
    expect(m.after).toEqual({ start: 6, end: 11 });
    expect(narrowedWell(m)).toBe(true);
  });

  it('(b) the higher group fell and the lower held: the best slipped, never an improvement', () => {
    const m = read({ Latino: step(38, 38), White: step(61, 52) }, 'higher_is_better')!;
    expect(m.reading).toBe('best_slipped');
    expect(m.best).toMatchObject({ group: 'White', move: 'worse', before: 61, after: 52 });
    expect(m.behind.move).toBe('flat');
    expect(narrowedWell(m)).toBe(false);
  });

  it('(c) both moved: both better, both worse, or one each way', () => {
    expect(read({ Latino: step(38, 50), White: step(61, 64) }, 'higher_is_better')!.reading).toBe('both_better');
    const worse = read({ Latino: step(38, 35), White: step(61, 50) }, 'higher_is_better')!;
    expect(worse.reading).toBe('both_worse');
    expect(narrowedWell(worse)).toBe(false);
    const mixed = read({ Latino: step(38, 44), White: step(61, 55) }, 'higher_is_better')!;
    expect(mixed.reading).toBe('mixed');
    expect([mixed.behind.move, mixed.best.move]).toEqual(['better', 'worse']);
    expect(narrowedWell(mixed)).toBe(false);
  });

  it('(d) nothing narrowed: everyone rose alike, the gap widened, or nothing moved', () => {
    const alike = read({ Latino: step(38, 45), White: step(61, 68) }, 'higher_is_better')!;
    expect(alike.reading).toBe('not_narrowing');
    expect([alike.behind.move, alike.best.move]).toEqual(['better', 'better']);
    expect(narrowedWell(alike)).toBe(false);
    expect(read({ Latino: step(38, 30), White: step(61, 61) }, 'higher_is_better')!.reading).toBe('not_narrowing');
    expect(read({ Latino: step(38, 38), White: step(61, 61) }, 'higher_is_better')!.reading).toBe('not_narrowing');
  });
});

describe('why a gap narrowed, when lower is better (share of young people disconnected)', () => {
  it('(a) the group furthest behind is the highest, and it fell: it caught up', () => {
    const m = read({ Black: step(30, 22), White: step(12, 12) }, 'lower_is_better')!;
    expect(m.reading).toBe('behind_caught_up');
    expect(m.behind).toMatchObject({ group: 'Black', move: 'better' });
    expect(m.best).toMatchObject({ group: 'White', move: 'flat' });
  });

  it('(b) the group doing best is the lowest, and it rose: the best slipped', () => {
    const m = read({ Black: step(30, 30), White: step(12, 19) }, 'lower_is_better')!;
    expect(m.reading).toBe('best_slipped');
    expect(m.best).toMatchObject({ group: 'White', move: 'worse' });
    expect(narrowedWell(m)).toBe(false);
  });

  it('(c) both moved', () => {
    expect(read({ Black: step(30, 20), White: step(12, 9) }, 'lower_is_better')!.reading).toBe('both_better');
    expect(read({ Black: step(30, 32), White: step(12, 20) }, 'lower_is_better')!.reading).toBe('both_worse');
    expect(read({ Black: step(30, 25), White: step(12, 16) }, 'lower_is_better')!.reading).toBe('mixed');
  });

  it('(d) nothing narrowed', () => {
    expect(read({ Black: step(30, 26), White: step(12, 8) }, 'lower_is_better')!.reading).toBe('not_narrowing');
    expect(read({ Black: step(30, 34), White: step(12, 12) }, 'lower_is_better')!.reading).toBe('not_narrowing');
  });
});

describe('groups that swap places', () => {
  it('follows the groups it started with: the leader falling behind reads as having got worse', () => {
    // Asian led at 60 and fell to 50; Latino leapt from 40 to 62. The gap went from 20 to 12.
    const m = read({ Latino: step(40, 62), Asian: step(60, 50) }, 'higher_is_better')!;
    expect(m.behind).toMatchObject({ group: 'Latino', move: 'better' });
    expect(m.best).toMatchObject({ group: 'Asian', move: 'worse' });
    expect(m.reading).toBe('mixed');
    expect(narrowedWell(m)).toBe(false);
  });

  it('the same when lower is better', () => {
    const m = read({ Black: step(30, 14), White: step(10, 22) }, 'lower_is_better')!;
    expect(m.behind).toMatchObject({ group: 'Black', move: 'better' });
    expect(m.best).toMatchObject({ group: 'White', move: 'worse' });
    expect(m.reading).toBe('mixed');
  });

  it('a swap where only the one behind moved is still it catching up', () => {
    // Three groups: Latino passes Black, so Black is now the lowest, but it did not move.
    const m = read({ Latino: step(38, 52), Black: step(45, 45), White: step(61, 61) }, 'higher_is_better')!;
    expect(m.behind.group).toBe('Latino');
    expect(m.best.group).toBe('White');
    expect(m.reading).toBe('behind_caught_up');
  });
});

describe('what counts as moving', () => {
  it('a change smaller than the group’s own usual wobble is holding steady', () => {
    // White goes up and down by 4 from one period to the next; a 2-point drop in its median is that wobble.
    const noisy = [59, 63, 59, 63, 59, 63];
    const m = read({ Latino: step(38, 47), White: [...noisy, ...noisy.map((v) => v - 2)] }, 'higher_is_better')!;
    expect(m.best.tolerance).toBe(4);
    expect(m.best.move).toBe('flat');
    expect(m.reading).toBe('behind_caught_up');
    // The same 2-point drop in a group that wobbles by 1 is a real fall.
    expect(read({ Latino: step(38, 47), White: step(61, 59) }, 'higher_is_better')!.best.move).toBe('worse');
  });

  it('medians, so one unusual period does not decide', () => {
    const oneOff = step(61, 61);
    oneOff[11] = 40;
    const m = read({ Latino: step(38, 47), White: oneOff }, 'higher_is_better')!;
    expect(m.best).toMatchObject({ after: 61, move: 'flat' });
    expect(m.reading).toBe('behind_caught_up');
  });

  it('the step being judged does not count as wobble', () => {
    // Moves are measured inside each stretch: the jump from the sixth to the seventh period is the change itself.
    const m = read({ Latino: step(38, 47), White: step(61, 61) }, 'higher_is_better')!;
    expect(m.behind.tolerance).toBe(1);
  });
});

describe('which periods are compared', () => {
  it('before and since the narrowing the verdict found, or else the first half and the latest', () => {
    expect(stretches(12, 8)).toEqual({ before: { start: 0, end: 7 }, after: { start: 8, end: 11 } });
    expect(stretches(12, null)).toEqual({ before: { start: 0, end: 5 }, after: { start: 6, end: 11 } });
    expect(stretches(5, null)).toEqual({ before: { start: 0, end: 1 }, after: { start: 3, end: 4 } });
    // A signal that spans everything leaves nothing before it: halves instead.
    expect(stretches(12, 0)).toEqual(stretches(12, null));
    expect(stretches(2, null)).toEqual({ before: { start: 0, end: 0 }, after: { start: 1, end: 1 } });
    expect(stretches(1, null)).toBeNull();
  });

  it('reads halves without a signal', () => {
    expect(read({ Latino: step(38, 47), White: step(61, 61) }, 'higher_is_better', null)!.reading).toBe('behind_caught_up');
  });

  it('compares only groups shown in both stretches; with fewer than two, it cannot say', () => {
    // Asian is shown only before (its later values were withheld): Latino and White are compared.
    const m = read({ Latino: step(38, 47), Asian: [...step(70, 70).slice(0, 6), ...Array(6).fill(null)], White: step(61, 61) }, 'higher_is_better')!;
    expect([m.behind.group, m.best.group]).toEqual(['Latino', 'White']);
    // Asian shown only before, Black only after: Latino alone is in both, so there is no pair to compare.
    const early = [...step(70, 70).slice(0, 6), ...Array(6).fill(null)];
    expect(read({ Latino: step(38, 47), Asian: early, Black: [...early].reverse() }, 'higher_is_better')).toBeNull();
    expect(read({ Latino: [38], White: [61] }, 'higher_is_better')).toBeNull();
  });
});

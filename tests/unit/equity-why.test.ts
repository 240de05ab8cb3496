import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { equityView } from '../../shared/indicator/equity-view.ts';
import type { Indicator, Measurement } from '../../shared/indicator/overview.ts';
import { indicatorStatus } from '../../shared/report/assemble.ts';
import type { SourceIndicator } from '../../shared/report/source.ts';

// The equity view says why the gap narrowed, in plain words first, and never calls a gap that
// closed because a group got worse an improvement: on the equity page, in reports and on the
// public page, which all read equityView.

const en = wordsFor('en');
const es = wordsFor('es');
const DIMENSION = { id: 1, name: 'Race and ethnicity', groups: [{ id: 1, name: 'Hispanic/Latino' }, { id: 2, name: 'White' }] };
const ind: Indicator = {
  name: 'Children ready for kindergarten',
  isProportion: true,
  unit: 'percent',
  ratePer: null,
  frequency: 'monthly',
  polarity: 'higher_is_better',
  baselinePeriod: null,
  baselineValue: null,
  targetValue: null,
  targetDate: null,
  minGroupSize: 10,
  ruleSet: 'anhoej',
  dimensions: [DIMENSION],
};
const month = (i: number) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
// Ten months at one level and ten at another, wobbling by a point: the gap's run chart finds the change.
const WOBBLE = [0, 1, -1, 0, 1, -1, 0, 1, -1, 0];
const step = (from: number, to: number) => [...WOBBLE.map((d) => from + d), ...WOBBLE.map((d) => to + d)];
const rows = (latino: number[], white: number[]): Measurement[] =>
  latino.flatMap((l, i) => [
    { period: month(i), groupId: 1, value: null, numerator: l, denominator: 100, note: '' },
    { period: month(i), groupId: 2, value: null, numerator: white[i]!, denominator: 100, note: '' },
  ]);

describe('why the gap narrowed, on the equity view', () => {
  it('the group furthest behind caught up: an improvement, said with its numbers', () => {
    const v = equityView(ind, rows(step(38, 47), step(61, 61)), DIMENSION, en);
    expect(v.verdict?.verdict).toBe('improvement');
    expect(v.movement).toMatchObject({ reading: 'behind_caught_up', before: { start: 0, end: 9 }, after: { start: 10, end: 19 } });
    expect(v.why).toMatchObject({ reading: 'behind_caught_up', improvement: true, headline: 'The gap is narrowing' });
    expect(v.why?.sentence).toBe('The gap narrowed because the group furthest behind improved: Hispanic/Latino went from 38% to 47%, while White, the group doing best, held near 61%.');
    expect(v.why?.method).toBe(
      'To say why, each group’s median over Jan 2025 – Oct 2025 was compared with its median over Nov 2025 – Aug 2026, so that one unusual period does not decide. A group counts as holding steady when its median moved less than it usually changes from one period to the next (Hispanic/Latino: 1 percentage points; White: 1 percentage points).',
    );
  });

  it('the group doing best got worse: not an improvement, and the words say so', () => {
    const v = equityView(ind, rows(step(38, 38), step(61, 52)), DIMENSION, en);
    expect(v.verdict?.verdict).toBe('concern');
    expect(v.verdict?.detail).toMatch(/^Evidence that the gap narrowed, not counted as an improvement\. /);
    expect(v.verdict?.detail).not.toMatch(/Evidence of improvement/);
    expect(v.why).toMatchObject({ reading: 'best_slipped', improvement: false, headline: 'The gap is narrowing, but not the way we want' });
    expect(v.why?.sentence).toBe(
      'The gap closed because the group doing best got worse: White went from 61% to 52%, while Hispanic/Latino, the group furthest behind, held near 38%.',
    );
    expect(v.why?.method).toMatch(/A gap that closes because a group got worse is not counted as an improvement\.$/);
  });

  it('both got worse, or one rose while the other fell: not an improvement either', () => {
    const worse = equityView(ind, rows(step(38, 34), step(61, 50)), DIMENSION, en);
    expect([worse.verdict?.verdict, worse.why?.reading]).toEqual(['concern', 'both_worse']);
    const mixed = equityView(ind, rows(step(38, 44), step(61, 55)), DIMENSION, en);
    expect([mixed.verdict?.verdict, mixed.why?.reading]).toEqual(['concern', 'mixed']);
    expect(mixed.why?.sentence).toBe(
      'The gap narrowed, but not simply because the group furthest behind caught up: Hispanic/Latino, which was furthest behind, improved from 38% to 44%; White, which was doing best, got worse, from 61% to 55%.',
    );
    const better = equityView(ind, rows(step(38, 50), step(61, 64)), DIMENSION, en);
    expect([better.verdict?.verdict, better.why?.reading, better.why?.improvement]).toEqual(['improvement', 'both_better', true]);
  });

  it('when lower is better, the group furthest behind is the highest', () => {
    const disconnected = { ...ind, name: 'Young people neither in school nor working', polarity: 'lower_is_better' as const };
    const v = equityView(disconnected, rows(step(30, 22), step(12, 12)), DIMENSION, en);
    expect(v.why?.sentence).toBe('The gap narrowed because the group furthest behind improved: Hispanic/Latino went from 30% to 22%, while White, the group doing best, held near 12%.');
    const slipped = equityView(disconnected, rows(step(30, 30), step(12, 20)), DIMENSION, en);
    expect([slipped.verdict?.verdict, slipped.why?.reading]).toEqual(['concern', 'best_slipped']);
  });

  it('says nothing of why when the gap is not narrowing, but still carries how the groups moved', () => {
    const v = equityView(ind, rows(step(38, 30), step(61, 61)), DIMENSION, en);
    expect(v.verdict?.verdict).toBe('concern');
    expect(v.movement?.reading).toBe('not_narrowing');
    expect(v.why).toBeNull();
    const early = equityView(ind, rows(step(38, 47).slice(0, 4), step(61, 61).slice(0, 4)), DIMENSION, en);
    expect(early.verdict?.verdict).toBe('no_signal');
    expect(early.why).toBeNull();
    expect(early.movement?.before).toEqual({ start: 0, end: 1 });
  });

  it('speaks Spanish', () => {
    const v = equityView(ind, rows(step(38, 38), step(61, 52)), DIMENSION, es);
    expect(v.why?.headline).toBe('La brecha se está cerrando, pero no como queremos');
    expect(v.why?.sentence).toBe(
      'La brecha se redujo porque empeoró el grupo con mejores resultados: White pasó de 61% a 52%, mientras que Hispanic/Latino, el grupo más rezagado, se mantuvo cerca de 38%.',
    );
    expect(v.verdict?.detail).toMatch(/^Hay evidencia de que la brecha se redujo, pero no se cuenta como una mejora\. /);
    expect(equityView(ind, rows(step(38, 47), step(61, 61)), DIMENSION, es).why?.sentence).toBe(
      'La brecha se redujo porque mejoró el grupo más rezagado: Hispanic/Latino pasó de 38% a 47%, mientras que White, el grupo con mejores resultados, se mantuvo cerca de 61%.',
    );
  });
});

describe('why the gap narrowed, in a report', () => {
  const source: SourceIndicator = { ...ind, name: 'Children ready', definition: '', dataSource: '', chartType: 'run', baselineThrough: null, phases: [] };

  it('keeps the reading and the words with the equity entry', () => {
    const s = indicatorStatus(source, rows(step(38, 38), step(61, 52)), { to: '2026-12-31' }, en);
    expect(s.equity[0]).toMatchObject({
      verdict: 'concern',
      reading: 'best_slipped',
      why: { improvement: false, headline: 'The gap is narrowing, but not the way we want', sentence: expect.stringMatching(/^The gap closed because the group doing best got worse: White went from 61% to 52%/) },
    });
    const flat = indicatorStatus(source, rows(step(38, 38), step(61, 61)), { to: '2026-12-31' }, en);
    expect(flat.equity[0]).toMatchObject({ verdict: 'no_signal', reading: 'not_narrowing', why: null });
  });
});

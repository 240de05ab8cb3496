import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { nextPeriod } from '../../shared/indicator/family-axis.ts';
import { indicatorWords } from '../../shared/indicator/format.ts';
import { periodLabel } from '../../shared/domain/period.ts';
import { analyzeSeries } from '../../shared/qi/analyze-series.ts';
import { verdictFor } from '../../shared/qi/verdict.ts';

// A weekly measure's verdict counts its stretch in weeks and dates it by the week's Monday.

const en = wordsFor('en');
const es = wordsFor('es');
const weeks = (first: string, n: number) => Array.from({ length: n - 1 }).reduce<string[]>((ks) => [...ks, nextPeriod(ks.at(-1)!, 'weekly')], [first]);
const BASELINE = [40, 42, 39, 41, 38, 40, 43, 39, 41, 40, 42, 38];
const AFTER = [49, 51, 50, 52, 48, 50, 53, 49, 51, 50];
const ind = { name: 'Families reached by text tips', unit: 'percent' as const, ratePer: null, frequency: 'weekly' as const };

describe('a weekly measure’s verdict', () => {
  const keys = weeks('2024-W45', 22);
  const verdict = (w: typeof en) =>
    verdictFor(
      {
        analysis: analyzeSeries({ chart: 'run', points: [...BASELINE, ...AFTER].map((value) => ({ value })), freeze: 12 }),
        ruleSet: 'anhoej',
        polarity: 'higher_is_better',
        labels: keys.map((k) => periodLabel(k, 'weekly', w)),
        words: indicatorWords(ind, w),
      },
      w,
    );

  it('runs its weeks across New Year', () => {
    expect(keys[8]).toBe('2025-W01');
    expect(keys[12]).toBe('2025-W05');
  });

  it('says how many weeks in a row, from the week of which Monday', () => {
    expect(verdict(en).sentence).toBe('Families reached by text tips has been higher than its usual level (40%) since Week of Jan 27, 2025: 10 weeks in a row, too many to be chance.');
    expect(verdict(es).sentence).toBe('Families reached by text tips ha sido mayor que su nivel habitual (40%) desde la semana del 27 ene 2025: 10 semanas seguidas, demasiadas para ser casualidad.');
  });

  it('says how many weeks of data it has when it is too early', () => {
    const early = verdictFor({ analysis: analyzeSeries({ chart: 'run', points: [40, 42, 39].map((value) => ({ value })) }), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: [], words: indicatorWords(ind, en) }, en);
    expect(early.sentence).toMatch(/only 3 weeks of data/);
    const temprano = verdictFor({ analysis: analyzeSeries({ chart: 'run', points: [40, 42, 39].map((value) => ({ value })) }), ruleSet: 'anhoej', polarity: 'higher_is_better', labels: [], words: indicatorWords(ind, es) }, es);
    expect(temprano.sentence).toMatch(/solo hay 3 semanas de datos, y se necesitan unas \d+ para/);
  });
});

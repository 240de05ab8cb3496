import { wordsFor } from '../../server/i18n.ts';
import { describe, expect, it } from 'vitest';
import { baselineOf, baselineText, baselineToStore } from '../../shared/indicator/baseline.ts';
import { overviewOf, type Indicator, type Measurement } from '../../shared/indicator/overview.ts';
import { indicatorStatus } from '../../shared/report/assemble.ts';
import type { SourceIndicator } from '../../shared/report/source.ts';
import { shownDocument } from '../../shared/report/document.ts';
import { outline } from '../../server/exports/outline.ts';
import { sampleReportDocument } from '../helpers/report-document.ts';

const en = wordsFor('en');

const percent = { unit: 'percent', ratePer: null, frequency: 'monthly' } as const;
const rows = [
  { period: '2023-11', value: 42.8 },
  { period: '2023-12', value: 38.97 },
  { period: '2024-01', value: 43 },
];

describe('the baseline: one starting point, the value in the baseline period', () => {
  it('is the measurement of the baseline period when there is one, whatever value was typed', () => {
    expect(baselineOf({ ...percent, baselinePeriod: '2023-12', baselineValue: 41.7 }, rows, en)).toEqual({ period: '2023-12', label: 'Dec 2023', value: 38.97, measured: true });
  });

  it('is the value given with the definition for a period before measuring began', () => {
    expect(baselineOf({ ...percent, baselinePeriod: '2021-09', baselineValue: 40 }, rows, en)).toEqual({ period: '2021-09', label: 'Sep 2021', value: 40, measured: false });
  });

  it('has no value when its period lost its measurement and none was given; none at all without a period', () => {
    expect(baselineOf({ ...percent, baselinePeriod: '2022-05', baselineValue: null }, rows, en)).toEqual({ period: '2022-05', label: 'May 2022', value: null, measured: false });
    expect(baselineOf({ ...percent, baselinePeriod: null, baselineValue: null }, rows, en)).toBeNull();
  });

  it('reads the same wherever it is shown: the value, then its period', () => {
    expect(baselineText(percent, { period: '2023-12', label: 'Dec 2023', value: 38.97, measured: true }, en)).toBe('39% (Dec 2023)');
    expect(baselineText(percent, { period: '2023-09', label: 'Sep 2023', value: 42.47, measured: true }, en)).toBe('42.5% (Sep 2023)');
    expect(baselineText(percent, { period: '2022-05', label: 'May 2022', value: null, measured: false }, en)).toBe('No measurement for May 2022 yet');
    expect(baselineText(percent, null, en)).toBe('No baseline set.');
  });
});

describe('what a definition stores as its baseline value', () => {
  const def = (baselinePeriod: string | null, baselineValue: number | null) => ({ ...percent, baselinePeriod, baselineValue });
  const dec = { label: 'Dec 2023', value: 38.974 };

  it('stores nothing for a measured period: the measurement is the baseline, even after a correction', () => {
    expect(baselineToStore(def('2023-12', null), dec, en)).toEqual({ value: null });
    // The same number as the page shows it is not a disagreement.
    expect(baselineToStore(def('2023-12', 39), dec, en)).toEqual({ value: null });
  });

  it('refuses a typed value that disagrees with the measurement, saying which', () => {
    expect(baselineToStore(def('2023-12', 41.7), dec, en)).toEqual({
      problem: 'Dec 2023 is measured: 39%. That measurement is the baseline, so leave the value empty (or correct the measurement on the Data page).',
    });
  });

  it('keeps a typed value for a period without a measurement, and asks for one when there is neither', () => {
    expect(baselineToStore(def('2021-09', 40), null, en)).toEqual({ value: 40 });
    expect(baselineToStore(def('2021-09', null), null, en)).toEqual({ problem: 'There is no measurement for this period yet: enter the value the network started from, or choose a measured period.' });
    expect(baselineToStore(def(null, null), null, en)).toEqual({ value: null });
  });
});

describe('the overview and the baseline', () => {
  const ind: Indicator = {
    isProportion: true,
    unit: 'percent',
    ratePer: null,
    frequency: 'monthly',
    polarity: 'higher_is_better',
    baselinePeriod: '2024-02',
    baselineValue: 45,
    targetValue: 60,
    targetDate: '2028-06-30',
    minGroupSize: 10,
    ruleSet: 'anhoej',
    dimensions: [],
  };
  const m = (period: string, numerator: number): Measurement => ({ period, groupId: null, value: null, numerator, denominator: 100, note: '' });
  const data = [m('2024-01', 40), m('2024-02', 41), m('2024-03', 44), m('2024-04', 50)];

  it('measures the change from the baseline period’s measurement, not from a typed value or the usual level', () => {
    const o = overviewOf(ind, data, { chartType: 'run', ruleSet: 'anhoej', baselineThrough: '2024-04', phases: [] }, en);
    expect(o.baseline).toEqual({ period: '2024-02', label: 'Feb 2024', value: 41, measured: true });
    expect(o.progress.changeSinceBaseline).toBeCloseTo(9);
    expect(o.analysis.points[0]!.cl).toBeCloseTo(42.5);
  });

  it('has no change to show while the baseline has no value', () => {
    const o = overviewOf({ ...ind, baselinePeriod: '2023-06', baselineValue: null }, data, { chartType: 'run', ruleSet: 'anhoej', baselineThrough: null, phases: [] }, en);
    expect(o.baseline).toMatchObject({ value: null });
    expect(o.progress.changeSinceBaseline).toBeNull();
  });
});

describe('a report’s baseline', () => {
  const ind: SourceIndicator = {
    name: 'Children ready for kindergarten',
    definition: '',
    dataSource: '',
    isProportion: true,
    unit: 'percent',
    ratePer: null,
    frequency: 'monthly',
    polarity: 'higher_is_better',
    baselinePeriod: '2026-07',
    baselineValue: 30,
    targetValue: 60,
    targetDate: '2028-06-30',
    minGroupSize: 10,
    ruleSet: 'anhoej',
    chartType: 'run',
    baselineThrough: '2026-08',
    phases: [],
    dimensions: [],
  };
  const m = (period: string, numerator: number) => ({ period, groupId: null, value: null, numerator, denominator: 100, note: '' });

  it('is the same as the page’s: the baseline period’s measurement', () => {
    const s = indicatorStatus(ind, [m('2026-06', 40), m('2026-07', 42), m('2026-08', 44), m('2026-09', 50)], { from: '2026-09-01', to: '2026-11-30', timeZone: 'America/Chicago' }, en);
    expect(s.baseline).toEqual({ period: '2026-07', label: 'Jul 2026', value: 42 });
    expect(s.changeSinceBaseline).toBeCloseTo(8);
  });
});

describe('the baseline in a report’s PDF and DOCX', () => {
  it('reads as on the page, under the same word', () => {
    const doc = sampleReportDocument();
    const ind = doc.content.indicator!;
    const section = outline(shownDocument(doc), en).find((s) => s.key === 'indicator')!;
    const facts = section.blocks.flatMap((b) => (b.kind === 'table' ? b.table.rows : []));
    expect(facts).toContainEqual(['Baseline', baselineText(ind, { ...ind.baseline!, measured: true }, en)]);
    expect(facts).toContainEqual(['Change since the baseline', '+10.1 percentage points']);
  });
});

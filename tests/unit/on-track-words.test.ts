import { describe, expect, it } from 'vitest';
import { onTrackSentence } from '../../shared/report/on-track-words.ts';
import type { IndicatorStatus } from '../../shared/report/content.ts';
import { sampleChart } from '../helpers/report-document.ts';
import { wordsFor } from '../../server/i18n.ts';

const en = wordsFor('en');

// What a report says about being on track, the same on its page and in its PDF and DOCX: "too
// early" reads as too few measurements only when there are too few.

type Facts = Parameters<typeof onTrackSentence>[0];
const facts = (extra: Partial<IndicatorStatus> = {}): Facts => ({
  unit: 'percent',
  ratePer: null,
  polarity: 'higher_is_better',
  latest: { period: '2026-11', label: 'Nov 2026', value: 51 },
  target: { value: 60, date: '2027-06-30' },
  onTrack: null,
  onTrackPoints: 12,
  chart: sampleChart(),
  ...extra,
});

describe('the on-track sentence', () => {
  it('says the trend is unclear, not that points are few, when there are plenty of them', () => {
    const text = onTrackSentence(facts(), en);
    expect(text).toBe('Too early to tell whether the indicator will reach its target of 60% by June 30, 2027: its recent values go up and down too much to see a steady rate of change.');
    expect(text).not.toMatch(/too few/i);
  });

  it('says how many measurements there are when there are too few', () => {
    expect(onTrackSentence(facts({ onTrackPoints: 4 }), en)).toBe(
      'Too early to tell whether the indicator will reach its target of 60% by June 30, 2027: it takes at least 6 measurements to see a steady rate of change, and there are 4 so far.',
    );
    expect(onTrackSentence(facts({ onTrackPoints: 1 }), en)).toMatch(/and there is 1 so far\.$/);
    expect(onTrackSentence(facts({ onTrackPoints: 0, latest: null }), en)).toMatch(/and there are none yet\.$/);
  });

  it('reads the chart of a report published before the count was kept', () => {
    const old = facts();
    delete old.onTrackPoints;
    expect(onTrackSentence(old, en)).toMatch(/go up and down too much/);
    expect(onTrackSentence({ ...old, chart: { ...old.chart, points: old.chart.points.slice(0, 3) } }, en)).toMatch(/there are 3 so far/);
  });

  it('says on track, not on track, reached and no target plainly', () => {
    expect(onTrackSentence(facts({ onTrack: true }), en)).toBe('On track: at its recent rate of change the indicator would reach its target of 60% by June 30, 2027.');
    expect(onTrackSentence(facts({ onTrack: false }), en)).toBe('Not on track yet: at its recent rate of change the indicator would fall short of its target of 60% by June 30, 2027.');
    expect(onTrackSentence(facts({ latest: { period: '2026-11', label: 'Nov 2026', value: 61 } }), en)).toBe('The indicator has reached its target of 60% by June 30, 2027.');
    expect(onTrackSentence(facts({ polarity: 'lower_is_better', latest: { period: '2026-11', label: 'Nov 2026', value: 61 } }), en)).toMatch(/^Too early/);
    expect(onTrackSentence(facts({ target: null }), en)).toBe('No target has been set, so there is nothing yet to be on track for.');
  });
});

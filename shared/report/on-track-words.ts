import type { Words } from '../i18n/words.ts';
import { formatValue } from '../indicator/format.ts';
import { ON_TRACK_MIN_POINTS } from '../qi/on-track.ts';
import type { IndicatorStatus } from './content.ts';

// Whether the indicator is on track, in the words a report uses on its page and in its PDF and
// DOCX alike. "Too early to tell" has two causes that read differently: too few measurements
// yet, or enough of them going up and down too much to see a steady rate.

type OnTrackFacts = Pick<IndicatorStatus, 'unit' | 'ratePer' | 'polarity' | 'latest' | 'target' | 'onTrack' | 'onTrackPoints' | 'chart'>;

export function onTrackSentence(ind: OnTrackFacts, w: Words): string {
  const { target, latest } = ind;
  if (!target) return w.t('qi:onTrack.noTarget');
  const goal = w.t('qi:onTrack.goal', { value: formatValue(ind, target.value, w), date: w.f.day(target.date) });
  const reached = latest !== null && (ind.polarity === 'higher_is_better' ? latest.value >= target.value : latest.value <= target.value);
  if (reached) return w.t('qi:onTrack.reached', { goal });
  if (ind.onTrack === true) return w.t('qi:onTrack.on', { goal });
  if (ind.onTrack === false) return w.t('qi:onTrack.off', { goal });
  // Reports published before the count was kept have the chart's points, which the rule also reads.
  const points = ind.onTrackPoints ?? ind.chart.points.length;
  if (points < ON_TRACK_MIN_POINTS) {
    const min = w.f.count(ON_TRACK_MIN_POINTS);
    return points === 0 ? w.t('qi:onTrack.tooFew.none', { goal, min }) : w.t('qi:onTrack.tooFew.some', { goal, min, count: points, n: w.f.count(points) });
  }
  return w.t('qi:onTrack.noisy', { goal });
}

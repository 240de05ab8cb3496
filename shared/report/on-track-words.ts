import { formatDay } from '../format/dates.ts';
import { formatValue } from '../indicator/format.ts';
import { ON_TRACK_MIN_POINTS } from '../qi/on-track.ts';
import type { IndicatorStatus } from './content.ts';

// Whether the indicator is on track, in the words a report uses on its page and in its PDF and
// DOCX alike. "Too early to tell" has two causes that read differently: too few measurements
// yet, or enough of them going up and down too much to see a steady rate.

type OnTrackFacts = Pick<IndicatorStatus, 'unit' | 'ratePer' | 'polarity' | 'latest' | 'target' | 'onTrack' | 'onTrackPoints' | 'chart'>;

export function onTrackSentence(ind: OnTrackFacts): string {
  const { target, latest } = ind;
  if (!target) return 'No target has been set, so there is nothing yet to be on track for.';
  const goal = `its target of ${formatValue(ind, target.value)} by ${formatDay(target.date)}`;
  const reached = latest !== null && (ind.polarity === 'higher_is_better' ? latest.value >= target.value : latest.value <= target.value);
  if (reached) return `The indicator has reached ${goal}.`;
  if (ind.onTrack === true) return `On track: at its recent rate of change the indicator would reach ${goal}.`;
  if (ind.onTrack === false) return `Not on track yet: at its recent rate of change the indicator would fall short of ${goal}.`;
  // Reports published before the count was kept have the chart's points, which the rule also reads.
  const points = ind.onTrackPoints ?? ind.chart.points.length;
  if (points < ON_TRACK_MIN_POINTS) {
    const sofar = points === 0 ? 'there are none yet' : `there ${points === 1 ? 'is 1' : `are ${points}`} so far`;
    return `Too early to tell whether the indicator will reach ${goal}: it takes at least ${ON_TRACK_MIN_POINTS} measurements to see a steady rate of change, and ${sofar}.`;
  }
  return `Too early to tell whether the indicator will reach ${goal}: its recent values go up and down too much to see a steady rate of change.`;
}

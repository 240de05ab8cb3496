import type { Words } from '../i18n/words.ts';
import { narrowedWell, type GapMovement, type GapReading, type Stretch } from '../qi/gap-movement.ts';
import type { Unit } from '../schemas/indicator.ts';
import { formatGap, formatValue } from './format.ts';

// Why the gap narrowed, in plain words first: which group moved and which way, with their
// numbers. How it was worked out (the periods compared, what counts as holding steady) is the
// method, one click away. Group names are people's own words and go in as values.

export type GapWhy = {
  reading: Exclude<GapReading, 'not_narrowing'>;
  /** False when the gap closed because a group got worse: then it is never called an improvement. */
  improvement: boolean;
  headline: string;
  sentence: string;
  method: string;
};

/** What the words need: the movement and its stretches' period labels. */
export function gapWhy(m: GapMovement, ind: { unit: Unit; ratePer: number | null }, labels: readonly string[], w: Words): GapWhy | null {
  if (m.reading === 'not_narrowing') return null;
  const value = (v: number) => formatValue(ind, v, w);
  const { behind, best } = m;
  const move = (g: typeof behind) =>
    w.t(`indicator:equity.why.move.${g.move}`, { from: value(g.before), to: value(g.after) });
  const sentence = w.t(`indicator:equity.why.sentence.${m.reading}`, {
    behind: behind.group,
    best: best.group,
    behindFrom: value(behind.before),
    behindTo: value(behind.after),
    bestFrom: value(best.before),
    bestTo: value(best.after),
    behindMove: move(behind),
    bestMove: move(best),
  });
  const span = (s: Stretch) => {
    const from = labels[s.start] ?? '';
    const to = labels[s.end] ?? '';
    return s.start === s.end ? from : w.t('qi:reason.span', { from, to });
  };
  const improvement = narrowedWell(m);
  const method = [
    w.t('indicator:equity.why.method', {
      before: span(m.before),
      after: span(m.after),
      behind: behind.group,
      best: best.group,
      behindTolerance: formatGap(ind, behind.tolerance, w),
      bestTolerance: formatGap(ind, best.tolerance, w),
    }),
    ...(improvement ? [] : [w.t('indicator:equity.why.notImprovement')]),
  ].join(' ');
  const headline = improvement ? w.t('qi:gap.headline.improvement') : w.t('indicator:equity.why.headline');
  return { reading: m.reading, improvement, headline, sentence, method };
}

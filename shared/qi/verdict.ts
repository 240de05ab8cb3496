import type { SeriesAnalysis } from './analyze-series.ts';
import { ihiRules, SHIFT_LENGTH, TREND_LENGTH, type Direction } from './ihi-rules.ts';
import { defaultWords, plainNoChange, plainSignal, plainTooEarly, type VerdictWords } from './verdict-words.ts';
import type { Words } from '../i18n/words.ts';

// The verdict on a series: is there evidence of change, and which way relative to what the
// network wants. It says so twice: a plain sentence anyone can read (verdict-words.ts), and the
// detail for facilitators — the rule that fired and over which points.

export const POLARITIES = ['higher_is_better', 'lower_is_better'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const RULE_SETS = ['anhoej', 'ihi'] as const;
export type RuleSet = (typeof RULE_SETS)[number];
export type Verdict = 'improvement' | 'concern' | 'no_signal';

export type Reason = {
  rule: 'run' | 'crossings' | 'sigma' | 'shift' | 'trend' | 'astronomical';
  /** Indices into the whole series, inclusive. */
  start: number;
  end: number;
  direction: Direction;
  text: string;
};

export type VerdictResult = {
  verdict: Verdict;
  /** Plain words: what changed, since when, how sure. */
  sentence: string;
  /** The statistics behind it: rules, run lengths, limits. */
  detail: string;
  reasons: Reason[];
};

/** Below this many points in the phase, "no signal" says the data is still thin. */
export const ENOUGH_POINTS = 10;

type Side = { side: 1 | -1; start: number; end: number; length: number };

/** Runs of points on one side of the centre line, skipping points on it. */
function runsOf(ys: readonly number[], cl: number, offset: number): Side[] {
  const runs: Side[] = [];
  ys.forEach((y, i) => {
    const side = Math.sign(y - cl);
    if (side === 0 || Number.isNaN(side)) return;
    const last = runs.at(-1);
    if (last && last.side === side) {
      last.end = offset + i;
      last.length += 1;
    } else {
      runs.push({ side: side as 1 | -1, start: offset + i, end: offset + i, length: 1 });
    }
  });
  return runs;
}

/** The periods a reason is about: 'Sep 2025' or 'Sep 2025 – Jan 2026'. */
function spanOf(labels: readonly string[], w: Words) {
  const label = (i: number) => labels[i] ?? w.t('qi:reason.point', { n: w.f.count(i + 1) });
  return (start: number, end: number) => (start === end ? label(start) : w.t('qi:reason.span', { from: label(start), to: label(end) }));
}
const dir = (side: number): Direction => (side > 0 ? 'up' : 'down');

function anhoejReasons(a: SeriesAnalysis, labels: readonly string[], w: Words): Reason[] {
  const span = spanOf(labels, w);
  const where = (d: Direction) => w.t(`qi:reason.where.centre.${d}`);
  const part = a.parts.at(-1)!;
  const points = a.points.slice(part.start, part.end + 1);
  const cl = points[0]!.cl;
  const reasons: Reason[] = [];
  const runs = runsOf(
    points.map((p) => p.y),
    cl,
    part.start,
  );
  if (part.longestRun !== null && part.longestRunMax !== null && part.longestRun > part.longestRunMax) {
    const run = runs.filter((r) => r.length > part.longestRunMax!).at(-1)!;
    reasons.push({
      rule: 'run',
      start: run.start,
      end: run.end,
      direction: dir(run.side),
      text: w.t('qi:reason.run', { n: w.f.count(run.length), where: where(dir(run.side)), span: span(run.start, run.end), max: w.f.count(part.longestRunMax) }),
    });
  }
  if (part.crossings !== null && part.crossingsMin !== null && part.crossings < part.crossingsMin) {
    const last = runs.at(-1)!;
    reasons.push({
      rule: 'crossings',
      start: part.start,
      end: last.end,
      direction: dir(last.side),
      text: w.t('qi:reason.crossings', {
        count: part.crossings,
        n: w.f.count(part.crossings),
        points: w.f.count(points.length),
        min: w.f.count(part.crossingsMin),
        where: where(dir(last.side)),
      }),
    });
  }
  // Neighbouring points outside the same limit read as one signal, not one per point.
  const outside: Reason[] = [];
  points.forEach((p, i) => {
    if (!p.sigmaSignal) return;
    const direction: Direction = p.ucl !== null && p.y > p.ucl ? 'up' : 'down';
    const index = part.start + i;
    const last = outside.at(-1);
    if (last && last.end + 1 === index && last.direction === direction) last.end = index;
    else outside.push({ rule: 'sigma', start: index, end: index, direction, text: '' });
  });
  for (const r of outside) {
    const n = r.end - r.start + 1;
    r.text = n === 1 ? w.t(`qi:reason.sigma.one.${r.direction}`, { span: span(r.start, r.end) }) : w.t(`qi:reason.sigma.many.${r.direction}`, { n: w.f.count(n), span: span(r.start, r.end) });
  }
  return [...reasons, ...outside];
}

function ihiReasons(a: SeriesAnalysis, labels: readonly string[], w: Words): Reason[] {
  const span = spanOf(labels, w);
  const part = a.parts.at(-1)!;
  const ys = a.points.slice(part.start, part.end + 1).map((p) => p.y);
  return ihiRules(ys, a.points[part.start]!.cl).map((s) => {
    const start = part.start + s.start;
    const end = part.start + s.end;
    const values = { n: w.f.count(s.end - s.start + 1), span: span(start, end) };
    const text =
      s.rule === 'shift'
        ? w.t('qi:reason.shift', { ...values, where: w.t(`qi:reason.where.median.${s.direction}`), needed: w.f.count(SHIFT_LENGTH) })
        : s.rule === 'trend'
          ? w.t(`qi:reason.trend.${s.direction}`, { ...values, needed: w.f.count(TREND_LENGTH) })
          : w.t(`qi:reason.astronomical.${s.direction}`, values);
    return { rule: s.rule, start, end, direction: s.direction, text };
  });
}

/** Which way is good news depends on the indicator: up for readiness, down for absences. */
export function judge(direction: Direction, polarity: Polarity): Exclude<Verdict, 'no_signal'> {
  return (direction === 'up') === (polarity === 'higher_is_better') ? 'improvement' : 'concern';
}

/**
 * The verdict on the latest phase (a new phase starts after a change, so earlier phases are history).
 * The most recent signal decides the direction; all signals are listed as reasons.
 */
export function verdictFor(input: { analysis: SeriesAnalysis; ruleSet: RuleSet; polarity: Polarity; labels: readonly string[]; words?: VerdictWords }, w: Words): VerdictResult {
  const { analysis, ruleSet, polarity, labels } = input;
  const words = input.words ?? defaultWords(w);
  const part = analysis.parts.at(-1);
  if (!part) {
    const none = w.t('qi:verdict.noData');
    return { verdict: 'no_signal', sentence: none, detail: none, reasons: [] };
  }
  // When a run and too few crossings end together, the run says it more concretely: it goes last.
  const reasons = (ruleSet === 'ihi' ? ihiReasons(analysis, labels, w) : anhoejReasons(analysis, labels, w)).sort(
    (a, b) => a.end - b.end || Number(b.rule === 'crossings') - Number(a.rule === 'crossings'),
  );
  const latest = reasons.at(-1);
  if (latest) {
    const verdict = judge(latest.direction, polarity);
    const listed = reasons.map((r) => `${r.text.charAt(0).toUpperCase()}${r.text.slice(1)}.`).join(' ');
    return { verdict, sentence: plainSignal(latest, analysis, labels, words, w), detail: w.t(`qi:detail.evidence.${verdict}`, { reasons: listed }), reasons };
  }
  const n = part.end - part.start + 1;
  if (n < ENOUGH_POINTS) {
    return {
      verdict: 'no_signal',
      sentence: plainTooEarly(n, ENOUGH_POINTS, words, w),
      detail: w.t('qi:detail.tooFew', { count: n, n: w.f.count(n), needed: w.f.count(ENOUGH_POINTS) }),
      reasons,
    };
  }
  const sentence = plainNoChange(analysis.points[part.start]!.cl, words, w);
  if (ruleSet === 'ihi') {
    return { verdict: 'no_signal', sentence, detail: w.t('qi:detail.noSignal.ihi', { shift: w.f.count(SHIFT_LENGTH), trend: w.f.count(TREND_LENGTH) }), reasons };
  }
  const detail =
    part.longestRun === null
      ? w.t('qi:detail.noSignal.flat')
      : w.t('qi:detail.noSignal.anhoej', {
          run: w.f.count(part.longestRun),
          max: w.f.count(part.longestRunMax ?? 0),
          crossings: w.f.count(part.crossings ?? 0),
          min: w.f.count(part.crossingsMin ?? 0),
        });
  return { verdict: 'no_signal', sentence, detail, reasons };
}

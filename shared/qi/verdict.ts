import type { SeriesAnalysis } from './analyze-series.ts';
import { ihiRules, SHIFT_LENGTH, TREND_LENGTH, type Direction } from './ihi-rules.ts';
import { DEFAULT_WORDS, plainNoChange, plainSignal, plainTooEarly, type VerdictWords } from './verdict-words.ts';
import { plural } from '../format/words.ts';

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

const span = (labels: readonly string[], start: number, end: number) =>
  start === end ? labels[start] ?? `point ${start + 1}` : `${labels[start] ?? `point ${start + 1}`} – ${labels[end] ?? `point ${end + 1}`}`;
const dir = (side: number): Direction => (side > 0 ? 'up' : 'down');
const where = (d: Direction, line: string) => `${d === 'up' ? 'above' : 'below'} the ${line}`;

function anhoejReasons(a: SeriesAnalysis, labels: readonly string[]): Reason[] {
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
      text: `${run.length} points in a row ${where(dir(run.side), 'centre line')} (${span(labels, run.start, run.end)}), more than the ${part.longestRunMax} chance allows`,
    });
  }
  if (part.crossings !== null && part.crossingsMin !== null && part.crossings < part.crossingsMin) {
    const last = runs.at(-1)!;
    reasons.push({
      rule: 'crossings',
      start: part.start,
      end: last.end,
      direction: dir(last.side),
      text: `the line crosses the centre only ${plural(part.crossings, 'time')} in ${points.length} points, fewer than the ${part.crossingsMin} chance allows; the latest points are ${where(dir(last.side), 'centre line')}`,
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
    const limit = r.direction === 'up' ? 'above the upper' : 'below the lower';
    const n = r.end - r.start + 1;
    r.text = n === 1 ? `${span(labels, r.start, r.end)} is ${limit} control limit` : `${n} points in a row ${limit} control limit (${span(labels, r.start, r.end)})`;
  }
  return [...reasons, ...outside];
}

function ihiReasons(a: SeriesAnalysis, labels: readonly string[]): Reason[] {
  const part = a.parts.at(-1)!;
  const ys = a.points.slice(part.start, part.end + 1).map((p) => p.y);
  return ihiRules(ys, a.points[part.start]!.cl).map((s) => {
    const start = part.start + s.start;
    const end = part.start + s.end;
    const n = s.end - s.start + 1;
    const text =
      s.rule === 'shift'
        ? `a shift: ${n} points in a row ${where(s.direction, 'median')} (${span(labels, start, end)}); ${SHIFT_LENGTH} make a shift`
        : s.rule === 'trend'
          ? `a trend: points going ${s.direction} ${n} times running (${span(labels, start, end)}); ${TREND_LENGTH} make a trend`
          : `an astronomical point: ${span(labels, start, end)} is far ${s.direction === 'up' ? 'above' : 'below'} all the others`;
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
export function verdictFor(input: { analysis: SeriesAnalysis; ruleSet: RuleSet; polarity: Polarity; labels: readonly string[]; words?: VerdictWords }): VerdictResult {
  const { analysis, ruleSet, polarity, labels } = input;
  const words = input.words ?? DEFAULT_WORDS;
  const part = analysis.parts.at(-1);
  if (!part) {
    const none = 'No data yet: enter or import measurements to see whether the needle moves.';
    return { verdict: 'no_signal', sentence: none, detail: none, reasons: [] };
  }
  // When a run and too few crossings end together, the run says it more concretely: it goes last.
  const reasons = (ruleSet === 'ihi' ? ihiReasons(analysis, labels) : anhoejReasons(analysis, labels)).sort(
    (a, b) => a.end - b.end || Number(b.rule === 'crossings') - Number(a.rule === 'crossings'),
  );
  const latest = reasons.at(-1);
  if (latest) {
    const verdict = judge(latest.direction, polarity);
    const listed = reasons.map((r) => `${r.text.charAt(0).toUpperCase()}${r.text.slice(1)}.`).join(' ');
    return { verdict, sentence: plainSignal(latest, analysis, labels, words), detail: `Evidence of ${verdict}. ${listed}`, reasons };
  }
  const n = part.end - part.start + 1;
  if (n < ENOUGH_POINTS) {
    return {
      verdict: 'no_signal',
      sentence: plainTooEarly(n, ENOUGH_POINTS, words),
      detail: `No signal yet, and only ${plural(n, 'point')} so far: about ${ENOUGH_POINTS} are needed to tell a change from chance.`,
      reasons,
    };
  }
  const sentence = plainNoChange(analysis.points[part.start]!.cl, words);
  if (ruleSet === 'ihi') {
    return { verdict: 'no_signal', sentence, detail: `No signal yet: no shift of ${SHIFT_LENGTH} points, no trend of ${TREND_LENGTH}, and no astronomical point.`, reasons };
  }
  const runs = part.longestRun === null ? '' : ` the longest run is ${part.longestRun} points (more than ${part.longestRunMax} would be a signal) and the line crosses the centre ${part.crossings} times (fewer than ${part.crossingsMin} would be)`;
  return { verdict: 'no_signal', sentence, detail: `No signal yet: the points vary around the centre line as chance would —${runs || ' every point is on the centre line'}.`, reasons };
}

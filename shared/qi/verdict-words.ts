import type { SeriesAnalysis } from './analyze-series.ts';
import type { Direction } from './ihi-rules.ts';
import { plural } from '../format/words.ts';
import { LOCALE } from '../format/locale.ts';

// The verdict's first sentence, for someone who has never seen a control chart: what changed,
// since when, and how sure we are, in the indicator's own words. The rule, run lengths and limits
// behind it stay in the detail (verdict.ts), one click away.

/** How a verdict speaks of its series: its name, what one period is called, how a value reads. */
export type VerdictWords = {
  subject: string;
  period: { one: string; many: string };
  format: (value: number) => string;
  /** What up and down are called: 'higher' and 'lower' unless the subject has its own ('wider', 'narrower'). */
  compare?: { up: string; down: string };
};

export const DEFAULT_WORDS: VerdictWords = {
  subject: 'The indicator',
  period: { one: 'period', many: 'periods' },
  format: (v) => v.toLocaleString(LOCALE, { maximumFractionDigits: 2 }),
};

/** The part of a reason the plain sentence needs (verdict.ts's Reason has more). */
type Finding = { rule: 'run' | 'crossings' | 'sigma' | 'shift' | 'trend' | 'astronomical'; start: number; end: number; direction: Direction };

const count = (n: number, w: VerdictWords) => plural(n, w.period.one, w.period.many);

/** The first index of the stretch ending at `end` that stays on one side of the centre line. */
function sameSideFrom(a: SeriesAnalysis, end: number): number {
  const side = (i: number) => Math.sign(a.points[i]!.y - a.points[i]!.cl);
  const s = side(end);
  let i = end;
  while (i > 0 && a.points[i - 1]!.part === a.points[end]!.part && (side(i - 1) === s || side(i - 1) === 0)) i -= 1;
  return i;
}

export function plainSignal(f: Finding, a: SeriesAnalysis, labels: readonly string[], w: VerdictWords): string {
  const higher = (d: Direction) => (d === 'up' ? (w.compare?.up ?? 'higher') : (w.compare?.down ?? 'lower'));
  const label = (i: number) => labels[i] ?? `${w.period.one} ${i + 1}`;
  const ongoing = f.end === a.points.length - 1;
  const n = f.end - f.start + 1;
  const usual = `its usual level (${w.format(a.points[f.start]!.cl)})`;
  const y = w.format(a.points[f.start]!.y);
  switch (f.rule) {
    case 'run':
    case 'shift':
    case 'crossings': {
      // The crossings rule spans the phase; the plain sentence dates the latest stretch on one side.
      const from = f.rule === 'crossings' ? sameSideFrom(a, f.end) : f.start;
      const when = ongoing ? `since ${label(from)}` : `from ${label(from)} to ${label(f.end)}`;
      const verb = ongoing ? 'has been' : 'was';
      if (f.rule === 'crossings') return `${w.subject} ${verb} ${higher(f.direction)} than ${usual} ${when}, and it has stayed on one side of that level too long to be chance.`;
      return `${w.subject} ${verb} ${higher(f.direction)} than ${usual} ${when}: ${count(n, w)} in a row, too many to be chance.`;
    }
    case 'sigma':
      return n === 1
        ? `${w.subject} was far ${higher(f.direction)} than usual in ${label(f.start)} (${y}), too far to be chance.`
        : `${w.subject} was far ${higher(f.direction)} than usual for ${count(n, w)} in a row (${label(f.start)} to ${label(f.end)}), too far to be chance.`;
    case 'trend':
      return `${w.subject} kept going ${f.direction} from ${label(f.start)} to ${label(f.end)} (${count(n, w)}), too steady a ${f.direction === 'up' ? 'climb' : 'fall'} to be chance.`;
    case 'astronomical':
      return `${w.subject} was far ${higher(f.direction)} in ${label(f.start)} (${y}) than at any other time, too far to be chance.`;
  }
}

export const plainNoChange = (cl: number, w: VerdictWords) =>
  `No clear change yet: ${w.subject} goes up and down around its usual level (${w.format(cl)}) no more than chance would.`;

export const plainTooEarly = (n: number, needed: number, w: VerdictWords) =>
  `Too early to tell: only ${count(n, w)} of data so far, and about ${needed} are needed to tell a real change from chance.`;

/** The rule sets by the name a person reads. */
export const RULE_SET_NAMES = { anhoej: 'Anhøj rules', ihi: 'IHI run chart rules' } as const;

/**
 * The statistics behind a verdict, for whoever opens "How this was decided": each signal the rules
 * found, or why none was, and which rules looked. The page, the reports and the exports say it alike.
 */
export function howDecided(v: { detail: string; reasons: readonly { text: string }[] }, ruleSet: keyof typeof RULE_SET_NAMES): string[] {
  const rules = RULE_SET_NAMES[ruleSet];
  if (v.reasons.length === 0) return [`${v.detail} Checked with the ${rules}.`];
  return [`Signals found by the ${rules}:`, ...v.reasons.map((r) => `${r.text.charAt(0).toUpperCase()}${r.text.slice(1)}.`)];
}

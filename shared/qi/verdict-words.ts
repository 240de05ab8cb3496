import type { SeriesAnalysis } from './analyze-series.ts';
import type { Direction } from './ihi-rules.ts';
import type { RuleSet } from './verdict.ts';
import type { Words } from '../i18n/words.ts';

// The verdict's first sentence, for someone who has never seen a control chart: what changed,
// since when, and how sure we are, in the indicator's own words. The rule, run lengths and limits
// behind it stay in the detail (verdict.ts), one click away.

/** What one period of a series is called: its catalogue name under qi:periods. */
export type PeriodName = 'period' | 'week' | 'month' | 'quarter' | 'schoolYear' | 'year';

/** How a verdict speaks of its series: its name, what one period is called, how a value reads. */
export type VerdictWords = {
  /** The indicator's own name; without it the sentence says "the indicator". */
  subject?: string | undefined;
  period: PeriodName;
  format: (value: number) => string;
  /** A gap between groups: it is wider or narrower, not higher or lower, and has its own subject. */
  gap?: boolean;
};

/** The words of a series with no name, counted in periods. */
export const defaultWords = (w: Words): VerdictWords => ({ period: 'period', format: (v) => w.f.count(v) });

/** The part of a reason the plain sentence needs (verdict.ts's Reason has more). */
type Finding = { rule: 'run' | 'crossings' | 'sigma' | 'shift' | 'trend' | 'astronomical'; start: number; end: number; direction: Direction };

// Spanish 'semana' is feminine where every other period's name is masculine, so the sentences whose
// words agree with the period ('10 semanas seguidas') have a weekly case, the same as the others in English.
const periods = (n: number, vw: VerdictWords, w: Words) => w.t(`qi:periods.${vw.period}`, { count: n, n: w.f.count(n) });
const subject = (vw: VerdictWords, w: Words) => (vw.gap ? w.t('qi:verdict.subject.gap') : vw.subject || w.t('qi:verdict.subject.indicator'));

/** The first index of the stretch ending at `end` that stays on one side of the centre line. */
function sameSideFrom(a: SeriesAnalysis, end: number): number {
  const side = (i: number) => Math.sign(a.points[i]!.y - a.points[i]!.cl);
  const s = side(end);
  let i = end;
  while (i > 0 && a.points[i - 1]!.part === a.points[end]!.part && (side(i - 1) === s || side(i - 1) === 0)) i -= 1;
  return i;
}

export function plainSignal(f: Finding, a: SeriesAnalysis, labels: readonly string[], vw: VerdictWords, w: Words): string {
  const label = (i: number) => labels[i] ?? w.t(`qi:periodNumber.${vw.period}`, { n: w.f.count(i + 1) });
  const ongoing = f.end === a.points.length - 1;
  const values = {
    subject: subject(vw, w),
    higher: w.t(`qi:verdict.compare.${vw.gap ? 'gap' : 'indicator'}.${f.direction}`),
    usual: vw.format(a.points[f.start]!.cl),
    value: vw.format(a.points[f.start]!.y),
    periods: periods(f.end - f.start + 1, vw, w),
    at: label(f.start),
    to: label(f.end),
  };
  switch (f.rule) {
    case 'run':
    case 'shift':
    case 'crossings': {
      // The crossings rule spans the phase; the plain sentence dates the latest stretch on one side.
      const from = label(f.rule === 'crossings' ? sameSideFrom(a, f.end) : f.start);
      const kind = f.rule === 'crossings' ? 'crossings' : 'run';
      if (kind === 'run' && vw.period === 'week') return w.t(`qi:verdict.signal.run.${ongoing ? 'ongoing_week' : 'past_week'}`, { ...values, from });
      return w.t(`qi:verdict.signal.${kind}.${ongoing ? 'ongoing' : 'past'}`, { ...values, from });
    }
    case 'sigma':
      if (f.end === f.start) return w.t('qi:verdict.signal.sigma.one', values);
      return w.t(vw.period === 'week' ? 'qi:verdict.signal.sigma.many_week' : 'qi:verdict.signal.sigma.many', { ...values, from: values.at });
    case 'trend':
      return w.t(`qi:verdict.signal.trend.${f.direction}`, { ...values, from: values.at });
    case 'astronomical':
      return w.t('qi:verdict.signal.astronomical', values);
  }
}

export const plainNoChange = (cl: number, vw: VerdictWords, w: Words) => w.t('qi:verdict.noChange', { subject: subject(vw, w), usual: vw.format(cl) });

export const plainTooEarly = (n: number, needed: number, vw: VerdictWords, w: Words) =>
  w.t(vw.period === 'week' ? 'qi:verdict.tooEarly_week' : 'qi:verdict.tooEarly', { periods: periods(n, vw, w), needed: w.f.count(needed) });

/**
 * The statistics behind a verdict, for whoever opens "How this was decided": each signal the rules
 * found, or why none was, and which rules looked. The page, the reports and the exports say it alike.
 */
export function howDecided(v: { detail: string; reasons: readonly { text: string }[] }, ruleSet: RuleSet, w: Words): string[] {
  const rules = w.t(`qi:ruleSet.${ruleSet}`);
  if (v.reasons.length === 0) return [w.t('qi:howDecided.checked', { detail: v.detail, rules })];
  return [w.t('qi:howDecided.found', { rules }), ...v.reasons.map((r) => `${r.text.charAt(0).toUpperCase()}${r.text.slice(1)}.`)];
}

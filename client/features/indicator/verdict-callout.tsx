import { CircleAlert, CircleMinus, TrendingUp } from 'lucide-react';
import type { Reason, VerdictResult } from '../../../shared/qi/verdict.ts';
import { cx } from '../../components/ui/cx.ts';

const LOOK = {
  improvement: { title: 'Improvement', Icon: TrendingUp, box: 'border-emerald-300 bg-emerald-50 text-emerald-950' },
  concern: { title: 'Concern', Icon: CircleAlert, box: 'border-amber-300 bg-amber-50 text-amber-950' },
  no_signal: { title: 'No signal yet', Icon: CircleMinus, box: 'border-slate-300 bg-slate-50 text-slate-900' },
} as const;

/** The page's first word: is the needle moving, which way, and by which rule — in words, with an icon, not colour alone. */
/**
 * The reasons as listed: points outside the limits one after another read as one line
 * ("Mar 2025 – Dec 2025: 10 points in a row above the upper control limit"), not ten.
 */
export function reasonLines(reasons: readonly Reason[], labels: readonly string[]): { key: string; text: string }[] {
  const merged: Reason[] = [];
  for (const r of reasons) {
    const last = merged.findLast((m) => m.rule === 'sigma');
    if (r.rule === 'sigma' && last && last.end + 1 === r.start && last.direction === r.direction) last.end = r.end;
    else merged.push({ ...r });
  }
  return merged.map((r) => {
    const n = r.end - r.start + 1;
    const text =
      r.rule === 'sigma' && n > 1
        ? `${labels[r.start]} – ${labels[r.end]}: ${n} points in a row ${r.direction === 'up' ? 'above the upper' : 'below the lower'} control limit`
        : r.text.charAt(0).toUpperCase() + r.text.slice(1);
    return { key: `${r.rule}-${r.start}-${r.end}`, text };
  });
}

export function VerdictCallout({ verdict, rulesLabel, labels }: { verdict: VerdictResult; rulesLabel: string; labels: readonly string[] }) {
  const { title, Icon, box } = LOOK[verdict.verdict];
  const lines = reasonLines(verdict.reasons, labels);
  // The sentence counts every point outside the limits; the list merges neighbours, so count its lines.
  const more = lines.length - 1;
  const sentence = verdict.sentence.replace(/ (One more signal|\d+ more signals) below\.$/, more > 0 ? ` ${more === 1 ? 'One more signal' : `${more} more signals`} below.` : '');
  return (
    <section aria-labelledby="verdict-heading" className={cx('rounded-xl border-2 p-4 sm:p-5', box)}>
      <h3 id="verdict-heading" className="flex items-center gap-2 text-lg font-semibold">
        <Icon aria-hidden="true" className="size-5 shrink-0" />
        <span>
          <span className="sr-only">Verdict: </span>
          {title}
        </span>
      </h3>
      <p className="mt-2 text-base">{sentence}</p>
      {lines.length > 0 && (
        <div className="mt-3">
          <p className="text-sm font-medium">Signals found by the {rulesLabel}:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {lines.map((r) => (
              <li key={r.key}>{r.text}.</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

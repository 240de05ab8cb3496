import { CircleAlert, CircleMinus, TrendingUp } from 'lucide-react';
import type { VerdictResult } from '../../../shared/qi/verdict.ts';
import { cx } from '../../components/ui/cx.ts';

const LOOK = {
  improvement: { title: 'Improvement', Icon: TrendingUp, box: 'border-emerald-300 bg-emerald-50 text-emerald-950' },
  concern: { title: 'Concern', Icon: CircleAlert, box: 'border-amber-300 bg-amber-50 text-amber-950' },
  no_signal: { title: 'No signal yet', Icon: CircleMinus, box: 'border-slate-300 bg-slate-50 text-slate-900' },
} as const;

/**
 * The page's first word: is the needle moving, which way, in a plain sentence anyone can repeat — in
 * words, with an icon, not colour alone. The rule behind it is one click away, closed for everyone.
 */
export function VerdictCallout({ verdict, rulesLabel }: { verdict: VerdictResult; rulesLabel: string }) {
  const { title, Icon, box } = LOOK[verdict.verdict];
  const lines = verdict.reasons.map((r) => ({ key: `${r.rule}-${r.start}-${r.end}`, text: r.text.charAt(0).toUpperCase() + r.text.slice(1) }));
  return (
    <section aria-labelledby="verdict-heading" className={cx('rounded-xl border-2 p-4 sm:p-5', box)}>
      <h3 id="verdict-heading" className="flex items-center gap-2 text-lg font-semibold">
        <Icon aria-hidden="true" className="size-5 shrink-0" />
        <span>
          <span className="sr-only">Verdict: </span>
          {title}
        </span>
      </h3>
      <p className="mt-2 text-base">{verdict.sentence}</p>
      <details className="mt-2">
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium underline">How this was decided</summary>
        {lines.length > 0 ? (
          <div className="text-sm">
            <p className="font-medium">Signals found by the {rulesLabel}:</p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {lines.map((r) => (
                <li key={r.key}>{r.text}.</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-sm">
            {verdict.detail} Checked with the {rulesLabel}.
          </p>
        )}
      </details>
    </section>
  );
}

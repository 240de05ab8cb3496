import { CircleAlert, CircleMinus, TrendingUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { RuleSet, VerdictResult } from '../../../../shared/qi/verdict.ts';
import { howDecided } from '../../../../shared/qi/verdict-words.ts';
import { cx } from '../../../components/ui/cx.ts';
import { useWords } from '../../../lib/use-words.ts';
import { HowDecided } from './how-decided.tsx';

export const VERDICT_LOOK = {
  improvement: { Icon: TrendingUp, box: 'border-emerald-300 bg-emerald-50 text-emerald-950' },
  concern: { Icon: CircleAlert, box: 'border-amber-300 bg-amber-50 text-amber-950' },
  no_signal: { Icon: CircleMinus, box: 'border-slate-300 bg-slate-50 text-slate-900' },
} as const;

/**
 * The page's first word: is the needle moving, which way, in a plain sentence anyone can repeat — in
 * words, with an icon, not colour alone. The rule behind it is one click away, closed for everyone.
 */
export function VerdictCallout({ verdict, ruleSet }: { verdict: VerdictResult; ruleSet: RuleSet }) {
  const { t } = useTranslation('indicator');
  const words = useWords('qi');
  const { Icon, box } = VERDICT_LOOK[verdict.verdict];
  return (
    <section aria-labelledby="verdict-heading" className={cx('rounded-xl border-2 p-4 sm:p-5', box)}>
      <h3 id="verdict-heading" className="flex items-center gap-2 text-lg font-semibold">
        <Icon aria-hidden="true" className="size-5 shrink-0" />
        <span>
          <span className="sr-only">{t('verdict.label')} </span>
          {t(`verdict.title.${verdict.verdict}`)}
        </span>
      </h3>
      <p className="mt-2 text-base">{verdict.sentence}</p>
      <HowDecided lines={howDecided(verdict, ruleSet, words)} className="mt-2" />
    </section>
  );
}

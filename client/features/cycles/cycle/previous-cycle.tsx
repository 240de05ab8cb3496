import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DecisionBadge } from '../../../components/cycle-badges.tsx';
import { Text } from './cycle-read.tsx';
import type { Cycle } from '../use-cycles.ts';
import { paths } from '../../../app/paths.ts';

/** For a cycle in a ramp: what the one before it learned, so the team builds on it. */
export function PreviousCycle({ previous, slug }: { previous: NonNullable<Cycle['previous']>; slug: string }) {
  const { t } = useTranslation('cycles');
  return (
    <section aria-labelledby="previous-heading" className="space-y-3 rounded-xl border border-sky-200 bg-sky-50 p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="previous-heading" className="text-base font-semibold text-slate-900">
          {t('previous.heading')}
        </h3>
        <DecisionBadge decision={previous.decision} />
      </div>
      <p className="text-sm">
        <Link to={paths.cycle.href({ slug, cycleId: previous.id })} className="font-medium break-words">
          {t('previous.link', { number: previous.rampNumber, title: previous.title })}
        </Link>
      </p>
      <div className="space-y-1 text-sm">
        <h4 className="font-medium text-slate-700">{t('previous.learning')}</h4>
        <Text>{previous.learning}</Text>
      </div>
      <div className="space-y-1 text-sm">
        <h4 className="font-medium text-slate-700">{t('read.nextSteps')}</h4>
        <Text>{previous.nextSteps}</Text>
      </div>
    </section>
  );
}

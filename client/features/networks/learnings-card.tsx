import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { useFormats } from '../../lib/use-words.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { paths } from '../../app/paths.ts';

type Learning = RouterOutputs['home']['network']['learnings'][number];

/** What the network decided lately and why: the cycle, its decision, the start of its learning. */
export function LearningsCard({ slug, learnings, days }: { slug: string; learnings: readonly Learning[]; days: number }) {
  const { t } = useTranslation(['networks', 'common']);
  const f = useFormats();
  return (
    <SectionCard
      title={t('home.learnings.title')}
      action={
        <Link to={paths.cycles.href({ slug })} className="text-sm font-medium">
          {t('home.learnings.seeAll')}
        </Link>
      }
    >
      {learnings.length === 0 ? (
        <EmptyState>{t('home.learnings.empty', { n: f.count(days) })}</EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{t('home.learnings.intro', { n: f.count(days) })}</p>
          <ul className="space-y-3">
            {learnings.map((c) => (
              <li key={c.id} className="space-y-0.5">
                <Link to={paths.cycle.href({ slug, cycleId: c.id })} translate="no" className="font-medium break-words">
                  {c.title}
                </Link>
                <p className="text-xs font-medium text-slate-700">{t('home.learnings.decision', { decision: t(`common:labels.decision.${c.decision}`) })}</p>
                {c.learning && (
                  <p translate="no" className="text-sm break-words text-slate-700">
                    {c.learning}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </SectionCard>
  );
}

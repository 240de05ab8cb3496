import { useTranslation } from 'react-i18next';
import { familyAxis } from '../../../../shared/indicator/family-axis.ts';
import { ChartLegend } from '../../../components/chart/chart-legend.tsx';
import { useWords } from '../../../lib/use-words.ts';
import { FamilyCard } from './family-card.tsx';
import type { FamilyMember } from './family-chart.tsx';

/** Whether the family view has anything to add to the outcome's own page. */
export const hasFamily = (members: readonly FamilyMember[]) => members.some((m) => m.kind === 'contributing');

/**
 * The outcome beside the indicators that feed it, small charts on one time axis, so a network sees
 * at a glance that readiness is flat this year while pre-K enrollment has been rising for months.
 * Each chart has its own value scale: the measures count different things.
 */
export function FamilySection({ members, slug }: { members: readonly FamilyMember[]; slug: string }) {
  const { t } = useTranslation('indicator');
  const words = useWords('indicator', 'qi');
  const axis = familyAxis(members, words);
  return (
    <section aria-labelledby="family-heading" className="space-y-3">
      <div className="space-y-1">
        <h3 id="family-heading" className="text-lg font-semibold text-slate-900">
          {t('family.heading')}
        </h3>
        <p className="max-w-3xl text-sm text-slate-700">
          {axis.periods.length > 0 ? t('family.intro', { from: axis.labels[0], to: axis.labels.at(-1) }) : t('family.introEmpty')}
        </p>
      </div>
      <ChartLegend controlChart={members.some((m) => m.chart !== 'run')} hasTarget={members.some((m) => m.targetValue !== null)} />
      <ul className="grid gap-4 lg:grid-cols-2">
        {members.map((m, i) => (
          <li key={m.id} className="min-w-0">
            <FamilyCard member={m} labels={axis.labels} slots={axis.slots[i]!} slug={slug} />
          </li>
        ))}
      </ul>
    </section>
  );
}

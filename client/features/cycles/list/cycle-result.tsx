import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge.tsx';
import { Facts } from '../../../components/ui/facts.tsx';
import { useFormats } from '../../../lib/use-words.ts';
import { DecisionBadge, StageBadge } from '../../../components/cycle-badges.tsx';
import { Snippet } from './snippet.tsx';
import type { CycleListItem } from '../use-cycles.ts';
import { paths } from '../../../app/paths.ts';

/** A quick-logged cycle that still needs its plan and study written. */
export function ToCompleteBadge() {
  const { t } = useTranslation('cycles');
  return <Badge tone="warning">{t('list.toComplete')}</Badge>;
}

/** One cycle in the list: what it is, where it stands, and (with a search) where the words matched. */
export function CycleResult({ cycle, slug }: { cycle: CycleListItem; slug: string }) {
  const { t } = useTranslation('cycles');
  const f = useFormats();
  const facts = [
    f.shortDay(cycle.date),
    cycle.ownerName ? t('list.result.owner', { name: cycle.ownerName }) : t('read.noOwner'),
    cycle.changeIdeaTitle && t('list.result.changeIdea', { title: cycle.changeIdeaTitle }),
    cycle.organizationName && { name: cycle.organizationName },
    cycle.meetingTitle && t('list.result.meeting', { title: cycle.meetingTitle }),
  ];
  return (
    <li className="space-y-2 p-4">
      <h4 className="text-base font-semibold break-words">
        <Link translate="no" to={paths.cycle.href({ slug, cycleId: cycle.id })}>
          {cycle.title}
        </Link>
      </h4>
      <p className="flex flex-wrap items-center gap-1.5">
        <StageBadge stage={cycle.stage} />
        <DecisionBadge decision={cycle.decision} />
        {cycle.quickLog && cycle.stage !== 'done' && <ToCompleteBadge />}
        {cycle.rampId !== null && (
          <Badge>{t('list.result.ramp', { number: cycle.rampNumber })}</Badge>
        )}
      </p>
      <Facts parts={facts} className="text-sm break-words text-slate-700" />
      {cycle.snippet && <Snippet text={cycle.snippet} />}
    </li>
  );
}

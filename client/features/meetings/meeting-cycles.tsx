import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { DecisionBadge, StageBadge } from '../../components/cycle-badges.tsx';
import type { Meeting } from './meeting-values.ts';
import { paths } from '../../app/paths.ts';

type Cycle = Meeting['cycles'][number];

/** The cycles logged at a meeting: what, whose, how far along, and which quick logs still need completing. */
export function MeetingCycles({ cycles }: { cycles: readonly Cycle[] }) {
  const { t } = useTranslation(['meetings', 'cycles']);
  const { network } = useCurrentNetwork();
  return (
    <ul aria-label={t('page.cycles.label')} className="divide-y divide-slate-200">
      {cycles.map((c) => (
        <li key={c.id} className="flex flex-col gap-1.5 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
          <div className="min-w-0 space-y-0.5">
            <Link translate="no" to={paths.cycle.href({ slug: network.slug, cycleId: c.id })} className="font-medium break-words">
              {c.title}
            </Link>
            {c.ownerName ? (
              <p translate="no" className="text-sm text-slate-700">
                {c.ownerName}
              </p>
            ) : (
              <p className="text-sm text-slate-700">{t('cycles:read.noOwner')}</p>
            )}
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-1.5">
            <StageBadge stage={c.stage} />
            <DecisionBadge decision={c.decision} />
            {c.quickLog && c.stage !== 'done' && <Badge tone="warning">{t('cycles:list.toComplete')}</Badge>}
          </div>
        </li>
      ))}
    </ul>
  );
}

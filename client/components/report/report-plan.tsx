import type { PlanProgress } from '../../../shared/report/content.ts';
import type { Words } from '../../../shared/i18n/words.ts';
import { Facts } from '../ui/facts.tsx';
import { CountTable, Heading, type Level, type ReportAudience } from './report-parts.tsx';

/** The action plan's part of a report: actions by status, then the ones that need attention. */
export function PlanPart({ plan, level, audience, w }: { plan: PlanProgress; level: Level; audience: ReportAudience; w: Words }) {
  const { t, f } = w;
  const { counts, actions } = plan;
  const total = counts.done + counts.inProgress + counts.notStarted + counts.blocked + counts.dropped;
  if (total === 0 && actions.length === 0) return <p>{t('report:plan.none')}</p>;
  const attention = actions.filter((a) => a.overdue || a.status === 'blocked');
  return (
    <>
      <CountTable
        caption={t('report:view.plan.byStatus')}
        head={t('report:plan.status')}
        w={w}
        rows={[
          [t('labels.actionStatus.done'), counts.done],
          [t('labels.actionStatus.in_progress'), counts.inProgress],
          [t('labels.actionStatus.not_started'), counts.notStarted],
          [t('labels.actionStatus.blocked'), counts.blocked],
          [t('labels.actionStatus.dropped'), counts.dropped],
        ]}
      />
      <p>{counts.overdue === 0 ? t('report:view.plan.noOverdue') : t('report:view.plan.overdueCount', { count: counts.overdue, n: f.count(counts.overdue) })}</p>
      <Heading level={level} className="text-base font-semibold">
        {t('report:view.plan.attention')}
      </Heading>
      {attention.length === 0 ? (
        <p>{t('report:view.plan.noAttention')}</p>
      ) : (
        <ul className="space-y-2">
          {attention.map((a) => (
            <li key={a.id} className="break-inside-avoid border-l-4 border-amber-400 pl-3">
              <p translate="no" className="font-medium break-words">
                {a.title}
              </p>
              <Facts
                parts={[
                  a.overdue ? (a.dueDate ? t('report:view.plan.overdueDue', { date: f.day(a.dueDate) }) : t('report:view.plan.overdue')) : null,
                  a.status === 'blocked' ? t('labels.actionStatus.blocked') : !a.overdue ? t(`labels.actionStatus.${a.status}`) : null,
                  audience === 'network' && a.ownerName ? t('report:owner', { name: a.ownerName }) : null,
                  a.partnerName && { name: a.partnerName },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

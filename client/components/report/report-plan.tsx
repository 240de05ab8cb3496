import type { PlanProgress } from '../../../shared/report/content.ts';
import { ACTION_STATUS_LABELS } from '../../../shared/schemas/plan.ts';
import { formatDay } from '../../../shared/format/dates.ts';
import { plural } from '../../../shared/format/words.ts';
import { CountTable, Heading, type Level, type ReportAudience } from './report-parts.tsx';

/** The action plan's part of a report: actions by status, then the ones that need attention. */
export function PlanPart({ plan, level, audience }: { plan: PlanProgress; level: Level; audience: ReportAudience }) {
  const { counts, actions } = plan;
  const total = counts.done + counts.inProgress + counts.notStarted + counts.blocked + counts.dropped;
  if (total === 0 && actions.length === 0) return <p>The action plan had no actions by the end of this period.</p>;
  const attention = actions.filter((a) => a.overdue || a.status === 'blocked');
  return (
    <>
      <CountTable
        caption="Actions by status"
        head="Status"
        rows={[
          ['Done', counts.done],
          ['In progress', counts.inProgress],
          ['Not started', counts.notStarted],
          ['Blocked', counts.blocked],
          ['Dropped', counts.dropped],
        ]}
      />
      <p>{counts.overdue === 0 ? 'No action was overdue.' : `${plural(counts.overdue, 'action was', 'actions were')} overdue.`}</p>
      <Heading level={level} className="text-base font-semibold">
        Overdue and blocked actions
      </Heading>
      {attention.length === 0 ? (
        <p>No action was overdue or blocked at the end of this period.</p>
      ) : (
        <ul className="space-y-2">
          {attention.map((a) => (
            <li key={a.id} className="break-inside-avoid border-l-4 border-amber-400 pl-3">
              <p className="font-medium break-words">{a.title}</p>
              <p className="text-sm text-slate-700">
                {[
                  a.overdue ? `Overdue${a.dueDate ? ` (due ${formatDay(a.dueDate)})` : ''}` : null,
                  a.status === 'blocked' ? 'Blocked' : !a.overdue ? ACTION_STATUS_LABELS[a.status] : null,
                  audience === 'network' && a.ownerName ? `Owner: ${a.ownerName}` : null,
                  a.partnerName,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

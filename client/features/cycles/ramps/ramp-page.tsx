import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { MessagePage } from '../../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { formatShortDay } from '../../../../shared/format/dates.ts';
import { DecisionBadge, StageBadge } from '../../../components/cycle-badges.tsx';
import { RenameRamp } from './rename-ramp.tsx';
import { dateRange, firstLines } from '../labels.ts';
import { paths } from '../../../app/paths.ts';

/** One ramp: its cycles in order, each with its scale and what it learned. */
export function RampPage() {
  const { network } = useCurrentNetwork();
  const { rampId } = useParams();
  const id = Number(rampId);
  const valid = Number.isInteger(id) && id > 0;
  const trpc = useTRPC();
  const ramp = useQuery({ ...trpc.cycle.ramp.queryOptions({ networkId: network.id, rampId: valid ? id : 0 }), enabled: valid });
  usePageTitle(ramp.data ? `Ramp “${ramp.data.title}” · ${network.name}` : `Ramp · ${network.name}`);

  if (!valid || errorCode(ramp.error) === 'NOT_FOUND') {
    return (
      <MessagePage headingLevel={2} title="Ramp not found">
        There is no such ramp in this network. Its cycles may have been deleted, or the link may be mistyped.
      </MessagePage>
    );
  }
  if (ramp.isError) return <ErrorState message={errorMessage(ramp.error)} onRetry={() => void ramp.refetch()} />;
  if (!ramp.data) return <LoadingState label="Loading the ramp" />;

  const { title, cycles, canRename } = ramp.data;
  const idea = cycles.find((c) => c.changeIdeaTitle);
  return (
    <div className="space-y-4">
      <BackLink to={paths.ramps.href({ slug: network.slug })}>All ramps</BackLink>
      <div className="space-y-1">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 className="text-xl font-semibold break-words text-slate-900">{idea ? `Testing “${idea.changeIdeaTitle}”` : `Ramp “${title}”`}</h2>
          {canRename && <RenameRamp rampId={ramp.data.id} title={title} />}
        </div>
        <p className="text-sm text-slate-600">
          {idea && <>Ramp “{title}”. </>}
          {cycles.length === 1 ? 'One cycle so far.' : `${cycles.length} cycles, each building on the one before.`}{' '}
          {idea && <Link to={paths.cycles.href({ slug: network.slug }, { changeIdeaId: idea.changeIdeaId })}>All cycles of this change idea</Link>}
        </p>
      </div>
      <ol aria-label="Cycles in this ramp" className="relative space-y-4 border-l-2 border-slate-300 pl-5 sm:ml-2">
        {cycles.map((c) => {
          const dates = dateRange(c.startDate, c.endDate) ?? `Logged ${formatShortDay(c.loggedOn)}`;
          return (
            <li key={c.id} className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
              <span aria-hidden="true" className="absolute top-5 -left-[1.85rem] size-3 rounded-full border-2 border-white bg-slate-600" />
              <p className="text-sm font-semibold text-slate-700">Cycle {c.rampNumber}</p>
              <h3 className="text-base font-semibold break-words">
                <Link to={paths.cycle.href({ slug: network.slug, cycleId: c.id })}>{c.title}</Link>
              </h3>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
                <dt className="font-medium text-slate-700">Scale</dt>
                <dd className="break-words text-slate-900">{c.scale || 'Not given'}</dd>
                <dt className="font-medium text-slate-700">Dates</dt>
                <dd className="text-slate-900">{dates}</dd>
                <dt className="font-medium text-slate-700">Owner</dt>
                <dd className="text-slate-900">{c.ownerName ?? 'No owner'}</dd>
              </dl>
              <p className="mt-2 flex flex-wrap items-center gap-1.5">
                <StageBadge stage={c.stage} />
                <DecisionBadge decision={c.decision} />
              </p>
              <div className="mt-2 text-sm">
                <p className="font-medium text-slate-700">Learning</p>
                <p className={c.learning.trim() ? 'break-words whitespace-pre-wrap text-slate-900' : 'text-slate-600 italic'}>
                  {c.learning.trim() ? firstLines(c.learning) : 'Not written yet.'}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

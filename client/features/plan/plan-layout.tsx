import { Outlet } from 'react-router';
import { SectionNav } from '../../components/ui/section-nav.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { PlanComments } from './review/review-note.tsx';
import { PlanStatusBar } from './plan-status-bar.tsx';
import { usePlanQuery, type PlanOutlet } from './use-plan.ts';

const SECTIONS = [
  { to: 'diagram', label: 'Driver diagram' },
  { to: 'actions', label: 'Actions' },
  { to: 'review', label: 'Review' },
];

/** Every plan page: the plan's status and the lead's plan-wide comments on top, then the page. */
export function PlanLayout() {
  const current = useCurrentNetwork();
  const plan = usePlanQuery(current.network.id);

  return (
    <div className="space-y-5">
      <h2 className="text-xl font-semibold text-slate-900">Action plan</h2>
      {plan.isPending && <LoadingState label="Loading the action plan" />}
      {plan.isError && <ErrorState message={errorMessage(plan.error)} onRetry={() => void plan.refetch()} />}
      {plan.data && (
        <>
          <PlanStatusBar plan={plan.data} />
          <PlanComments plan={plan.data} />
          <SectionNav label="Action plan" sections={SECTIONS} />
          <Outlet context={{ ...current, plan: plan.data } satisfies PlanOutlet} />
        </>
      )}
    </div>
  );
}

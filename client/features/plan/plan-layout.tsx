import { NavLink, Outlet } from 'react-router';
import { cx } from '../../components/ui/cx.ts';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { PlanComments } from './review-note.tsx';
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
          <PlanNav />
          <Outlet context={{ ...current, plan: plan.data } satisfies PlanOutlet} />
        </>
      )}
    </div>
  );
}

// The plan's own sections, as a segmented control under the network's tabs: a second row of
// underlined tabs would read as more of the same.
function PlanNav() {
  return (
    <nav aria-label="Action plan">
      <ul className="flex gap-1 rounded-xl bg-slate-200/70 p-1 sm:inline-flex">
        {SECTIONS.map((s) => (
          <li key={s.to} className="flex-1 sm:flex-none">
            <NavLink
              to={s.to}
              className={({ isActive }) =>
                cx(
                  'flex min-h-11 items-center justify-center rounded-lg px-3 text-center text-sm font-medium no-underline hover:no-underline',
                  isActive ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-700 hover:bg-white/60 hover:text-slate-900',
                )
              }
            >
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

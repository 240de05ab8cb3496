import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SectionNav } from '../../components/ui/section-nav.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { PlanComments } from './review/review-note.tsx';
import { PlanStatusBar } from './plan-status-bar.tsx';
import { usePlanQuery, type PlanOutlet } from './use-plan.ts';

/** Every plan page: the plan's status and the lead's plan-wide comments on top, then the page. */
export function PlanLayout() {
  const { t } = useTranslation('plan');
  const current = useCurrentNetwork();
  const sections = [
    { to: 'diagram', label: t('layout.sections.diagram') },
    { to: 'actions', label: t('layout.sections.actions') },
    { to: 'review', label: t('layout.sections.review') },
  ];
  const plan = usePlanQuery(current.network.id);

  return (
    <div className="space-y-5">
      <h2 className="text-xl font-semibold text-slate-900">{t('layout.heading')}</h2>
      {plan.isPending && <LoadingState label={t('layout.loading')} />}
      {plan.isError && <ErrorState message={errorMessage(plan.error)} onRetry={() => void plan.refetch()} />}
      {plan.data && (
        <>
          <PlanStatusBar plan={plan.data} />
          <PlanComments plan={plan.data} />
          <SectionNav label={t('layout.heading')} sections={sections} />
          <Outlet context={{ ...current, plan: plan.data } satisfies PlanOutlet} />
        </>
      )}
    </div>
  );
}

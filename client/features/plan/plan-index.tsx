import { Navigate } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { usePlan } from './use-plan.ts';

/** /plan: a member who owns actions starts at theirs; everyone else at the driver diagram. */
export function PlanIndex() {
  const { standing, myId, plan } = usePlan();
  const ownsAny = plan.actions.some((a) => a.ownerId === myId);
  return <Navigate to={!can(standing, 'plan.edit') && ownsAny ? 'actions?view=mine' : 'diagram'} replace />;
}

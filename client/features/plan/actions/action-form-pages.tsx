import { useNavigate, useParams, useSearchParams } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import { Card } from '../../../components/ui/card.tsx';
import { MessagePage } from '../../../components/ui/message-page.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { ActionForm } from './action-form.tsx';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { usePlan } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

export function NewActionPage() {
  const { network, standing } = usePlan();
  usePageTitle(`Add an action · ${network.name}`);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const list = paths.actions.href({ slug: network.slug });
  if (!can(standing, 'plan.edit')) return <NotAllowed />;
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink to={list}>All actions</BackLink>
      <h3 className="text-lg font-semibold text-slate-900">Add an action</h3>
      <Card>
        <ActionForm nodeId={params.get('node') ?? undefined} onCancel={() => void navigate(list)} />
      </Card>
    </div>
  );
}

export function EditActionPage() {
  const { network, standing, plan } = usePlan();
  const { actionId } = useParams();
  const action = plan.actions.find((a) => String(a.id) === actionId);
  usePageTitle(action ? `Edit “${action.title}” · ${network.name}` : `Action not found · ${network.name}`);
  const navigate = useNavigate();
  const detail = paths.action.href({ slug: network.slug, actionId: actionId! });
  if (!can(standing, 'plan.edit')) return <NotAllowed />;
  if (!action) return <ActionNotFound />;
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink to={detail}>Back to the action</BackLink>
      <h3 className="text-lg font-semibold break-words text-slate-900">Edit “{action.title}”</h3>
      <Card>
        <ActionForm action={action} onCancel={() => void navigate(detail)} />
      </Card>
    </div>
  );
}

function NotAllowed() {
  return (
    <MessagePage headingLevel={2} title="Only facilitators and leads edit actions">
      If you own an action, you can update its progress from the action’s page.
    </MessagePage>
  );
}

export function ActionNotFound() {
  return (
    <MessagePage headingLevel={2} title="Action not found">
      There is no such action in this network’s plan. The link may be mistyped.
    </MessagePage>
  );
}

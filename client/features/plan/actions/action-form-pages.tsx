import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('plan');
  const { network, standing } = usePlan();
  usePageTitle(t('detail.addTitle', { network: network.name }));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const list = paths.actions.href({ slug: network.slug });
  if (!can(standing, 'plan.edit')) return <NotAllowed />;
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink to={list}>{t('detail.back')}</BackLink>
      <h3 className="text-lg font-semibold text-slate-900">{t('menu.addAction')}</h3>
      <Card>
        <ActionForm nodeId={params.get('node') ?? undefined} onCancel={() => void navigate(list)} />
      </Card>
    </div>
  );
}

export function EditActionPage() {
  const { t } = useTranslation('plan');
  const { network, standing, plan } = usePlan();
  const { actionId } = useParams();
  const action = plan.actions.find((a) => String(a.id) === actionId);
  usePageTitle(action ? t('detail.editTitle', { action: action.title, network: network.name }) : t('detail.notFoundTitle', { network: network.name }));
  const navigate = useNavigate();
  const detail = paths.action.href({ slug: network.slug, actionId: actionId! });
  if (!can(standing, 'plan.edit')) return <NotAllowed />;
  if (!action) return <ActionNotFound />;
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink to={detail}>{t('detail.backToAction')}</BackLink>
      <h3 className="text-lg font-semibold break-words text-slate-900">{t('detail.editHeading', { action: action.title })}</h3>
      <Card>
        <ActionForm action={action} onCancel={() => void navigate(detail)} />
      </Card>
    </div>
  );
}

function NotAllowed() {
  const { t } = useTranslation('plan');
  return (
    <MessagePage headingLevel={2} title={t('detail.notAllowed.title')}>
      {t('detail.notAllowed.body')}
    </MessagePage>
  );
}

export function ActionNotFound() {
  const { t } = useTranslation('plan');
  return (
    <MessagePage headingLevel={2} title={t('detail.notFound.title')}>
      {t('detail.notFound.body')}
    </MessagePage>
  );
}

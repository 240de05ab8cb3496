import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/domain/permissions.ts';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuditLog } from './audit-log.tsx';
import { useNetworkAudit } from './use-audit-pages.ts';

export function NetworkActivityPage() {
  const { network, standing } = useCurrentNetwork();
  const { t } = useTranslation('audit');
  usePageTitle(t('network.title', { network: network.name }));
  if (!can(standing, 'audit.listNetwork')) {
    return (
      <MessagePage headingLevel={2} title={t('network.onlyLeads')}>
        {t('network.askLead')}
      </MessagePage>
    );
  }
  return <NetworkActivity networkId={network.id} />;
}

function NetworkActivity({ networkId }: { networkId: number }) {
  const { t } = useTranslation('audit');
  const query = useNetworkAudit(networkId);
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">{t('network.heading')}</h2>
        <p className="text-sm text-slate-600">{t('network.intro')}</p>
      </div>
      <AuditLog query={query} showNetwork={false} />
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Field } from '../../components/ui/field.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuditLog } from './audit-log.tsx';
import { useAdminAudit } from './use-audit-pages.ts';

export function AdminActivityPage() {
  const { t } = useTranslation('audit');
  usePageTitle(t('admin.title'));
  const trpc = useTRPC();
  const networks = useQuery(trpc.network.list.queryOptions());
  // The filter lives in the address, so a filtered view can be reloaded and shared.
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('network'));
  const networkId = Number.isInteger(raw) && raw > 0 ? raw : undefined;
  const query = useAdminAudit(networkId);

  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <div className="mb-4 max-w-sm">
        <Field label={t('admin.network')}>
          {(p) => (
            <Select
              {...p}
              value={networkId ?? ''}
              onChange={(e) => setParams(e.target.value ? { network: e.target.value } : {}, { replace: true })}
            >
              <option value="">{t('admin.all')}</option>
              {networks.data?.map((n) => (
                <option key={n.id} value={n.id} translate="no">
                  {n.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <AuditLog query={query} showNetwork={networkId === undefined} />
    </>
  );
}

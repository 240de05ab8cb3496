import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/domain/permissions.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { MemberRow } from './member-row.tsx';
import { RoleAnnouncement } from './role-announcement.tsx';
import type { RoleChange } from './role-select.tsx';

export function PeoplePage() {
  const { network, standing } = useCurrentNetwork();
  const { t } = useTranslation('people');
  const f = useFormats();
  usePageTitle(t('page.title', { network: network.name }));
  const trpc = useTRPC();
  const members = useQuery(trpc.member.list.queryOptions({ networkId: network.id }));
  const canManage = can(standing, 'member.changeRole');
  const [roleChange, setRoleChange] = useState<RoleChange | null>(null);

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">{t('page.heading')}</h2>
        <p className="text-sm text-slate-600">
          {members.data ? t('page.count', { count: members.data.length, n: f.count(members.data.length) }) : t('page.everyone')}
          {canManage && ` ${t('page.canManage')}`}
        </p>
      </div>
      {canManage && <RoleAnnouncement change={roleChange} onChanged={setRoleChange} />}
      {members.isPending && <LoadingState label={t('page.loading')} />}
      {members.isError && <ErrorState message={errorMessage(members.error)} onRetry={() => void members.refetch()} />}
      {members.data?.length === 0 && <EmptyState>{t('page.empty')}</EmptyState>}
      {members.data && members.data.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
          {members.data.map((m) => (
            <MemberRow key={m.userId} member={m} canManage={canManage} onRoleChanged={setRoleChange} />
          ))}
        </ul>
      )}
    </div>
  );
}

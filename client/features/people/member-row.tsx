import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { RemoveMemberButton } from './remove-member-button.tsx';
import { RoleSelect, type RoleChange } from './role-select.tsx';

type Member = RouterOutputs['member']['list'][number];

export function MemberRow({ member, canManage, onRoleChanged }: { member: Member; canManage: boolean; onRoleChanged: (change: RoleChange) => void }) {
  const { t } = useTranslation(['people', 'common']);
  const { myId } = useCurrentNetwork();
  const isMe = member.userId === myId;
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 space-y-0.5">
        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
          <span className="break-words" translate="no">
            {member.name}
          </span>
          {isMe && <Badge tone="accent">{t('row.you')}</Badge>}
          {member.deactivated && <Badge tone="danger">{t('row.deactivated')}</Badge>}
        </p>
        {member.email && <p className="text-sm break-all text-slate-600" translate="no">
            {member.email}
          </p>}
        <p className="text-sm text-slate-700">
          {member.organizationName ? (
            <>
              <span translate="no">{member.organizationName}</span>
              {member.organizationSector && <span className="text-slate-600"> · {t(`common:labels.sector.${member.organizationSector}`)}</span>}
            </>
          ) : (
            <span className="text-slate-600">{t('row.noOrganization')}</span>
          )}
        </p>
      </div>
      {canManage ? <ManageControls member={member} onRoleChanged={onRoleChanged} /> : <Badge>{t(`common:labels.role.${member.role}`)}</Badge>}
    </li>
  );
}

function ManageControls({ member, onRoleChanged }: { member: Member; onRoleChanged: (change: RoleChange) => void }) {
  return (
    <div className="flex shrink-0 items-center gap-2">
      <RoleSelect member={member} onChanged={onRoleChanged} />
      <RemoveMemberButton member={member} />
    </div>
  );
}

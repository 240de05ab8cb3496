import { NETWORK_ROLE_LABELS } from '../../../shared/schemas/membership.ts';
import { SECTOR_LABELS } from '../../../shared/schemas/organization.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { RemoveMemberButton } from './remove-member-button.tsx';
import { RoleSelect, type RoleChange } from './role-select.tsx';

type Member = RouterOutputs['member']['list'][number];

export function MemberRow({ member, canManage, onRoleChanged }: { member: Member; canManage: boolean; onRoleChanged: (change: RoleChange) => void }) {
  const { myId } = useCurrentNetwork();
  const isMe = member.userId === myId;
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 space-y-0.5">
        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
          <span className="break-words">{member.name}</span>
          {isMe && <Badge tone="accent">You</Badge>}
          {member.deactivated && <Badge tone="danger">Deactivated</Badge>}
        </p>
        {member.email && <p className="text-sm break-all text-slate-600">{member.email}</p>}
        <p className="text-sm text-slate-700">
          {member.organizationName ? (
            <>
              {member.organizationName}
              {member.organizationSector && <span className="text-slate-600"> · {SECTOR_LABELS[member.organizationSector]}</span>}
            </>
          ) : (
            <span className="text-slate-600">No organization named</span>
          )}
        </p>
      </div>
      {canManage ? <ManageControls member={member} onRoleChanged={onRoleChanged} /> : <Badge>{NETWORK_ROLE_LABELS[member.role]}</Badge>}
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

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { NETWORK_ROLE_LABELS, NETWORK_ROLES, type NetworkRole } from '../../../shared/schemas/membership.ts';
import { SECTOR_LABELS } from '../../../shared/schemas/organization.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { FieldError } from '../../components/ui/field.tsx';
import { Select } from '../../components/ui/select.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { RemoveMemberButton } from './remove-member-button.tsx';

type Member = RouterOutputs['member']['list'][number];

export function MemberRow({ member, canManage }: { member: Member; canManage: boolean }) {
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
      {canManage ? <ManageControls member={member} /> : <Badge>{NETWORK_ROLE_LABELS[member.role]}</Badge>}
    </li>
  );
}

function ManageControls({ member }: { member: Member }) {
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const changeRole = useMutation(
    trpc.member.changeRole.mutationOptions({
      onMutate: () => setError(null),
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.member.pathFilter()),
          queryClient.invalidateQueries(trpc.network.pathFilter()),
        ]),
      onError: (e) => setError(errorMessage(e)),
    }),
  );

  return (
    <div className="flex shrink-0 flex-col gap-1 sm:items-end">
      <div className="flex items-center gap-2">
        {changeRole.isPending && <Spinner className="text-slate-600" />}
        <label className="sr-only" htmlFor={`${errorId}-role`}>
          Role for {member.name}
        </label>
        <Select
          id={`${errorId}-role`}
          className="w-40"
          value={changeRole.isPending ? changeRole.variables.role : member.role}
          disabled={changeRole.isPending}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => changeRole.mutate({ networkId: network.id, userId: member.userId, role: e.target.value as NetworkRole })}
        >
          {NETWORK_ROLES.map((r) => (
            <option key={r} value={r}>
              {NETWORK_ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
        <RemoveMemberButton member={member} />
      </div>
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_ROLES, type NetworkRole } from '../../../shared/schemas/membership.ts';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { Select } from '../../components/ui/select.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

type Member = { userId: string; name: string; role: NetworkRole };

/** A role change, announced by the page with a way back. */
export type RoleChange = { userId: string; name: string; from: NetworkRole; to: NetworkRole; undone?: boolean };

/** A role's name inside a sentence: 'Sam is now a lead'. */
export function useRoleWord(): (role: NetworkRole) => string {
  const { t, i18n } = useTranslation();
  return (role) => t(`labels.role.${role}`).toLocaleLowerCase(i18n.resolvedLanguage);
}

/**
 * Choosing a role only proposes it: a role gives powers (a lead approves the plan, removes people),
 * so one mis-tap on a phone must not grant them. The dialog says what the role may do.
 */
export function RoleSelect({ member, onChanged }: { member: Member; onChanged: (change: RoleChange) => void }) {
  const { t } = useTranslation(['people', 'common']);
  const roleWord = useRoleWord();
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [proposed, setProposed] = useState<NetworkRole | null>(null);
  const changeRole = useMutation(
    trpc.member.changeRole.mutationOptions({
      onSuccess: async (_r, input) => {
        await Promise.all([queryClient.invalidateQueries(trpc.member.pathFilter()), queryClient.invalidateQueries(trpc.network.pathFilter())]);
        setProposed(null);
        onChanged({ userId: member.userId, name: member.name, from: member.role, to: input.role });
      },
    }),
  );

  const close = () => {
    setProposed(null);
    changeRole.reset();
  };

  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {t('role.selectLabel', { name: member.name })}
      </label>
      <Select
        id={id}
        className="w-40"
        value={proposed ?? member.role}
        onChange={(e) => {
          const role = e.target.value as NetworkRole;
          if (role !== member.role) setProposed(role);
        }}
      >
        {NETWORK_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`common:labels.role.${r}`)}
          </option>
        ))}
      </Select>
      {proposed && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && close()}
          title={t('role.title', { name: member.name, role: roleWord(proposed) })}
          description={
            <div className="space-y-2">
              <p>{t('role.now', { name: member.name, role: roleWord(member.role), network: network.name })}</p>
              <p>{t(`people:rolePowers.${proposed}`)}</p>
            </div>
          }
          confirmLabel={t('role.confirm', { role: roleWord(proposed) })}
          danger={false}
          pending={changeRole.isPending}
          error={changeRole.isError ? errorMessage(changeRole.error) : undefined}
          onConfirm={() => changeRole.mutate({ networkId: network.id, userId: member.userId, role: proposed })}
        />
      )}
    </>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useRoleWord, type RoleChange } from './role-select.tsx';

/**
 * Says what the last role change did, with Undo: the way back is the same change the other way,
 * so it is checked (the last lead stays) and logged like any other.
 */
export function RoleAnnouncement({ change, onChanged }: { change: RoleChange | null; onChanged: (change: RoleChange) => void }) {
  const { t } = useTranslation('people');
  const roleWord = useRoleWord();
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const undo = useMutation(
    trpc.member.changeRole.mutationOptions({
      onSuccess: async () => {
        await Promise.all([queryClient.invalidateQueries(trpc.member.pathFilter()), queryClient.invalidateQueries(trpc.network.pathFilter())]);
        if (change) onChanged({ ...change, from: change.to, to: change.from, undone: true });
      },
    }),
  );

  return (
    // Always in the page, so screen readers announce what appears in it.
    <div role="status" className="empty:hidden">
      {change && (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
          <p className="min-w-0 flex-1">
            {t(change.undone ? 'announce.again' : 'announce.now', { name: change.name, role: roleWord(change.to) })}
            {undo.isError && <span className="block text-red-800">{errorMessage(undo.error)}</span>}
          </p>
          {!change.undone && (
            <Button
              variant="secondary"
              size="sm"
              className="min-h-11"
              pending={undo.isPending}
              onClick={() => undo.mutate({ networkId: network.id, userId: change.userId, role: change.from })}
            >
              {t('announce.undo')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SECTOR_LABELS } from '../../../shared/schemas/organization.ts';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { OrganizationForm } from './organization-form.tsx';

const TITLE = 'Your partner organization';

/** The organization the signed-in person represents in this network, and a way to change it. */
export function MyOrganization() {
  const { network, myId } = useCurrentNetwork();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const members = useQuery({ ...trpc.member.list.queryOptions({ networkId: network.id }), enabled: network.role !== null });

  if (network.role === null) {
    return (
      <SectionCard title={TITLE}>
        <p className="text-sm text-slate-700">
          You are not a member of this network, so you do not represent a partner organization in it.
        </p>
      </SectionCard>
    );
  }

  const mine = members.data?.find((m) => m.userId === myId);
  const current = mine?.organizationId
    ? { id: mine.organizationId, name: mine.organizationName ?? '', sector: mine.organizationSector }
    : null;

  return (
    <SectionCard title={TITLE}>
      {members.isPending && <LoadingState />}
      {members.isError && <ErrorState message={errorMessage(members.error)} onRetry={() => void members.refetch()} />}
      {members.data && (
        <div className="space-y-3">
          {current ? (
            <p className="text-sm text-slate-800">
              You represent <strong className="font-semibold">{current.name}</strong>
              {current.sector && <span className="text-slate-600"> ({SECTOR_LABELS[current.sector]})</span>}.
            </p>
          ) : (
            <p className="text-sm text-slate-700">
              You have not named an organization. Partners see which organizations take part, so name yours if you
              represent one.
            </p>
          )}
          <Dialog
            open={open}
            onOpenChange={setOpen}
            title={TITLE}
            description="Which organization do you represent in this network?"
            trigger={<Button variant="secondary">{current ? 'Change organization' : 'Set organization'}</Button>}
          >
            <OrganizationForm currentId={current?.id ?? null} onDone={() => setOpen(false)} />
          </Dialog>
        </div>
      )}
    </SectionCard>
  );
}

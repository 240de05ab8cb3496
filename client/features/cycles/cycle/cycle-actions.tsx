import { useMutation } from '@tanstack/react-query';
import { ArrowRight, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { idempotentRetry, newClientId } from '../../../lib/client-id.ts';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useRefreshCycles, type Cycle, type CyclePageState } from '../use-cycles.ts';
import { paths } from '../../../app/paths.ts';

/**
 * "Start the next cycle": the following cycle of the ramp, carrying the plan forward. Most
 * prominent once the team has studied and decided, and especially after "Adapt".
 */
export function NextCycle({ cycle }: { cycle: Cycle }) {
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshCycles();
  const navigate = useNavigate();
  // One id per press-and-retries on this page: a request retried on bad wifi never makes two cycles.
  const [clientId] = useState(newClientId);
  const start = useMutation(
    trpc.cycle.continueRamp.mutationOptions({
      ...idempotentRetry,
      onSuccess: async ({ id }) => {
        await refresh();
        const state: CyclePageState = {
          notice: `Cycle ${(cycle.rampNumber ?? 1) + 1} of the ramp is started. It carries the plan forward: set its scale, and write new predictions before you try it.`,
        };
        await navigate(paths.cycle.href({ slug: network.slug, cycleId: id }), { state });
      },
    }),
  );

  const following = cycle.ramp?.cycles.find((c) => c.rampNumber > (cycle.rampNumber ?? 0));
  if (following) {
    return (
      <p className="text-sm text-slate-800">
        The next cycle in this ramp:{' '}
        <Link to={paths.cycle.href({ slug: network.slug, cycleId: following.id })} className="font-medium">
          Cycle {following.rampNumber}, “{following.title}”
        </Link>
      </p>
    );
  }
  if (!cycle.canEdit) return null;
  const late = cycle.stage === 'act' || cycle.stage === 'done';
  return (
    <div className="space-y-2">
      {cycle.decision === 'adapt' && <p className="text-sm text-slate-800">You chose to adapt: the next cycle tests the changed version.</p>}
      <Button variant={late ? 'primary' : 'secondary'} pending={start.isPending} pendingLabel="Starting…" onClick={() => start.mutate({ networkId: network.id, cycleId: cycle.id, clientId })}>
        Start the next cycle <ArrowRight aria-hidden="true" className="size-4" />
      </Button>
      <p className="text-sm text-slate-600">It keeps the change idea, people and plan; you write its scale and predictions.</p>
      {start.isError && <Alert tone="error">The next cycle was not started. {errorMessage(start.error)}</Alert>}
    </div>
  );
}

export function DeleteCycle({ cycle }: { cycle: Cycle }) {
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshCycles();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.cycle.delete.mutationOptions({
      onSuccess: async () => {
        const state: CyclePageState = { notice: `Cycle “${cycle.title}” is deleted.` };
        await navigate(paths.cycles.href({ slug: network.slug }), { state });
        await refresh();
      },
      onError: (error) => {
        if (isStaleVersion(error)) void refresh();
      },
    }),
  );
  const error = remove.error
    ? isStaleVersion(remove.error)
      ? 'Someone changed this cycle just now, so it was not deleted. Look at the newest version first; then delete it if you still want to.'
      : errorMessage(remove.error)
    : undefined;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) remove.reset();
      }}
      trigger={
        <Button variant="ghost" className="text-red-800">
          <Trash2 aria-hidden="true" className="size-4" /> Delete cycle
        </Button>
      }
      title="Delete this cycle?"
      description={`“${cycle.title}” and everything written in it will be gone for everyone. This cannot be undone.`}
      confirmLabel="Delete cycle"
      danger
      pending={remove.isPending}
      error={error}
      onConfirm={() => remove.mutate({ networkId: network.id, cycleId: cycle.id, version: cycle.version })}
    />
  );
}

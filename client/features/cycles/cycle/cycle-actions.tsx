import { useMutation } from '@tanstack/react-query';
import { ArrowRight, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('cycles');
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
          notice: t('next.started', { number: (cycle.rampNumber ?? 1) + 1 }),
        };
        await navigate(paths.cycle.href({ slug: network.slug, cycleId: id }), { state });
      },
    }),
  );

  const following = cycle.ramp?.cycles.find((c) => c.rampNumber > (cycle.rampNumber ?? 0));
  if (following) {
    return (
      <p className="text-sm text-slate-800">
        {t('next.following')}{' '}
        <Link to={paths.cycle.href({ slug: network.slug, cycleId: following.id })} className="font-medium">
          {t('next.followingLink', { number: following.rampNumber, title: following.title })}
        </Link>
      </p>
    );
  }
  if (!cycle.canEdit) return null;
  const late = cycle.stage === 'act' || cycle.stage === 'done';
  return (
    <div className="space-y-2">
      {cycle.decision === 'adapt' && <p className="text-sm text-slate-800">{t('next.adapted')}</p>}
      <Button variant={late ? 'primary' : 'secondary'} pending={start.isPending} pendingLabel={t('next.starting')} onClick={() => start.mutate({ networkId: network.id, cycleId: cycle.id, clientId })}>
        {t('next.start')} <ArrowRight aria-hidden="true" className="size-4" />
      </Button>
      <p className="text-sm text-slate-600">{t('next.keeps')}</p>
      {start.isError && <Alert tone="error">{t('next.failed', { reason: errorMessage(start.error) })}</Alert>}
    </div>
  );
}

export function DeleteCycle({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshCycles();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.cycle.delete.mutationOptions({
      onSuccess: async () => {
        const state: CyclePageState = { notice: t('delete.done', { title: cycle.title }) };
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
      ? t('delete.stale')
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
          <Trash2 aria-hidden="true" className="size-4" /> {t('delete.button')}
        </Button>
      }
      title={t('delete.title')}
      description={t('delete.description', { title: cycle.title })}
      confirmLabel={t('delete.button')}
      danger
      pending={remove.isPending}
      error={error}
      onConfirm={() => remove.mutate({ networkId: network.id, cycleId: cycle.id, version: cycle.version })}
    />
  );
}

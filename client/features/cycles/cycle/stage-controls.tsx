import { useMutation } from '@tanstack/react-query';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPredictions, nextStage, stageBlockers } from '../../../../shared/domain/cycle.ts';
import { CYCLE_STAGES, type CycleStage } from '../../../../shared/schemas/cycle.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorData, errorMessage } from '../../../lib/errors.ts';
import { useWords } from '../../../lib/use-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import type { CycleSection } from '../form/cycle-form-values.ts';
import { useRefreshCycles, type Cycle } from '../use-cycles.ts';

type Props = {
  cycle: Cycle;
  /** Opens the part of the cycle where a blocker is fixed. */
  onEdit: (section: CycleSection) => void;
};

/**
 * Move to the next stage, or back. When the shared rules say the move cannot happen yet, the
 * button stays reachable and the reasons sit right by it; pressing it brings them to focus.
 */
export function StageControls({ cycle, onEdit }: Props) {
  const { t } = useTranslation(['cycles', 'common']);
  const words = useWords('cycles');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshCycles();
  const reasonsId = useId();
  const reasonsRef = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  const index = CYCLE_STAGES.indexOf(cycle.stage);
  const next = nextStage(cycle.stage);
  const previous: CycleStage | null = CYCLE_STAGES[index - 1] ?? null;
  const blockers = next ? stageBlockers(cycle, next, words) : [];
  const stageName = (stage: CycleStage) => t(`common:labels.stage.${stage}`);
  const blocked = blockers.length > 0;

  const move = useMutation(
    trpc.cycle.setStage.mutationOptions({
      onSuccess: async (_r, input) => {
        await refresh();
        setMessage({ tone: 'success', text: t('stage.moved', { stage: stageName(input.stage) }) });
      },
      onError: async (error) => {
        if (isStaleVersion(error)) {
          await refresh();
          setMessage({ tone: 'error', text: t('stage.stale') });
        } else if (errorData(error)?.appCode === 'STAGE_BLOCKED') {
          await refresh();
          setMessage({ tone: 'error', text: errorMessage(error) });
        } else {
          setMessage({ tone: 'error', text: t('stage.failed', { reason: errorMessage(error) }) });
        }
      },
    }),
  );

  function go(stage: CycleStage) {
    setMessage(null);
    move.mutate({ networkId: network.id, cycleId: cycle.id, version: cycle.version, stage });
  }

  function forward() {
    if (!next) return;
    if (blocked) {
      // An earlier "moved" message would read as if this press had worked.
      setMessage(null);
      reasonsRef.current?.focus();
      return;
    }
    go(next);
  }

  const fixIn: CycleSection | null = next === 'study' ? 'plan' : next === 'done' ? 'act' : null;
  return (
    <div className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-start">
        {next && (
          <Button
            onClick={forward}
            aria-disabled={blocked || undefined}
            aria-describedby={blocked ? reasonsId : undefined}
            pending={move.isPending && move.variables?.stage === next}
            pendingLabel={t('stage.moving')}
            className={blocked ? 'opacity-70' : undefined}
          >
            {t('stage.forward', { stage: stageName(next) })} <ArrowRight aria-hidden="true" className="size-4" />
          </Button>
        )}
        {previous && (
          <Button
            variant="secondary"
            onClick={() => go(previous)}
            pending={move.isPending && move.variables?.stage === previous}
            pendingLabel={t('stage.moving')}
          >
            <ArrowLeft aria-hidden="true" className="size-4" /> {t('stage.back', { stage: stageName(previous) })}
          </Button>
        )}
      </div>
      {blocked && next && (
        <div
          id={reasonsId}
          ref={reasonsRef}
          tabIndex={-1}
          className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 focus:outline-3 focus:outline-accent-600"
        >
          <p className="font-semibold">{t('stage.notReady', { stage: stageName(next) })}</p>
          <ul className="list-disc space-y-1 pl-5">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
          {fixIn && cycle.canEdit && (
            <Button variant="secondary" size="sm" onClick={() => onEdit(fixIn)}>
              {fixIn === 'plan' ? t('stage.fixPlan') : t('stage.fixAct')}
            </Button>
          )}
        </div>
      )}
      {next === 'do' && !hasPredictions(cycle.questions) && (
        <p className="text-sm text-slate-700">
          {t('stage.tip')}
        </p>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}

import { CYCLE_STAGE_LABELS, DECISION_LABELS, type CycleStage, type Decision } from '../../shared/schemas/cycle.ts';
import { Badge } from './ui/badge.tsx';

const STAGE_TONE: Record<CycleStage, 'neutral' | 'accent' | 'success'> = {
  plan: 'neutral',
  do: 'accent',
  study: 'accent',
  act: 'accent',
  done: 'success',
};

const DECISION_TONE: Record<Decision, 'success' | 'warning' | 'danger'> = {
  adopt: 'success',
  adapt: 'warning',
  abandon: 'danger',
};

/** The stage in words (never colour alone): "Stage: Study". */
export function StageBadge({ stage }: { stage: CycleStage }) {
  return (
    <Badge tone={STAGE_TONE[stage]}>
      <span className="sr-only">Stage: </span>
      {CYCLE_STAGE_LABELS[stage]}
    </Badge>
  );
}

export function DecisionBadge({ decision }: { decision: Decision | null }) {
  if (!decision) return null;
  return (
    <Badge tone={DECISION_TONE[decision]}>
      <span className="sr-only">Decision: </span>
      {DECISION_LABELS[decision]}
    </Badge>
  );
}

import { useTranslation } from 'react-i18next';
import type { CycleStage, Decision } from '../../shared/schemas/cycle.ts';
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
  const { t } = useTranslation(['cycles', 'common']);
  return (
    <Badge tone={STAGE_TONE[stage]}>
      <span className="sr-only">{t('badge.stage')} </span>
      {t(`common:labels.stage.${stage}`)}
    </Badge>
  );
}

export function DecisionBadge({ decision }: { decision: Decision | null }) {
  const { t } = useTranslation(['cycles', 'common']);
  if (!decision) return null;
  return (
    <Badge tone={DECISION_TONE[decision]}>
      <span className="sr-only">{t('badge.decision')} </span>
      {t(`common:labels.decision.${decision}`)}
    </Badge>
  );
}

import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { CYCLE_STAGES, type CycleStage } from '../../../../shared/schemas/cycle.ts';
import { cx } from '../../../components/ui/cx.ts';

/** Plan → Do → Study → Act → Done, with the current stage marked for eyes (shape, weight) and for screen readers. */
export function StageStepper({ stage }: { stage: CycleStage }) {
  const { t } = useTranslation(['cycles', 'common']);
  const current = CYCLE_STAGES.indexOf(stage);
  return (
    <ol aria-label={t('stepper.label')} className="flex gap-1">
      {CYCLE_STAGES.map((s, i) => {
        const done = i < current;
        const now = i === current;
        return (
          <li
            key={s}
            aria-current={now ? 'step' : undefined}
            className={cx(
              'flex min-w-0 flex-1 flex-col items-center gap-1 rounded-lg border px-1 py-2 text-center text-xs sm:flex-row sm:justify-center sm:gap-2 sm:text-sm',
              now ? 'border-accent-700 bg-accent-50 font-semibold text-accent-900 ring-1 ring-accent-700' : 'border-slate-200 bg-white text-slate-700',
            )}
          >
            <span
              aria-hidden="true"
              className={cx(
                'flex size-6 shrink-0 items-center justify-center rounded-full text-xs',
                done && 'bg-slate-700 text-white',
                now && 'bg-accent-700 text-white',
                !done && !now && 'border border-slate-400',
              )}
            >
              {done ? <Check className="size-3.5" /> : i + 1}
            </span>
            <span className="max-w-full truncate">
              {t(`common:labels.stage.${s}`)}
              {done && <span className="sr-only"> {t('stepper.done')}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

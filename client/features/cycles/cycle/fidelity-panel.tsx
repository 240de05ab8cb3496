import { CircleCheck, CircleDashed, CircleDot } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { cycleFidelity, type FidelityFacts, type FidelityState } from '../../../../shared/domain/cycle.ts';
import { SectionCard } from '../../../components/ui/card.tsx';
import { cx } from '../../../components/ui/cx.ts';
import { useWords } from '../../../lib/use-words.ts';

const ICONS: Record<FidelityState, { Icon: typeof CircleCheck; tone: string }> = {
  met: { Icon: CircleCheck, tone: 'text-emerald-800' },
  missing: { Icon: CircleDot, tone: 'text-amber-800' },
  upcoming: { Icon: CircleDashed, tone: 'text-slate-600' },
};

/**
 * The four parts of a sound PDSA cycle for this cycle, each in words and a shape, with what helps.
 * Worked out here from the cycle, so the hints follow the language on screen when it changes.
 */
export function FidelityPanel({ cycle }: { cycle: FidelityFacts }) {
  const { t } = useTranslation(['cycles', 'common']);
  const items = cycleFidelity(cycle, useWords('cycles'));
  return (
    <SectionCard title={t('fidelity.heading')} headingLevel={3}>
      <p className="mb-3 text-sm text-slate-600">{t('fidelity.intro')}</p>
      <ul className="space-y-3">
        {items.map((item) => {
          const { Icon, tone } = ICONS[item.state];
          return (
            <li key={item.check} className="flex gap-2.5">
              <Icon aria-hidden="true" className={cx('mt-0.5 size-5 shrink-0', tone)} />
              <div className="min-w-0 space-y-0.5 text-sm">
                <p className="text-slate-900">
                  <span className="font-medium">{t(`common:labels.fidelity.${item.check}`)}</span>
                  <span className={cx('font-semibold', tone)}>{t('fidelity.stateAfter', { state: t(`fidelity.state.${item.state}`) })}</span>
                </p>
                <p className="text-slate-700">{item.hint}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </SectionCard>
  );
}

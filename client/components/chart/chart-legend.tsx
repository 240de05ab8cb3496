import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LegendItem({ text, children }: { text: string; children: ReactNode }) {
  return (
    <li className="flex items-center gap-1.5">
      <svg aria-hidden="true" width="22" height="12" viewBox="0 0 22 12">
        {children}
      </svg>
      {text}
    </li>
  );
}

/** What each mark of an indicator chart means, drawn with the same shapes; `children` adds the page's own. */
export function ChartLegend({ controlChart, hasTarget, children }: { controlChart: boolean; hasTarget: boolean; children?: ReactNode }) {
  const { t } = useTranslation('qi');
  return (
    <ul aria-label={t('chart.legend.label')} className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
      <LegendItem text={t('chart.legend.measurement')}>
        <circle cx="11" cy="6" r="3.5" className="fill-sky-700" />
      </LegendItem>
      <LegendItem text={t('chart.legend.signal')}>
        <rect x="7" y="2" width="8" height="8" transform="rotate(45 11 6)" className="fill-amber-500 stroke-slate-900" />
      </LegendItem>
      <LegendItem text={controlChart ? t('chart.legend.mean') : t('chart.legend.median')}>
        <line x1="0" x2="22" y1="6" y2="6" className="stroke-slate-800" strokeWidth="1.5" />
      </LegendItem>
      {controlChart && (
        <LegendItem text={t('chart.legend.limits')}>
          <line x1="0" x2="22" y1="6" y2="6" className="stroke-slate-600" strokeDasharray="6 4" />
        </LegendItem>
      )}
      {hasTarget && (
        <LegendItem text={t('chart.legend.target')}>
          <line x1="0" x2="22" y1="6" y2="6" className="stroke-accent-700" strokeWidth="1.5" strokeDasharray="1 4" strokeLinecap="round" />
        </LegendItem>
      )}
      {children}
    </ul>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapPoint } from '../../../../shared/qi/equity.ts';
import type { Indicator } from '../indicator-layout.tsx';
import { useFormats } from '../../../lib/use-words.ts';
import type { EquityView } from '../../../../shared/indicator/equity-view.ts';

const th = 'px-3 py-2 font-semibold';
const td = 'px-3 py-2 whitespace-nowrap';

function Scroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation('indicator');
  return (
    <div className="relative mt-2 max-w-full overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="region" aria-label={t('equity.table.scrolls', { label })}>
      {children}
    </div>
  );
}

/** The chart's numbers: each period, the whole population and each group, with hidden values said as such. */
export function EquityGroupTable({ indicator, view, label, format }: { indicator: Indicator; view: EquityView; label: (p: string) => string; format: (v: number) => string }) {
  const { t } = useTranslation('indicator');
  const f = useFormats();
  const hidden = new Map(view.suppressed.map((s) => [`${s.group}|${s.period}`, s.reason]));
  const cell = (group: string, period: string) => {
    const reason = hidden.get(`${group}|${period}`);
    if (reason === 'small') return t('equity.table.hiddenSmall', { n: f.count(indicator.minGroupSize) });
    if (reason === 'complement') return t('equity.table.hiddenComplement');
    const p = view.shown.find((g) => g.group === group)?.points.find((x) => x.period === period);
    return p ? format(p.value) : '—';
  };
  return (
    <Scroll label={t('equity.table.groups')}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t('equity.table.groupsCaption')}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={th}>
              {t('table.period')}
            </th>
            <th scope="col" className={th}>
              {t('equity.whole')}
            </th>
            {view.shown.map((g) => (
              <th key={g.group} scope="col" translate="no" className={th}>
                {g.group}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {[...view.periods].reverse().map((period) => {
            const whole = view.whole.find((p) => p.period === period);
            return (
              <tr key={period}>
                <th scope="row" className={`${td} font-medium text-slate-900`}>{label(period)}</th>
                <td className={td}>{whole ? format(whole.value) : '—'}</td>
                {view.shown.map((g) => (
                  <td key={g.group} className={td}>{cell(g.group, period)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Scroll>
  );
}

export function EquityGapTable({ gaps, label, format, gapFormat }: { gaps: readonly GapPoint[]; label: (p: string) => string; format: (v: number) => string; gapFormat: (v: number) => string }) {
  const { t } = useTranslation('indicator');
  return (
    <Scroll label={t('equity.table.gaps')}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t('equity.table.gaps')}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={th}>
              {t('table.period')}
            </th>
            <th scope="col" className={th}>
              {t('equity.table.highest')}
            </th>
            <th scope="col" className={th}>
              {t('equity.table.lowest')}
            </th>
            <th scope="col" className={th}>
              {t('equity.gap.line')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {[...gaps].reverse().map((g) => (
            <tr key={g.period}>
              <th scope="row" className={`${td} font-medium text-slate-900`}>{label(g.period)}</th>
              <td className={td}>{t('equity.table.groupValue', { group: g.high.group, value: format(g.high.value) })}</td>
              <td className={td}>{t('equity.table.groupValue', { group: g.low.group, value: format(g.low.value) })}</td>
              <td className={td}>{gapFormat(g.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

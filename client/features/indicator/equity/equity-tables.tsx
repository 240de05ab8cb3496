import type { ReactNode } from 'react';
import type { GapPoint } from '../../../../shared/qi/equity.ts';
import type { Indicator } from '../indicator-layout.tsx';
import { formatCount } from '../../../../shared/format/words.ts';
import type { EquityView } from '../../../../shared/indicator/equity-view.ts';

const th = 'px-3 py-2 font-semibold';
const td = 'px-3 py-2 whitespace-nowrap';

function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="relative mt-2 max-w-full overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="region" aria-label={`${label}, scrolls sideways`}>
      {children}
    </div>
  );
}

/** The chart's numbers: each period, the whole population and each group, with hidden values said as such. */
export function EquityGroupTable({ indicator, view, label, format }: { indicator: Indicator; view: EquityView; label: (p: string) => string; format: (v: number) => string }) {
  const hidden = new Map(view.suppressed.map((s) => [`${s.group}|${s.period}`, s.reason]));
  const cell = (group: string, period: string) => {
    const reason = hidden.get(`${group}|${period}`);
    if (reason === 'small') return `Hidden: fewer than ${formatCount(indicator.minGroupSize)} people`;
    if (reason === 'complement') return 'Hidden to protect a small group';
    const p = view.shown.find((g) => g.group === group)?.points.find((x) => x.period === period);
    return p ? format(p.value) : '—';
  };
  return (
    <Scroll label="Values by group">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Values by period and group</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={th}>Period</th>
            <th scope="col" className={th}>Whole population</th>
            {view.shown.map((g) => (
              <th key={g.group} scope="col" className={th}>{g.group}</th>
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
  return (
    <Scroll label="The gap by period">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">The gap by period</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={th}>Period</th>
            <th scope="col" className={th}>Highest group</th>
            <th scope="col" className={th}>Lowest group</th>
            <th scope="col" className={th}>Gap</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {[...gaps].reverse().map((g) => (
            <tr key={g.period}>
              <th scope="row" className={`${td} font-medium text-slate-900`}>{label(g.period)}</th>
              <td className={td}>{g.high.group}: {format(g.high.value)}</td>
              <td className={td}>{g.low.group}: {format(g.low.value)}</td>
              <td className={td}>{gapFormat(g.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartLayout } from '../../../../shared/chart/layout.ts';
import type { PeriodMarkers } from './chart-markers.ts';
import type { Indicator } from '../indicator-layout.tsx';
import { type Overview } from '../../../../shared/indicator/overview.ts';
import { chartMargin, useWidth } from '../../../components/chart/use-width.ts';
import { ChartAxes, ChartSeries } from '../../../components/chart/chart-marks.tsx';
import { ChartLegend, LegendItem } from '../../../components/chart/chart-legend.tsx';
import { formatValue } from '../../../../shared/indicator/format.ts';
import { useWords } from '../../../lib/use-words.ts';

const HEIGHT = 300;

/** The chart and the period picker below it: the same data, and the period picked in either. */
export type PickedChartProps = {
  indicator: Indicator;
  overview: Overview;
  markers: Map<string, PeriodMarkers>;
  /** The period the picker below the chart reads out (an index into the rows), marked on the chart. */
  picked: number;
  onPick: (index: number) => void;
};

export function ChartSvg({ indicator: ind, overview, markers, picked, onPick }: PickedChartProps) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const [active, setActive] = useState<number | null>(null);
  const { t } = useTranslation(['indicator', 'common']);
  const words = useWords('indicator', 'qi');
  const { rows, analysis, verdict } = overview;
  const layout = chartLayout({
    points: analysis.points,
    labels: rows.map((r) => r.label),
    signalRanges: verdict.reasons.filter((r) => r.rule !== 'sigma'),
    target: ind.targetValue,
    baselineEnd: overview.baselineEnd,
    phaseStarts: overview.phaseStarts,
    width,
    height: HEIGHT,
    margin: chartMargin(width),
    minLabelSpacing: 72,
  });
  const { plot } = layout;
  const tick = (v: number) => formatValue({ unit: ind.unit === 'rate' ? 'score' : ind.unit, ratePer: ind.ratePer }, v, words);
  const signals = layout.points.filter((p) => p.signal).length;
  const count = (n: number) => ({ count: n, n: words.f.count(n) });
  const summary = [
    t('chart.summary.what', {
      chart: t(`common:labels.chartType.${overview.chart}`),
      name: ind.name,
      periods: words.t(`qi:periods.${ind.frequency === 'monthly' ? 'month' : ind.frequency === 'weekly' ? 'week' : 'period'}`, count(rows.length)),
    }),
    rows.length ? t('chart.summary.span', { from: rows[0]!.label, to: rows.at(-1)!.label }) : '',
    rows.length ? t('chart.summary.latest', { value: formatValue(ind, rows.at(-1)!.value, words) }) : '',
    t('chart.summary.signals', count(signals)),
    ind.targetValue !== null ? t('chart.summary.target', { value: formatValue(ind, ind.targetValue, words) }) : '',
  ]
    .filter(Boolean)
    .join(', ');

  const shown = active === null ? null : rows[active];
  const shownMarkers = shown ? markers.get(shown.period) : undefined;
  const shownPoint = active === null ? null : layout.points[active];
  const pickedPoint = layout.points[picked];

  return (
    <div ref={ref} className="relative w-full" onMouseLeave={() => setActive(null)}>
      <svg role="img" aria-label={t('chart.label', { summary })} viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" className="block h-auto overflow-visible">
        {layout.baseline && (
          <g>
            <rect x={layout.baseline.x0} y={plot.top} width={layout.baseline.x1 - layout.baseline.x0} height={plot.bottom - plot.top} className="fill-slate-100" />
            <text x={layout.baseline.x0 + 4} y={plot.top - 8} className="fill-slate-700 text-[11px]">
              {t('chart.usualHere')}
            </text>
          </g>
        )}
        <ChartAxes layout={layout} tick={tick} labelGap={30} />
        <ChartSeries layout={layout} targetLabel={t('chart.target', { value: formatValue(ind, layout.target?.value ?? 0, words) })} phaseLabelY={plot.top - 8} />
        {rows.map((r, i) => {
          const m = markers.get(r.period);
          const x = layout.points[i]!.x;
          return (
            <g key={r.period}>
              {m?.cycles.length ? <path d={`M${x - 4},${plot.bottom + 12}L${x + 4},${plot.bottom + 12}L${x},${plot.bottom + 5}Z`} className="fill-violet-700" /> : null}
              {m?.actions.length ? <rect x={x - 3} y={plot.bottom + 14} width={6} height={6} className="fill-slate-700" /> : null}
            </g>
          );
        })}
        {pickedPoint && (
          <g>
            <line x1={pickedPoint.x} x2={pickedPoint.x} y1={plot.top} y2={plot.bottom} className="stroke-accent-700" strokeDasharray="3 3" />
            <circle cx={pickedPoint.x} cy={pickedPoint.y} r={7} strokeWidth={2} className="fill-none stroke-accent-700" />
          </g>
        )}
        {shownPoint && shownPoint !== pickedPoint && <line x1={shownPoint.x} x2={shownPoint.x} y1={plot.top} y2={plot.bottom} className="stroke-slate-400" />}
      </svg>
      {/* A mouse shows a period's details where it points; a click or tap picks the period for the
          picker below, which is also how a keyboard or a screen reader reaches every period. */}
      <div className="absolute inset-0">
        {rows.map((r, i) => (
          <div
            key={r.period}
            style={{ left: layout.points[i]!.x - layout.band / 2, width: layout.band, top: 0, bottom: 0 }}
            className="absolute cursor-pointer"
            onMouseEnter={() => setActive(i)}
            onClick={() => {
              onPick(i);
              setActive(null);
            }}
          />
        ))}
      </div>
      {shown && shownPoint && (
        // The picker below says the same in words, so this stays out of the accessibility tree.
        <div
          aria-hidden="true"
          className="pointer-events-none absolute z-10 w-56 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-lg"
          style={{ left: Math.min(Math.max(0, shownPoint.x - 112), layout.width - 224), top: Math.max(0, Math.min(shownPoint.y + 12, HEIGHT - 40)) }}
        >
          <p className="font-semibold text-slate-900">
            {t(shownPoint.signal ? 'chart.tip.pointSignal' : 'chart.tip.point', { period: shown.label, value: formatValue(ind, shown.value, words) })}
          </p>
          {shown.note && (
            <p translate="no" className="text-slate-700">
              {shown.note}
            </p>
          )}
          {shownMarkers && shownMarkers.cycles.length > 0 && (
            <>
              <p className="mt-1 font-medium text-slate-800">{t('chart.tip.cycles')}</p>
              <ul className="list-disc pl-4 text-slate-700">
                {shownMarkers.cycles.slice(0, 5).map((c) => (
                  <li key={c.id} translate="no">
                    {c.title}
                  </li>
                ))}
                {shownMarkers.cycles.length > 5 && <li>{t('chart.tip.more', { n: words.f.count(shownMarkers.cycles.length - 5) })}</li>}
              </ul>
            </>
          )}
          {shownMarkers && shownMarkers.actions.length > 0 && (
            <>
              <p className="mt-1 font-medium text-slate-800">{t('chart.tip.actions')}</p>
              <ul className="list-disc pl-4 text-slate-700">
                {shownMarkers.actions.slice(0, 5).map((a) => (
                  <li key={a.id} translate="no">
                    {a.title}
                  </li>
                ))}
                {shownMarkers.actions.length > 5 && <li>{t('chart.tip.more', { n: words.f.count(shownMarkers.actions.length - 5) })}</li>}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** The indicator chart's legend, with the cycle and action markers below its axis. */
export function IndicatorChartLegend({ controlChart, hasTarget }: { controlChart: boolean; hasTarget: boolean }) {
  const { t } = useTranslation(['indicator', 'common']);
  return (
    <ChartLegend controlChart={controlChart} hasTarget={hasTarget}>
      <LegendItem text={t('chart.legend.cycle')}>
        <path d="M7,10L15,10L11,2Z" className="fill-violet-700" />
      </LegendItem>
      <LegendItem text={t('chart.legend.action')}>
        <rect x="8" y="3" width="6" height="6" className="fill-slate-700" />
      </LegendItem>
    </ChartLegend>
  );
}

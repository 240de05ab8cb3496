import { chartGeometry } from '../../../shared/chart/svg.ts';
import { chartMargin, useWidth } from '../chart/use-width.ts';
import { ChartAxes, ChartSeries } from '../chart/chart-marks.tsx';
import { ChartLegend, LegendItem } from '../chart/chart-legend.tsx';
import { formatValue } from '../../../shared/indicator/format.ts';
import type { ReportChart as ReportChartData } from '../../../shared/report/content.ts';
import type { Unit } from '../../../shared/schemas/indicator.ts';
import type { Words } from '../../../shared/i18n/words.ts';

const HEIGHT = 300;


type Props = { chart: ReportChartData; unit: Unit; ratePer: number | null; name: string; w: Words; frozen?: boolean };

/**
 * A run or control chart as a report draws it: a static SVG from the same geometry (chartGeometry)
 * the PDF and DOCX exports use, labels placed so none overlaps. Signals are diamonds (not only
 * another colour). A report's period is shaded and labelled; the public page passes the
 * indicator's own chart, which has none. A visually hidden table gives every point to screen readers.
 * `frozen`: a published report's period labels were written in its language and stay so.
 */
export function ReportChart({ chart, unit, ratePer, name, w, frozen = false }: Props) {
  const kept = frozen ? ('no' as const) : undefined;
  const { t, f } = w;
  const { ref, width } = useWidth<HTMLElement>();
  const units = { unit, ratePer };
  const layout = chartGeometry(chart, { width, height: HEIGHT, margin: chartMargin(width), formatY: (v) => formatValue(units, v, w), w });
  const { plot, period } = layout;
  const tick = (v: number) => formatValue({ unit: unit === 'rate' ? 'score' : unit, ratePer }, v, w);
  const n = chart.points.length;
  if (n === 0) return <p className="text-slate-700">{t('report:view.chart.none')}</p>;

  const signals = layout.points.filter((p) => p.signal).length;
  const summary = [
    t('report:view.chart.summary', {
      chart: t(`labels.chartType.${chart.type}`),
      name,
      points: t('report:export.chart.points', { count: n, n: f.count(n) }),
      first: chart.labels[0] ?? '',
      last: chart.labels.at(-1) ?? '',
    }),
    t('report:view.chart.latest', { value: formatValue(units, chart.points.at(-1)!.y, w) }),
    t('report:view.chart.signals', { count: signals, n: f.count(signals) }),
    chart.target !== null ? t('report:view.chart.target', { value: formatValue(units, chart.target, w) }) : '',
    chart.inPeriod ? t('report:view.chart.shaded') : '',
  ]
    .filter(Boolean)
    .join(', ');
  const inPeriod = (i: number) => chart.inPeriod !== null && i >= chart.inPeriod.start && i <= chart.inPeriod.end;

  return (
    <figure ref={ref} className="break-inside-avoid space-y-2">
      <div translate={kept}>
        <svg role="img" aria-label={t('report:view.chart.label', { summary })} viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" className="block h-auto overflow-visible">
          {period && <rect x={period.x0} y={plot.top} width={period.x1 - period.x0} height={plot.bottom - plot.top} className="fill-accent-50" />}
          {layout.baseline && <rect x={layout.baseline.x0} y={plot.top} width={layout.baseline.x1 - layout.baseline.x0} height={plot.bottom - plot.top} className="fill-slate-100 opacity-70" />}
          <ChartAxes layout={layout} tick={tick} />
          <ChartSeries layout={layout} />
        </svg>
      </div>
      <figcaption>
        <ChartLegend controlChart={chart.type !== 'run'} hasTarget={chart.target !== null}>
          {layout.baseline && (
            <LegendItem text={t('report:view.chart.usualLevel')}>
              <rect x="2" y="0" width="18" height="12" className="fill-slate-100 stroke-slate-300" />
            </LegendItem>
          )}
          {period && (
            <LegendItem text={t('report:view.chart.period')}>
              <rect x="2" y="0" width="18" height="12" className="fill-accent-50 stroke-accent-200" />
            </LegendItem>
          )}
        </ChartLegend>
      </figcaption>
      {/* Hidden in a box: a table will not shrink to the 1px of sr-only and would widen the page. */}
      <div className="sr-only">
      <table>
        <caption>{t('report:view.chart.caption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report:view.chart.colPeriod')}</th>
            <th scope="col">{t('report:export.indicator.value')}</th>
            <th scope="col">{t('report:view.chart.colUsual')}</th>
            <th scope="col">{t('report:view.chart.colSignal')}</th>
            {period && <th scope="col">{t('report:view.chart.colInPeriod')}</th>}
          </tr>
        </thead>
        <tbody>
          {chart.points.map((p, i) => (
            <tr key={i}>
              <th scope="row" translate={kept}>
                {chart.labels[i]}
              </th>
              <td>{formatValue(units, p.y, w)}</td>
              <td>{formatValue(units, p.cl, w)}</td>
              <td>{layout.points[i]!.signal ? t('report:view.chart.yes') : t('report:view.chart.no')}</td>
              {period && <td>{inPeriod(i) ? t('report:view.chart.yes') : t('report:view.chart.no')}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}

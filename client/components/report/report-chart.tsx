import { chartGeometry } from '../../../shared/chart/svg.ts';
import { chartMargin, useWidth } from '../chart/use-width.ts';
import { ChartAxes, ChartSeries } from '../chart/chart-marks.tsx';
import { ChartLegend, LegendItem } from '../chart/chart-legend.tsx';
import { formatValue } from '../../../shared/indicator/format.ts';
import { useWords } from '../../lib/i18n.ts';
import { CHART_TYPE_LABELS } from '../../../shared/qi/chart-types.ts';
import type { ReportChart as ReportChartData } from '../../../shared/report/content.ts';
import type { Unit } from '../../../shared/schemas/indicator.ts';
import { plural } from '../../../shared/format/words.ts';

const HEIGHT = 300;


type Props = { chart: ReportChartData; unit: Unit; ratePer: number | null; name: string };

/**
 * A run or control chart as a report draws it: a static SVG from the same geometry (chartGeometry)
 * the PDF and DOCX exports use, labels placed so none overlaps. Signals are diamonds (not only
 * another colour). A report's period is shaded and labelled; the public page passes the
 * indicator's own chart, which has none. A visually hidden table gives every point to screen readers.
 */
export function ReportChart({ chart, unit, ratePer, name }: Props) {
  const { ref, width } = useWidth<HTMLElement>();
  const words = useWords('qi');
  const units = { unit, ratePer };
  const layout = chartGeometry(chart, { width, height: HEIGHT, margin: chartMargin(width), formatY: (v) => formatValue(units, v, words), w: words });
  const { plot, period } = layout;
  const tick = (v: number) => formatValue({ unit: unit === 'rate' ? 'score' : unit, ratePer }, v, words);
  const n = chart.points.length;
  if (n === 0) return <p className="text-slate-700">There are no measurements to chart yet.</p>;

  const signals = layout.points.filter((p) => p.signal).length;
  const summary = [
    `${CHART_TYPE_LABELS[chart.type]} of ${name}, ${plural(n, 'point')} from ${chart.labels[0]} to ${chart.labels.at(-1)}`,
    `latest ${formatValue(units, chart.points.at(-1)!.y, words)}`,
    `${plural(signals, 'point is', 'points are')} part of a signal`,
    chart.target !== null ? `target ${formatValue(units, chart.target, words)}` : '',
    chart.inPeriod ? `the report's period is shaded` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const inPeriod = (i: number) => chart.inPeriod !== null && i >= chart.inPeriod.start && i <= chart.inPeriod.end;

  return (
    <figure ref={ref} className="break-inside-avoid space-y-2">
      <svg role="img" aria-label={`${summary}. A table of every point follows.`} viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" className="block h-auto overflow-visible">
        {period && <rect x={period.x0} y={plot.top} width={period.x1 - period.x0} height={plot.bottom - plot.top} className="fill-accent-50" />}
        {layout.baseline && <rect x={layout.baseline.x0} y={plot.top} width={layout.baseline.x1 - layout.baseline.x0} height={plot.bottom - plot.top} className="fill-slate-100 opacity-70" />}
        <ChartAxes layout={layout} tick={tick} />
        <ChartSeries layout={layout} />
      </svg>
      <figcaption>
        <ChartLegend controlChart={chart.type !== 'run'} hasTarget={chart.target !== null}>
          {layout.baseline && (
            <LegendItem text="Usual level worked out here">
              <rect x="2" y="0" width="18" height="12" className="fill-slate-100 stroke-slate-300" />
            </LegendItem>
          )}
          {period && (
            <LegendItem text="This report’s period">
              <rect x="2" y="0" width="18" height="12" className="fill-accent-50 stroke-accent-200" />
            </LegendItem>
          )}
        </ChartLegend>
      </figcaption>
      {/* Hidden in a box: a table will not shrink to the 1px of sr-only and would widen the page. */}
      <div className="sr-only">
      <table>
        <caption>Every point of the chart of {name}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Value</th>
            <th scope="col">Usual level</th>
            <th scope="col">Signal</th>
            {period && <th scope="col">In this report’s period</th>}
          </tr>
        </thead>
        <tbody>
          {chart.points.map((p, i) => (
            <tr key={i}>
              <th scope="row">{chart.labels[i]}</th>
              <td>{formatValue(units, p.y, words)}</td>
              <td>{formatValue(units, p.cl, words)}</td>
              <td>{layout.points[i]!.signal ? 'Yes' : 'No'}</td>
              {period && <td>{inPeriod(i) ? 'Yes' : 'No'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}

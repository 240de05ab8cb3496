import { chartGeometry } from '../../../shared/chart/svg.ts';
import { chartMargin, useWidth } from '../chart/use-width.ts';
import { ChartAxes, ChartSeries } from '../chart/chart-marks.tsx';
import { ChartLegend, LegendItem } from '../chart/chart-legend.tsx';
import { formatValue } from '../../../shared/indicator/format.ts';
import { CHART_TYPE_LABELS } from '../../../shared/qi/chart-types.ts';
import type { ReportChart as ReportChartData } from '../../../shared/report/content.ts';
import type { Unit } from '../../../shared/schemas/indicator.ts';

const HEIGHT = 300;


type Props = { chart: ReportChartData; unit: Unit; ratePer: number | null; name: string };

/**
 * The report's run or control chart: a static SVG from the same geometry (chartLayout) the PDF and
 * DOCX exports use. Signals are diamonds (not only another colour); the report's period is
 * shaded and labelled; a visually hidden table gives every point to screen readers.
 */
export function ReportChart({ chart, unit, ratePer, name }: Props) {
  const { ref, width } = useWidth<HTMLElement>();
  const units = { unit, ratePer };
  const layout = chartGeometry(chart, { width, height: HEIGHT, margin: chartMargin(width) });
  const { plot } = layout;
  const tick = (v: number) => formatValue({ unit: unit === 'rate' ? 'score' : unit, ratePer }, v);
  const n = chart.points.length;
  if (n === 0) return <p className="text-slate-700">There are no measurements to chart yet.</p>;

  const period = chart.inPeriod && {
    x0: layout.points[chart.inPeriod.start]!.x - layout.band / 2,
    x1: layout.points[chart.inPeriod.end]!.x + layout.band / 2,
  };
  const signals = layout.points.filter((p) => p.signal).length;
  const summary = [
    `${CHART_TYPE_LABELS[chart.type]} of ${name}, ${n} ${n === 1 ? 'point' : 'points'} from ${chart.labels[0]} to ${chart.labels.at(-1)}`,
    `latest ${formatValue(units, chart.points.at(-1)!.y)}`,
    `${signals} ${signals === 1 ? 'point is' : 'points are'} part of a signal`,
    chart.target !== null ? `target ${formatValue(units, chart.target)}` : '',
    chart.inPeriod ? `the report's period is shaded` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const inPeriod = (i: number) => chart.inPeriod !== null && i >= chart.inPeriod.start && i <= chart.inPeriod.end;

  return (
    <figure ref={ref} className="break-inside-avoid space-y-2">
      <svg role="img" aria-label={`${summary}. A table of every point follows.`} viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" className="block h-auto overflow-visible">
        {period && (
          <g>
            <rect x={period.x0} y={plot.top} width={period.x1 - period.x0} height={plot.bottom - plot.top} className="fill-accent-50" />
            {/* Labelled from the side with room, so the label stays inside the chart on a phone. */}
            <text
              x={period.x0 > (plot.left + plot.right) / 2 ? period.x1 - 2 : period.x0 + 4}
              textAnchor={period.x0 > (plot.left + plot.right) / 2 ? 'end' : 'start'}
              y={plot.top - 8}
              className="fill-accent-900 text-[11px] font-medium"
            >
              This report
            </text>
          </g>
        )}
        {layout.baseline && (
          <line x1={layout.baseline.x1} x2={layout.baseline.x1} y1={plot.top} y2={plot.bottom} className="stroke-slate-400" strokeDasharray="4 3" />
        )}
        <ChartAxes layout={layout} tick={tick} />
        <ChartSeries layout={layout} targetLabel={`Target ${formatValue(units, layout.target?.value ?? 0)}`} phaseLabelY={plot.bottom + 38} />
      </svg>
      <figcaption>
        <ChartLegend controlChart={chart.type !== 'run'} hasTarget={chart.target !== null}>
          {chart.inPeriod && (
            <LegendItem text="This report's period">
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
            <th scope="col">In this report’s period</th>
          </tr>
        </thead>
        <tbody>
          {chart.points.map((p, i) => (
            <tr key={i}>
              <th scope="row">{chart.labels[i]}</th>
              <td>{formatValue(units, p.y)}</td>
              <td>{formatValue(units, p.cl)}</td>
              <td>{layout.points[i]!.signal ? 'Yes' : 'No'}</td>
              <td>{inPeriod(i) ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}

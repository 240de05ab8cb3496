import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { linesLayout, type LineSeries } from '../../../../shared/chart/lines.ts';
import { CHART_COLOURS } from '../../../../shared/chart/svg.ts';
import { ChartAxes } from '../../../components/chart/chart-marks.tsx';
import { chartMargin, useWidth } from '../../../components/chart/use-width.ts';

type Props = {
  title: string;
  /** The title is a person's own words (a group's name), never translated. */
  ownTitle?: boolean;
  labels: readonly string[];
  lines: readonly LineSeries[];
  format: (value: number) => string;
  /** Start the value axis at 0 (a gap, a percent) rather than near the smallest value. */
  fromZero?: boolean;
  /** Values the axis must include: small multiples share one scale so they compare at a glance. */
  span?: readonly number[];
  /** Drawing height in pixels; small multiples are shorter. */
  height?: number;
};

/** A measured point, as the run chart draws one. */
const Dot = ({ x, y, color }: { x: number; y: number; color: string }) => <circle cx={x} cy={y} r={3.5} fill={color} stroke={CHART_COLOURS.white} strokeWidth={1} />;

/**
 * Lines over time on one shared value axis. The picture is for sighted readers (aria-hidden
 * within a labelled figure); the data table beside it carries the same numbers for everyone.
 */
export function EquityChart(props: Props) {
  if (props.labels.length === 0 || props.lines.every((l) => l.points.length === 0)) return null;
  return <Drawn {...props} />;
}

function Drawn({ title, ownTitle, labels, lines, format, fromZero, span, height = 260 }: Props) {
  const id = useId();
  const { t } = useTranslation('indicator');
  const { ref, width } = useWidth<HTMLDivElement>();
  // No labels sit above these plots, so they need none of the run chart's room there.
  const margin = { ...chartMargin(width), top: 12 };
  const layout = linesLayout({ labels, lines, width, height, margin, fromZero, span, tickCount: height < 220 ? 4 : 5 });

  return (
    <figure className="space-y-2" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} translate={ownTitle ? 'no' : undefined} className="text-sm font-semibold text-slate-900">
        {title}
      </figcaption>
      <div ref={ref} className="w-full">
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" className="block h-auto" aria-hidden="true" focusable="false">
          <ChartAxes layout={layout} tick={format} />
          {layout.lines.map(({ name, style, path, points }) => (
            <g key={name}>
              <path d={path} fill="none" stroke={style.color} strokeWidth={style.dots ? 2 : 1.75} strokeDasharray={style.dash} />
              {style.dots && points.map((p) => <Dot key={p.index} x={p.x} y={p.y} color={style.color} />)}
            </g>
          ))}
        </svg>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-label={t('equity.key', { title })}>
        {layout.lines.map(({ name, style }) => (
          <li key={name} className="flex items-center gap-1.5">
            <svg width="34" height="14" aria-hidden="true" focusable="false">
              <line x1="1" x2="33" y1="7" y2="7" stroke={style.color} strokeWidth={2} strokeDasharray={style.dash} />
              {style.dots && <Dot x={17} y={7} color={style.color} />}
            </svg>
            {/* On a group's chart the measured line is the group: its name is the network's own. */}
            <span translate={ownTitle && style.dots ? 'no' : undefined}>{name}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

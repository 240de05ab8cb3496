import type { PlacedLabel } from '../../../shared/chart/labels.ts';
import type { ChartLayout } from '../../../shared/chart/layout.ts';

// The marks the indicator page's chart and a report's chart draw alike, from one chartLayout.

/** Horizontal grid lines with their values, the x axis and its period labels. */
export function ChartAxes({ layout, tick, labelGap = 24 }: { layout: Pick<ChartLayout, 'plot' | 'yTicks' | 'xTicks'>; tick: (v: number) => string; /** From the axis down to the period labels. */ labelGap?: number }) {
  const { plot } = layout;
  return (
    <>
      {layout.yTicks.map((t) => (
        <g key={t.value}>
          <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} className="stroke-slate-200" />
          <text x={plot.left - 6} y={t.y + 4} textAnchor="end" className="fill-slate-700 text-[11px]">
            {tick(t.value)}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-slate-500" />
      {layout.xTicks.map((t) => (
        <text key={t.index} x={t.x} y={plot.bottom + labelGap} textAnchor="middle" className="fill-slate-700 text-[11px]">
          {t.label}
        </text>
      ))}
    </>
  );
}

/**
 * Where the labels go: placed by the layout so none collides (a report's chart: the layout was
 * given `labelText`), or at fixed places the caller gives (the indicator page).
 */
type SeriesLabels = { targetLabel: string; phaseLabelY: number } | { targetLabel?: undefined; phaseLabelY?: undefined };

/** Phase separators, the target, the control limits, the centre line, the data and its points, then the labels on top. */
export function ChartSeries({ layout, targetLabel, phaseLabelY }: { layout: ChartLayout } & SeriesLabels) {
  const { plot } = layout;
  const fixed = targetLabel !== undefined;
  return (
    <>
      {fixed &&
        layout.phases.map((p) => (
          <g key={p.index}>
            <line x1={p.x} x2={p.x} y1={plot.top - 14} y2={plot.bottom} className="stroke-slate-600" strokeDasharray="2 3" />
            <text x={p.x + 4} y={phaseLabelY} className="fill-slate-800 text-[11px]">
              {p.label.length > 28 ? `${p.label.slice(0, 27)}…` : p.label}
            </text>
          </g>
        ))}
      {layout.labels.map((l) => l.line && <line key={`line-${l.line.x}`} x1={l.line.x} x2={l.line.x} y1={l.line.top} y2={plot.bottom} className="stroke-slate-600" strokeDasharray="2 3" />)}
      {layout.target && (
        <g>
          <line x1={plot.left} x2={plot.right} y1={layout.target.y} y2={layout.target.y} className="stroke-accent-700" strokeWidth={1.5} strokeDasharray="1 4" strokeLinecap="round" />
          {fixed && (
            <text x={plot.right - 2} y={layout.target.y - 5} textAnchor="end" className="fill-accent-800 text-[11px] font-medium">
              {targetLabel}
            </text>
          )}
        </g>
      )}
      <path d={layout.upperPath} fill="none" className="stroke-slate-600" strokeDasharray="6 4" />
      <path d={layout.lowerPath} fill="none" className="stroke-slate-600" strokeDasharray="6 4" />
      <path d={layout.centrePath} fill="none" className="stroke-slate-800" strokeWidth={1.5} />
      <path d={layout.dataPath} fill="none" className="stroke-sky-700" strokeWidth={2} />
      {layout.points.map((p) =>
        p.signal ? (
          // A signal is a diamond, not only another colour.
          <rect key={p.index} x={p.x - 5} y={p.y - 5} width={10} height={10} transform={`rotate(45 ${p.x} ${p.y})`} className="fill-amber-500 stroke-slate-900" />
        ) : (
          <circle key={p.index} cx={p.x} cy={p.y} r={3.5} className="fill-sky-700 stroke-white" />
        ),
      )}
      {layout.labels.map((l) => (
        <text key={`${l.kind}-${l.x}-${l.y}`} x={l.x} y={l.y} textAnchor={l.anchor} data-chart-label={l.kind} className={LABEL_CLASS[l.kind]}>
          {l.text}
        </text>
      ))}
    </>
  );
}

const LABEL_CLASS: Record<PlacedLabel['kind'], string> = {
  target: 'fill-accent-800 text-[11px] font-semibold',
  period: 'fill-accent-900 text-[11px] font-semibold',
  baseline: 'fill-slate-700 text-[11px]',
  phase: 'fill-slate-800 text-[11px]',
};

import { useEffect, useId, useRef, useState } from 'react';

export type ChartLine = {
  name: string;
  /** Points by period index into `labels`; a missing period leaves a break in the line. */
  points: { index: number; value: number }[];
  /** The reference line (whole population, centre line): drawn grey and dashed, without markers. */
  reference?: boolean;
};

type Props = {
  title: string;
  labels: readonly string[];
  lines: readonly ChartLine[];
  format: (value: number) => string;
  /** Start the value axis at 0 (a gap, a percent) rather than near the smallest value. */
  fromZero?: boolean;
  /** Values the axis must include: small multiples share one scale so they compare at a glance. */
  span?: readonly number[];
  /** Drawing height in pixels; small multiples are shorter. */
  height?: number;
};

// Colours with at least 3:1 contrast on white, each paired with its own marker and dash so the
// lines are told apart without colour.
const STYLES = [
  { color: '#1d4ed8', marker: 'circle', dash: '' },
  { color: '#b45309', marker: 'square', dash: '8 3' },
  { color: '#047857', marker: 'triangle', dash: '2 3' },
  { color: '#9d174d', marker: 'diamond', dash: '10 3 2 3' },
  { color: '#6d28d9', marker: 'cross', dash: '5 5' },
  { color: '#0f766e', marker: 'circle', dash: '1 2' },
] as const;
const REFERENCE = { color: '#475569', dash: '6 4' };

const PAD = { top: 12, right: 16, bottom: 36, left: 64 };

function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.floor(min / step) * step; t <= max + step / 2; t += step) ticks.push(Number(t.toFixed(10)));
  return ticks;
}

function Marker({ kind, x, y, color }: { kind: (typeof STYLES)[number]['marker']; x: number; y: number; color: string }) {
  const r = 4.5;
  if (kind === 'square') return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} fill={color} />;
  if (kind === 'triangle') return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} fill={color} />;
  if (kind === 'diamond') return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`} fill={color} />;
  if (kind === 'cross') return <path d={`M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`} stroke={color} strokeWidth={2.5} />;
  return <circle cx={x} cy={y} r={r} fill={color} />;
}

/**
 * Lines over time on one shared value axis. The picture is for sighted readers (aria-hidden
 * within a labelled figure); the data table beside it carries the same numbers for everyone.
 */
export function EquityChart({ title, labels, lines, format, fromZero, span = [], height: H = 260 }: Props) {
  const id = useId();
  const values = lines.flatMap((l) => l.points.map((p) => p.value));
  const hasData = values.length > 0 && labels.length > 0;
  // Drawn at the width it is shown at, so the text stays readable on a phone.
  const box = useRef<HTMLDivElement>(null);
  const [W, setW] = useState(640);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setW(Math.max(260, Math.round(entry!.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasData]);
  if (!hasData) return null;
  const all = [...values, ...span];
  const ticks = niceTicks(fromZero ? Math.min(0, ...all) : Math.min(...all), Math.max(...all), H < 220 ? 3 : 5);
  const lo = Math.min(ticks[0]!, ...all);
  const hi = Math.max(ticks.at(-1)!, ...all);
  const x = (i: number) => PAD.left + (labels.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i / (labels.length - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => (hi === lo ? H / 2 : PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom));
  const every = Math.max(1, Math.ceil(labels.length / Math.max(2, Math.floor((W - PAD.left - PAD.right) / 90))));
  let styleIndex = 0;
  const styled = lines.map((l) => ({ ...l, style: l.reference ? null : STYLES[styleIndex++ % STYLES.length]! }));

  // Consecutive periods only: a missing or hidden value breaks the line rather than bridging it.
  const path = (pts: ChartLine['points']) =>
    pts
      .slice()
      .sort((a, b) => a.index - b.index)
      .map((p, i, all) => `${i > 0 && all[i - 1]!.index === p.index - 1 ? 'L' : 'M'}${x(p.index).toFixed(1)},${y(p.value).toFixed(1)}`)
      .join('');

  return (
    <figure className="space-y-2" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {title}
      </figcaption>
      <div ref={box} className="w-full">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} className="block max-w-full" aria-hidden="true" focusable="false">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#334155">
              {format(t)}
            </text>
          </g>
        ))}
        {labels.map((l, i) =>
          (i % every === 0 && x(labels.length - 1) - x(i) >= 80) || i === labels.length - 1 ? (
            <text key={l} x={x(i)} y={H - PAD.bottom + 18} textAnchor={labels.length > 1 && i === 0 ? 'start' : labels.length > 1 && i === labels.length - 1 ? 'end' : 'middle'} fontSize="12" fill="#334155">
              {l}
            </text>
          ) : null,
        )}
        {styled.map((l) => (
          <g key={l.name}>
            <path d={path(l.points)} fill="none" stroke={l.style?.color ?? REFERENCE.color} strokeWidth={l.reference ? 2 : 2.5} strokeDasharray={l.style?.dash ?? REFERENCE.dash} />
            {l.style && l.points.map((p) => <Marker key={p.index} kind={l.style!.marker} x={x(p.index)} y={y(p.value)} color={l.style!.color} />)}
          </g>
        ))}
      </svg>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-label={`Key to ${title}`}>
        {styled.map((l) => (
          <li key={l.name} className="flex items-center gap-1.5">
            <svg width="34" height="14" aria-hidden="true" focusable="false">
              <line x1="1" x2="33" y1="7" y2="7" stroke={l.style?.color ?? REFERENCE.color} strokeWidth={2.5} strokeDasharray={l.style?.dash ?? REFERENCE.dash} />
              {l.style && <Marker kind={l.style.marker} x={17} y={7} color={l.style.color} />}
            </svg>
            {l.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}

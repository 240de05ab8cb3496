import { useTranslation } from 'react-i18next';
import { useFormats } from '../../lib/use-words.ts';
import type { DashboardRow } from './dashboard-cells.ts';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

/** The outcome's whole-population values as a tiny line; its name says from what to what. */
export function Sparkline({ outcome }: { outcome: NonNullable<DashboardRow['outcome']> }) {
  const { t } = useTranslation('partnership');
  const f = useFormats();
  const { values, ends } = outcome;
  if (!ends) return null;
  const { first, last } = ends;
  const ys = values;
  const min = Math.min(...ys);
  const span = Math.max(...ys) - min || 1;
  const x = (i: number) => (values.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (values.length - 1));
  const y = (v: number) => HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / span;
  const d = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const label = t('dashboard.outcome.sparkline', {
    count: values.length,
    n: f.count(values.length),
    first: first.shown,
    firstPeriod: first.label,
    last: last.shown,
    lastPeriod: last.label,
  });
  return (
    <svg role="img" aria-label={label} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-1 block shrink-0">
      <title>{label}</title>
      <path d={d} fill="none" className="stroke-sky-700" strokeWidth={1.5} />
      <circle cx={x(values.length - 1)} cy={y(values.at(-1)!)} r={2.5} className="fill-sky-700" />
    </svg>
  );
}

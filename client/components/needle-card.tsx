import { CircleAlert, CircleMinus, TrendingUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatValue } from '../../shared/indicator/format.ts';
import { overviewOf, type Indicator } from '../../shared/indicator/overview.ts';
import { useWidth } from './chart/use-width.ts';
import { SectionCard } from './ui/card.tsx';
import { useWords } from '../lib/use-words.ts';
import type { RouterOutputs } from '../lib/trpc.ts';

type HomeIndicator = NonNullable<RouterOutputs['home']['network']['indicator']>;

/** The chart's last points: enough to see the direction, few enough to read on a phone. */
const POINTS = 8;
const HEIGHT = 72;
const PAD = 8;
const ICON = { improvement: TrendingUp, concern: CircleAlert, no_signal: CircleMinus } as const;

/**
 * The network's one indicator: the verdict sentence the indicator page opens with (the same rows,
 * settings and words, so the two never disagree) and its last few values as a small line. On the
 * network's home and on a meeting's screen, from the home's one query.
 */
export function NeedleCard({ indicatorHref, indicator }: { indicatorHref: string; indicator: HomeIndicator | null }) {
  const { t } = useTranslation(['networks', 'indicator']);
  const link = (
    <Link to={indicatorHref} className="text-sm font-medium">
      {t('home.needle.open')}
    </Link>
  );
  return (
    <SectionCard title={t('home.needle.title')} action={indicator && link}>
      {indicator ? <Needle indicator={indicator} /> : <p className="text-sm text-slate-700">{t('home.needle.none')}</p>}
    </SectionCard>
  );
}

function Needle({ indicator: ind }: { indicator: HomeIndicator }) {
  const { t } = useTranslation(['networks', 'indicator']);
  const words = useWords('qi', 'indicator');
  const definition: Indicator = { ...ind, dimensions: [] };
  const overview = overviewOf(definition, ind.series, { chartType: ind.chartType, ruleSet: ind.ruleSet, baselineThrough: ind.baselineThrough, phases: ind.phases }, words);
  const Icon = ICON[overview.verdict.verdict];
  const points = overview.analysis.points.slice(-POINTS).map((p, i, all) => ({ y: p.y, label: overview.rows[overview.rows.length - all.length + i]!.label }));
  return (
    <div className="space-y-3">
      <p translate="no" className="text-sm font-medium break-words text-slate-900">
        {ind.name}
      </p>
      {overview.rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t('home.needle.noData')}</p>
      ) : (
        <>
          <p className="flex gap-2 text-sm text-slate-800">
            <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>
              <span className="font-semibold">{t(`indicator:verdict.title.${overview.verdict.verdict}`)}. </span>
              {overview.verdict.sentence}
            </span>
          </p>
          <Sparkline points={points} />
          {/* A table shrinks no further than its cells: the box around it is what stays hidden. */}
          <div className="sr-only">
            <table>
              <caption>{t('home.needle.chartLabel', { n: words.f.count(points.length), name: ind.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('home.needle.period')}</th>
                  <th scope="col">{t('home.needle.value')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.label}>
                    <td>{p.label}</td>
                    <td>{formatValue(ind, p.y, words)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/** A line through the last values, drawn at the box's real width; the table above reads it out. */
function Sparkline({ points }: { points: readonly { y: number; label: string }[] }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const ys = points.map((p) => p.y);
  const min = Math.min(...ys);
  const span = Math.max(...ys) - min || 1;
  const x = (i: number) => PAD + (points.length === 1 ? (width - 2 * PAD) / 2 : (i * (width - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / span;
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ');
  return (
    <div ref={ref} className="h-[72px] w-full">
      <svg width={width} height={HEIGHT} aria-hidden="true" className="block max-w-full">
        <path d={d} fill="none" className="stroke-sky-700" strokeWidth={2} />
        {points.map((p, i) => (
          <circle key={p.label} cx={x(i)} cy={y(p.y)} r={i === points.length - 1 ? 4 : 2.5} className="fill-sky-700 stroke-white" />
        ))}
      </svg>
    </div>
  );
}

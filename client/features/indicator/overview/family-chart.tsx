import { useTranslation } from 'react-i18next';
import { chartLayout } from '../../../../shared/chart/layout.ts';
import { formatValue } from '../../../../shared/indicator/format.ts';
import { ChartAxes, ChartSeries } from '../../../components/chart/chart-marks.tsx';
import { chartMargin, useWidth } from '../../../components/chart/use-width.ts';
import { useWords } from '../../../lib/use-words.ts';
import type { RouterOutputs } from '../../../lib/trpc.ts';

export type FamilyMember = RouterOutputs['indicator']['family'][number];

/** Short enough that four measures fit a laptop screen two by two. */
export const FAMILY_CHART_HEIGHT = 170;

/**
 * One measure's small chart: the indicator page's marks (values, usual level, limits, target,
 * signals) drawn from the same layout, each point at its period of the axis every chart of the
 * family shares. The drawing keeps its height while its width is measured, so nothing moves.
 */
export function FamilyChart({ member: m, labels, slots }: { member: FamilyMember; labels: readonly string[]; slots: readonly number[] }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const { t } = useTranslation(['indicator', 'common']);
  const words = useWords('indicator', 'qi');
  const layout = chartLayout({
    points: m.rows.map((r, i) => {
      const p = m.points[i]!;
      return { y: r.value, cl: p.cl, ucl: p.ucl, lcl: p.lcl, sigmaSignal: p.signal, part: p.part };
    }),
    labels,
    slots,
    signalRanges: m.verdict.reasons.filter((r) => r.rule !== 'sigma'),
    target: m.targetValue,
    width,
    height: FAMILY_CHART_HEIGHT,
    margin: { ...chartMargin(width), top: 10, bottom: 30 },
    minLabelSpacing: 72,
  });
  const tick = (v: number) => formatValue({ unit: m.unit === 'rate' ? 'score' : m.unit, ratePer: m.ratePer }, v, words);
  const latest = m.rows.at(-1)!;
  const label = t('family.chartLabel', {
    chart: t(`common:labels.chartType.${m.chart}`),
    name: m.name,
    from: m.rows[0]!.label,
    to: latest.label,
    value: formatValue(m, latest.value, words),
  });
  return (
    <div ref={ref} className="w-full" style={{ height: FAMILY_CHART_HEIGHT }}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" height={FAMILY_CHART_HEIGHT} className="block overflow-visible">
        <ChartAxes layout={layout} tick={tick} labelGap={20} />
        <ChartSeries layout={layout} />
      </svg>
    </div>
  );
}

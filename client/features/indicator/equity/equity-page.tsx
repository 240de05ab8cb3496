import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useOutletContext } from 'react-router';
import { periodLabel } from '../../../../shared/domain/period.ts';
import { can } from '../../../../shared/domain/permissions.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { formatCount } from '../../../../shared/format/words.ts';
import { formatValue } from '../../../../shared/indicator/format.ts';
import { NoIndicator } from '../data-no-indicator.tsx';
import { EquityChart } from './equity-chart.tsx';
import { equityView, GAP_HEADLINES, type EquityView } from '../../../../shared/indicator/equity-view.ts';
import { hiddenRanges } from '../../../../shared/indicator/withheld.ts';
import { EquityGapTable, EquityGroupTable } from './equity-tables.tsx';
import type { Indicator, IndicatorOutlet } from '../indicator-layout.tsx';

export function EquityPage() {
  const { network, indicator } = useOutletContext<IndicatorOutlet>();
  usePageTitle(`Equity · ${network.name}`);
  if (!indicator) return <NoIndicator />;
  return <EquityBody indicator={indicator} />;
}

function EquityBody({ indicator }: { indicator: Indicator }) {
  const { network, standing } = useOutletContext<IndicatorOutlet>();
  const trpc = useTRPC();
  const query = useQuery(trpc.indicator.measurements.queryOptions({ networkId: network.id }));
  const [dimensionId, setDimensionId] = useState<number | null>(indicator.dimensions[0]?.id ?? null);
  const dimension = indicator.dimensions.find((d) => d.id === dimensionId);

  return (
    <section aria-labelledby="equity-heading" className="space-y-5">
      <div className="space-y-1">
        <h3 id="equity-heading" className="text-lg font-semibold text-slate-900">
          Equity: {indicator.name}
        </h3>
        <p className="text-sm text-slate-600">Groups side by side on one scale, and whether the gap between the highest and the lowest group is narrowing.</p>
      </div>
      {indicator.dimensions.length === 0 ? (
        <EmptyState>
          There are no groups to compare yet. Add a dimension, such as “Race and ethnicity” or “Income”, with its groups to the indicator’s definition
          {can(standing, 'indicator.edit') ? (
            <>
              : <Link to="../edit" className="underline">edit the definition</Link>.
            </>
          ) : (
            '; a facilitator or lead can do it.'
          )}
        </EmptyState>
      ) : (
        <>
          {indicator.dimensions.length > 1 && (
            <Field label="Compare groups by" className="max-w-xs">
              {(control) => (
                <Select {...control} value={dimensionId ?? ''} onChange={(e) => setDimensionId(Number(e.target.value))}>
                  {indicator.dimensions.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
          {query.isPending && <LoadingState label="Loading the measurements" />}
          {query.isError && <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />}
          {query.isSuccess && dimension && <EquityContent indicator={indicator} view={equityView(indicator, query.data, dimension)} dimensionName={dimension.name} />}
        </>
      )}
    </section>
  );
}

function EquityContent({ indicator, view, dimensionName }: { indicator: Indicator; view: EquityView; dimensionName: string }) {
  const label = (p: string) => periodLabel(p, indicator.frequency);
  const labels = view.periods.map(label);
  const index = new Map(view.periods.map((p, i) => [p, i]));
  const format = (v: number) => formatValue(indicator, v);
  const gapFormat = (v: number) => (indicator.unit === 'percent' ? `${formatCount(Math.round(v * 10) / 10)} pts` : formatValue(indicator, v));
  if (view.periods.length === 0) return <EmptyState>No measurements yet: enter or import them on the Data page.</EmptyState>;
  const toPoints = (pts: { period: string; value: number }[]) => pts.map((p) => ({ index: index.get(p.period)!, value: p.value }));
  const gapPeriods = view.gaps.map((g) => g.period);
  const gapLabels = gapPeriods.map(label);
  // Every small chart spans the same values, so a higher line means a higher value in any of them.
  const scale = [...view.whole, ...view.shown.flatMap((g) => g.points)].map((p) => p.value);
  const ranges = hiddenRanges(view.suppressed, view.periods, label);
  const small = ranges.find((r) => r.reason === 'small');
  const protecting = ranges.find((r) => r.reason === 'complement');

  return (
    <div className="space-y-6">
      {view.suppressed.length > 0 && (
        <Alert tone="info" title="Hidden to protect privacy">
          {small && (
            <p>
              These values are about fewer than {formatCount(indicator.minGroupSize)} people, so they are not shown or used for the gap: {small.text}.
            </p>
          )}
          {protecting && (
            <p className="mt-2">
              These are hidden too, so that the small groups’ values cannot be worked out by subtracting the other groups from the whole population: {protecting.text}.
            </p>
          )}
        </Alert>
      )}

      <section aria-labelledby="groups-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        <h4 id="groups-heading" className="text-base font-semibold text-slate-900">
          {dimensionName}: each group over time
        </h4>
        <p className="text-sm text-slate-600">One small chart per group, all on the same scale, each with the whole population as a grey dashed line.</p>
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label={`${indicator.name} by ${dimensionName.toLowerCase()}`}>
          {view.shown.map((g) => (
            <li key={g.group}>
              <EquityChart
                title={g.group}
                labels={labels}
                format={format}
                fromZero={indicator.unit === 'percent'}
                span={scale}
                height={180}
                lines={[{ name: 'Whole population', reference: true, points: toPoints(view.whole) }, { name: g.group, points: toPoints(g.points) }]}
              />
            </li>
          ))}
        </ul>
        <details>
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-accent-800">Show the numbers as a table</summary>
          <EquityGroupTable indicator={indicator} view={view} label={label} format={format} />
        </details>
      </section>

      <section aria-labelledby="gap-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        <h4 id="gap-heading" className="text-base font-semibold text-slate-900">
          The gap between the highest and the lowest group
        </h4>
        {view.gaps.length === 0 ? (
          <EmptyState>No gap yet: it needs at least two groups with a shown value in the same period.</EmptyState>
        ) : (
          <>
            <div className="space-y-1" role="status">
              <p className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                <Badge tone={view.verdict?.verdict === 'improvement' ? 'success' : view.verdict?.verdict === 'concern' ? 'danger' : 'neutral'}>
                  {view.verdict?.verdict === 'improvement' ? '↓ Narrowing' : view.verdict?.verdict === 'concern' ? '↑ Widening' : 'No signal'}
                </Badge>
                {GAP_HEADLINES[view.verdict?.verdict ?? 'no_signal']}
              </p>
              <p className="text-sm text-slate-700">
                {view.verdict ? view.verdict.sentence : 'One period with a gap so far: it takes more periods to see whether the gap moves.'}
              </p>
              {view.verdict && (
                <details className="text-sm text-slate-700">
                  <summary className="min-h-11 cursor-pointer py-2 font-medium text-accent-800">How this was decided</summary>
                  <p>{view.verdict.detail}</p>
                </details>
              )}
              <p className="text-sm text-slate-700">
                Latest gap ({label(view.gaps.at(-1)!.period)}): {gapFormat(view.gaps.at(-1)!.gap)}, between {view.gaps.at(-1)!.high.group} and {view.gaps.at(-1)!.low.group}.
              </p>
            </div>
            <EquityChart
              title="Gap between the highest and the lowest group, with its median"
              labels={gapLabels}
              format={gapFormat}
              fromZero
              lines={[
                ...(view.gapCentre !== null ? [{ name: 'Median gap', reference: true, points: gapPeriods.map((_, i) => ({ index: i, value: view.gapCentre! })) }] : []),
                { name: 'Gap', points: view.gaps.map((g, i) => ({ index: i, value: g.gap })) },
              ]}
            />
            <details>
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-accent-800">Show the gap as a table</summary>
              <EquityGapTable gaps={view.gaps} label={label} format={format} gapFormat={gapFormat} />
            </details>
          </>
        )}
      </section>
    </div>
  );
}

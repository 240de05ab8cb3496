import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useOutletContext, useSearchParams } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import { FREQUENCY_LABELS } from '../../../../shared/domain/period.ts';
import { CHART_TYPE_LABELS, type ChartType } from '../../../../shared/qi/chart-types.ts';
import { RULE_SETS, type RuleSet } from '../../../../shared/qi/verdict.ts';
import { buttonClasses } from '../../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useChartMarkers } from './chart-markers.ts';
import { ChartPeriodPicker } from './chart-period-picker.tsx';
import { ChartSettingsPanel } from './chart-settings.tsx';
import { RULE_SET_NAMES } from '../../../../shared/qi/verdict-words.ts';
import { ChartSvg, IndicatorChartLegend } from './chart-svg.tsx';
import { ChartTable } from './chart-table.tsx';
import type { Indicator, IndicatorOutlet } from '../indicator-layout.tsx';
import { chartTypesFor, overviewOf, seriesRows, type ChartSettings } from '../../../../shared/indicator/overview.ts';
import { ProgressSummary } from './progress-summary.tsx';
import { VerdictCallout } from './verdict-callout.tsx';

export function IndicatorPage() {
  const { network, standing, indicator } = useOutletContext<IndicatorOutlet>();
  usePageTitle(`${indicator ? indicator.name : 'Indicator'} · ${network.name}`);
  if (!indicator) return <NoIndicator canEdit={can(standing, 'indicator.edit')} />;
  return <Overview indicator={indicator} slug={network.slug} canEdit={can(standing, 'indicator.edit')} />;
}

function NoIndicator({ canEdit }: { canEdit: boolean }) {
  return (
    <section aria-labelledby="no-indicator-heading" className="max-w-2xl space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <h3 id="no-indicator-heading" className="text-lg font-semibold text-slate-900">
        No indicator yet
      </h3>
      <p className="text-slate-700">
        The indicator is the one number the whole network agrees to move, such as the share of children assessed as ready for kindergarten.
        Measured the same way every period, it shows on a run chart whether the changes the network tests are moving the needle.
      </p>
      {canEdit ? (
        <Link to="edit" className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
          Define the indicator
        </Link>
      ) : (
        <p className="text-slate-700">A facilitator or lead defines it.</p>
      )}
    </section>
  );
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

function Overview({ indicator: ind, slug, canEdit }: { indicator: Indicator; slug: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const measurements = useQuery(trpc.indicator.measurements.queryOptions({ networkId: ind.networkId }));
  const markers = useChartMarkers(ind.networkId, ind.frequency);
  const [params, setParams] = useSearchParams();
  // Baseline and phases are tried out here and saved by an editor; chart and rules are each viewer's own, in the address.
  const [local, setLocal] = useState({ baselineThrough: ind.baselineThrough, phases: ind.phases });
  // The period read out below the chart, by its name so it survives new data; the latest until one is picked.
  const [pickedPeriod, setPickedPeriod] = useState<string | null>(null);
  const settings: ChartSettings = {
    // Only the charts that fit this indicator: an address from before a definition change falls back.
    chartType: pick<ChartType>(params.get('chart'), chartTypesFor(ind), pick<ChartType>(ind.chartType, chartTypesFor(ind), 'run')),
    ruleSet: pick<RuleSet>(params.get('rules'), RULE_SETS, ind.ruleSet),
    ...local,
  };

  function change(next: Partial<ChartSettings>) {
    const { chartType, ruleSet, ...rest } = next;
    if (chartType || ruleSet) {
      const p = new URLSearchParams(params);
      if (chartType) p.set('chart', chartType);
      if (ruleSet) p.set('rules', ruleSet);
      setParams(p, { replace: true });
    }
    if (Object.keys(rest).length) setLocal((l) => ({ ...l, ...rest }));
  }

  function loadTheirs(fresh: Indicator) {
    setLocal({ baselineThrough: fresh.baselineThrough, phases: fresh.phases });
    setParams(new URLSearchParams({ chart: fresh.chartType, rules: fresh.ruleSet }), { replace: true });
  }

  if (measurements.isPending) return <LoadingState label="Loading the measurements" />;
  if (measurements.isError) return <ErrorState message={errorMessage(measurements.error)} onRetry={() => void measurements.refetch()} />;

  const overview = overviewOf(ind, measurements.data, settings);
  const periods = seriesRows(ind, measurements.data).map((r) => ({ period: r.period, label: r.label }));
  const found = overview.rows.findIndex((r) => r.period === pickedPeriod);
  const picked = found >= 0 ? found : overview.rows.length - 1;
  const pickPeriod = (i: number) => setPickedPeriod(overview.rows[i]?.period ?? null);

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h3 className="text-lg font-semibold break-words text-slate-900">{ind.name}</h3>
        <p className="text-sm text-slate-600">
          {FREQUENCY_LABELS[ind.frequency]}
          {ind.dataSource && ` · Source: ${ind.dataSource}`}
          {canEdit && (
            <>
              {' · '}
              <Link to="edit">Edit the definition</Link>
            </>
          )}
        </p>
        {ind.definition && <p className="max-w-3xl text-sm text-slate-700">{ind.definition}</p>}
      </div>

      <VerdictCallout verdict={overview.verdict} ruleSet={overview.rules} />

      {overview.rows.length === 0 ? (
        <EmptyState>
          No measurements yet for the whole population.{' '}
          {canEdit ? <Link to="data">Enter or import them</Link> : 'A facilitator or lead enters them'} to see the chart and the verdict.
        </EmptyState>
      ) : (
        <>
          <ProgressSummary indicator={ind} progress={overview.progress} baseline={overview.baseline} latestLabel={overview.rows.at(-1)?.label ?? null} />
          <section aria-labelledby="chart-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-xs sm:p-5">
            <h3 id="chart-heading" className="text-base font-semibold text-slate-900">
              {CHART_TYPE_LABELS[overview.chart]}
            </h3>
            <p className="text-sm text-slate-600">Signals by the {RULE_SET_NAMES[overview.rules]}.</p>
            <ChartSvg indicator={ind} overview={overview} markers={markers.byPeriod} picked={picked} onPick={pickPeriod} />
            <IndicatorChartLegend controlChart={overview.chart !== 'run'} hasTarget={ind.targetValue !== null} />
            {markers.failed && <p className="text-sm text-slate-600">PDSA cycles and actions could not be loaded, so the time axis shows no marks for them.</p>}
            {markers.partial && <p className="text-sm text-slate-600">The time axis marks the latest 100 PDSA cycles.</p>}
            <ChartPeriodPicker indicator={ind} overview={overview} markers={markers.byPeriod} picked={picked} onPick={pickPeriod} slug={slug} />
          </section>
          <ChartTable indicator={ind} overview={overview} />
        </>
      )}

      <ChartSettingsPanel indicator={ind} settings={settings} periods={periods} canEdit={canEdit} onChange={change} onLoadTheirs={loadTheirs} />
    </div>
  );
}

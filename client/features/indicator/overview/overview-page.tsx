import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useOutletContext, useSearchParams } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import type { ChartType } from '../../../../shared/qi/chart-types.ts';
import { RULE_SETS, type RuleSet } from '../../../../shared/qi/verdict.ts';
import { buttonClasses } from '../../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useWords } from '../../../lib/use-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { CYCLE_MARKER_LIMIT, useChartMarkers } from './chart-markers.ts';
import { ChartPeriodPicker } from './chart-period-picker.tsx';
import { ChartSettingsPanel } from './chart-settings.tsx';
import { ChartSvg, IndicatorChartLegend } from './chart-svg.tsx';
import { ChartTable } from './chart-table.tsx';
import { refOf, type Indicator, type IndicatorOutlet } from '../indicator-layout.tsx';
import { chartTypesFor, overviewOf, seriesRows, type ChartSettings } from '../../../../shared/indicator/overview.ts';
import { FamilySection, hasFamily } from './family-section.tsx';
import { ProgressSummary } from './progress-summary.tsx';
import { VerdictCallout } from './verdict-callout.tsx';

export function IndicatorPage() {
  const { network, standing, indicator } = useOutletContext<IndicatorOutlet>();
  const { t } = useTranslation(['indicator', 'common']);
  usePageTitle(t('overview.pageTitle', { name: indicator ? indicator.name : t('layout.title'), network: network.name }));
  if (!indicator) return <NoIndicator canEdit={can(standing, 'indicator.edit')} />;
  return <Overview indicator={indicator} slug={network.slug} canEdit={can(standing, 'indicator.edit')} />;
}

function NoIndicator({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation(['indicator', 'common']);
  return (
    <section aria-labelledby="no-indicator-heading" className="max-w-2xl space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <h3 id="no-indicator-heading" className="text-lg font-semibold text-slate-900">
        {t('overview.none.heading')}
      </h3>
      <p className="text-slate-700">{t('overview.none.body')}</p>
      {canEdit ? (
        <Link to="edit" className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
          {t('overview.none.define')}
        </Link>
      ) : (
        <p className="text-slate-700">{t('overview.none.whoDefines')}</p>
      )}
    </section>
  );
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

function Overview({ indicator: ind, slug, canEdit }: { indicator: Indicator; slug: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const { t } = useTranslation(['indicator', 'common']);
  const words = useWords('qi');
  const measurements = useQuery(trpc.indicator.measurements.queryOptions(refOf(ind)));
  // The family is the outcome's: asked for alongside, and waited for, so its charts do not push the page down when they arrive.
  const isOutcome = ind.kind === 'outcome';
  const family = useQuery({ ...trpc.indicator.family.queryOptions({ networkId: ind.networkId }), enabled: isOutcome });
  const markers = useChartMarkers(ind);
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

  if (measurements.isPending || (isOutcome && family.isPending)) return <LoadingState label={t('overview.loading')} />;
  if (measurements.isError) return <ErrorState message={errorMessage(measurements.error)} onRetry={() => void measurements.refetch()} />;

  const overview = overviewOf(ind, measurements.data, settings, words);
  const periods = seriesRows(ind, measurements.data, words).map((r) => ({ period: r.period, label: r.label }));
  const found = overview.rows.findIndex((r) => r.period === pickedPeriod);
  const picked = found >= 0 ? found : overview.rows.length - 1;
  const pickPeriod = (i: number) => setPickedPeriod(overview.rows[i]?.period ?? null);

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h3 translate="no" className="text-lg font-semibold break-words text-slate-900">
          {ind.name}
        </h3>
        <p className="text-sm text-slate-600">
          {t(`common:labels.frequency.${ind.frequency}`)}
          {ind.dataSource && <> · {t('overview.source', { source: ind.dataSource })}</>}
          {canEdit && (
            <>
              {' · '}
              <Link to="edit">{t('overview.editDefinition')}</Link>
            </>
          )}
        </p>
        {ind.definition && (
          <p translate="no" className="max-w-3xl text-sm text-slate-700">
            {ind.definition}
          </p>
        )}
      </div>

      <VerdictCallout verdict={overview.verdict} ruleSet={overview.rules} />

      {overview.rows.length === 0 ? (
        <EmptyState>
          {canEdit ? <Trans t={t} i18nKey="overview.empty.canEdit" components={{ data: <Link to="data" /> }} /> : t('overview.empty.readOnly')}
        </EmptyState>
      ) : (
        <>
          <ProgressSummary indicator={ind} progress={overview.progress} baseline={overview.baseline} latestLabel={overview.rows.at(-1)?.label ?? null} />
          <section aria-labelledby="chart-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-xs sm:p-5">
            <h3 id="chart-heading" className="text-base font-semibold text-slate-900">
              {t(`common:labels.chartType.${overview.chart}`)}
            </h3>
            <p className="text-sm text-slate-600">{t('overview.signalsBy', { rules: words.t(`qi:ruleSet.${overview.rules}`) })}</p>
            <ChartSvg indicator={ind} overview={overview} markers={markers.byPeriod} picked={picked} onPick={pickPeriod} />
            <IndicatorChartLegend controlChart={overview.chart !== 'run'} hasTarget={ind.targetValue !== null} />
            {markers.failed && <p className="text-sm text-slate-600">{t('overview.markers.failed')}</p>}
            {markers.partial && <p className="text-sm text-slate-600">{t('overview.markers.partial', { n: words.f.count(CYCLE_MARKER_LIMIT) })}</p>}
            <ChartPeriodPicker indicator={ind} overview={overview} markers={markers.byPeriod} picked={picked} onPick={pickPeriod} slug={slug} />
          </section>
          <ChartTable indicator={ind} overview={overview} />
        </>
      )}

      {family.isError ? (
        <ErrorState message={errorMessage(family.error)} onRetry={() => void family.refetch()} />
      ) : (
        family.data && hasFamily(family.data) && <FamilySection members={family.data} slug={slug} />
      )}

      <ChartSettingsPanel indicator={ind} settings={settings} periods={periods} canEdit={canEdit} onChange={change} onLoadTheirs={loadTheirs} />
    </div>
  );
}

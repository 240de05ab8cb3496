import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router';
import { periodLabel } from '../../../../shared/domain/period.ts';
import { can } from '../../../../shared/domain/permissions.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useWords } from '../../../lib/use-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { formatGap, formatValue } from '../../../../shared/indicator/format.ts';
import { NoIndicator } from '../data-no-indicator.tsx';
import { EquityChart } from './equity-chart.tsx';
import { equityView, type EquityView } from '../../../../shared/indicator/equity-view.ts';
import { hiddenRanges } from '../../../../shared/indicator/withheld.ts';
import { EquityGapTable, EquityGroupTable } from './equity-tables.tsx';
import { refOf, type Indicator, type IndicatorOutlet } from '../indicator-layout.tsx';

export function EquityPage() {
  const { network, indicator } = useOutletContext<IndicatorOutlet>();
  const { t } = useTranslation('indicator');
  usePageTitle(t('equity.pageTitle', { network: network.name }));
  if (!indicator) return <NoIndicator />;
  return <EquityBody indicator={indicator} />;
}

function EquityBody({ indicator }: { indicator: Indicator }) {
  const { standing } = useOutletContext<IndicatorOutlet>();
  const trpc = useTRPC();
  const { t } = useTranslation('indicator');
  const words = useWords('indicator', 'qi');
  const query = useQuery(trpc.indicator.measurements.queryOptions(refOf(indicator)));
  const [dimensionId, setDimensionId] = useState<number | null>(indicator.dimensions[0]?.id ?? null);
  const dimension = indicator.dimensions.find((d) => d.id === dimensionId);

  return (
    <section aria-labelledby="equity-heading" className="space-y-5">
      <div className="space-y-1">
        <h3 id="equity-heading" className="text-lg font-semibold text-slate-900">
          {t('equity.heading', { name: indicator.name })}
        </h3>
        <p className="text-sm text-slate-600">{t('equity.intro')}</p>
      </div>
      {indicator.dimensions.length === 0 ? (
        <EmptyState>
          {can(standing, 'indicator.edit') ? (
            <Trans t={t} i18nKey="equity.noGroups.canEdit" components={{ edit: <Link to="../edit" className="underline" /> }} />
          ) : (
            t('equity.noGroups.readOnly')
          )}
        </EmptyState>
      ) : (
        <>
          {indicator.dimensions.length > 1 && (
            <Field label={t('equity.compareBy')} className="max-w-xs">
              {(control) => (
                <Select {...control} value={dimensionId ?? ''} onChange={(e) => setDimensionId(Number(e.target.value))}>
                  {indicator.dimensions.map((d) => (
                    <option key={d.id} value={d.id} translate="no">
                      {d.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
          {query.isPending && <LoadingState label={t('overview.loading')} />}
          {query.isError && <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />}
          {query.isSuccess && dimension && <EquityContent indicator={indicator} view={equityView(indicator, query.data, dimension, words)} dimensionName={dimension.name} />}
        </>
      )}
    </section>
  );
}

function EquityContent({ indicator, view, dimensionName }: { indicator: Indicator; view: EquityView; dimensionName: string }) {
  const { t } = useTranslation('indicator');
  const words = useWords('indicator', 'qi');
  const label = (p: string) => periodLabel(p, indicator.frequency, words);
  const labels = view.periods.map(label);
  const index = new Map(view.periods.map((p, i) => [p, i]));
  const format = (v: number) => formatValue(indicator, v, words);
  const gapFormat = (v: number) => (indicator.unit === 'percent' ? t('equity.points', { n: words.f.count(Math.round(v * 10) / 10) }) : formatGap(indicator, v, words));
  if (view.periods.length === 0) return <EmptyState>{t('equity.noMeasurements')}</EmptyState>;
  const toPoints = (pts: { period: string; value: number }[]) => pts.map((p) => ({ index: index.get(p.period)!, value: p.value }));
  const gapPeriods = view.gaps.map((g) => g.period);
  const gapLabels = gapPeriods.map(label);
  // Every small chart spans the same values, so a higher line means a higher value in any of them.
  const scale = [...view.whole, ...view.shown.flatMap((g) => g.points)].map((p) => p.value);
  const ranges = hiddenRanges(view.suppressed, view.periods, label, words);
  const small = ranges.find((r) => r.reason === 'small');
  const protecting = ranges.find((r) => r.reason === 'complement');

  return (
    <div className="space-y-6">
      {view.suppressed.length > 0 && (
        <Alert tone="info" title={t('equity.hidden.title')}>
          {small && <p>{t('equity.hidden.small', { n: words.f.count(indicator.minGroupSize), list: small.text })}</p>}
          {protecting && <p className="mt-2">{t('equity.hidden.protecting', { list: protecting.text })}</p>}
        </Alert>
      )}

      <section aria-labelledby="groups-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        <h4 id="groups-heading" className="text-base font-semibold text-slate-900">
          {t('equity.groups.heading', { dimension: dimensionName })}
        </h4>
        <p className="text-sm text-slate-600">{t('equity.groups.intro')}</p>
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label={t('equity.groups.label', { name: indicator.name, dimension: dimensionName.toLowerCase() })}>
          {view.shown.map((g) => (
            <li key={g.group}>
              <EquityChart
                title={g.group}
                ownTitle
                labels={labels}
                format={format}
                fromZero={indicator.unit === 'percent'}
                span={scale}
                height={180}
                lines={[{ name: t('equity.whole'), reference: true, points: toPoints(view.whole) }, { name: g.group, points: toPoints(g.points) }]}
              />
            </li>
          ))}
        </ul>
        <details>
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-accent-800">{t('equity.groups.table')}</summary>
          <EquityGroupTable indicator={indicator} view={view} label={label} format={format} />
        </details>
      </section>

      <section aria-labelledby="gap-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        <h4 id="gap-heading" className="text-base font-semibold text-slate-900">
          {t('equity.gap.heading')}
        </h4>
        {view.gaps.length === 0 ? (
          <EmptyState>{t('equity.gap.none')}</EmptyState>
        ) : (
          <>
            <div className="space-y-1" role="status">
              <p className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                {view.why && !view.why.improvement ? (
                  <Badge tone="warning">{t('equity.why.badge')}</Badge>
                ) : (
                  <Badge tone={view.verdict?.verdict === 'improvement' ? 'success' : view.verdict?.verdict === 'concern' ? 'danger' : 'neutral'}>
                    {t(`equity.gap.badge.${view.verdict?.verdict ?? 'no_signal'}`)}
                  </Badge>
                )}
                {view.why ? view.why.headline : words.t(`qi:gap.headline.${view.verdict?.verdict ?? 'no_signal'}`)}
              </p>
              {/* Why it narrowed comes first: which group moved, and which way. */}
              {view.why && <p className="text-sm text-slate-900">{view.why.sentence}</p>}
              <p className="text-sm text-slate-700">
                {view.verdict ? view.verdict.sentence : t('equity.gap.onePeriod')}
              </p>
              {view.verdict && (
                <details className="text-sm text-slate-700">
                  <summary className="min-h-11 cursor-pointer py-2 font-medium text-accent-800">{t('verdict.howDecided')}</summary>
                  <p>{view.verdict.detail}</p>
                  {view.why && <p className="mt-2">{view.why.method}</p>}
                </details>
              )}
              <p className="text-sm text-slate-700">
                {t('equity.gap.latest', {
                  period: label(view.gaps.at(-1)!.period),
                  gap: gapFormat(view.gaps.at(-1)!.gap),
                  high: view.gaps.at(-1)!.high.group,
                  low: view.gaps.at(-1)!.low.group,
                })}
              </p>
            </div>
            <EquityChart
              title={t('equity.gap.chart')}
              labels={gapLabels}
              format={gapFormat}
              fromZero
              lines={[
                ...(view.gapCentre !== null ? [{ name: t('equity.gap.median'), reference: true, points: gapPeriods.map((_, i) => ({ index: i, value: view.gapCentre! })) }] : []),
                { name: t('equity.gap.line'), points: view.gaps.map((g, i) => ({ index: i, value: g.gap })) },
              ]}
            />
            <details>
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-accent-800">{t('equity.gap.table')}</summary>
              <EquityGapTable gaps={view.gaps} label={label} format={format} gapFormat={gapFormat} />
            </details>
          </>
        )}
      </section>
    </div>
  );
}

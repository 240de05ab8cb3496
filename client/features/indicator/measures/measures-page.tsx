import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useOutletContext } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import type { MeasuresPageState } from './remove-measure.tsx';
import { can } from '../../../../shared/domain/permissions.ts';
import { measureHref, paths } from '../../../app/paths.ts';
import { buttonClasses } from '../../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC, type RouterOutputs } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useWords } from '../../../lib/use-words.ts';
import type { IndicatorOutlet } from '../indicator-layout.tsx';

type Measure = RouterOutputs['indicator']['list'][number];
type PlanNode = RouterOutputs['plan']['get']['nodes'][number];

/**
 * Every measure of the network, read-only: the outcome first, then what feeds it, what shows the
 * work is happening, and what watches for harm elsewhere; each with how often it is measured, how
 * many values it has, and the drivers and change ideas it tracks.
 */
export function MeasuresPage() {
  const { network, standing } = useOutletContext<IndicatorOutlet>();
  const notice = (useLocation().state as MeasuresPageState | null)?.notice;
  const trpc = useTRPC();
  const { t } = useTranslation('indicator');
  usePageTitle(t('measures.pageTitle', { network: network.name }));
  const list = useQuery(trpc.indicator.list.queryOptions({ networkId: network.id }));
  // The plan names the drivers and change ideas a measure tracks; waited for so the names do not pop in.
  const plan = useQuery(trpc.plan.get.queryOptions({ networkId: network.id }));

  if (list.isPending || plan.isPending) return <LoadingState label={t('measures.loading')} />;
  if (list.isError) return <ErrorState message={errorMessage(list.error)} onRetry={() => void list.refetch()} />;
  const nodes = new Map((plan.data?.nodes ?? []).map((n) => [n.id, n]));
  const names = new Map(list.data.map((m) => [m.id, m.name]));

  return (
    <section aria-labelledby="measures-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id="measures-heading" className="text-lg font-semibold text-slate-900">
          {t('measures.heading')}
        </h3>
        {can(standing, 'indicator.edit') && list.data.length > 0 && (
          <Link to={paths.newMeasure.href({ slug: network.slug })} className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
            {t('measures.new.add')}
          </Link>
        )}
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      <p className="max-w-3xl text-sm text-slate-700">{t('measures.intro')}</p>
      {plan.isError && <p className="text-sm text-slate-700">{t('measures.planFailed')}</p>}
      {list.data.length === 0 ? (
        <EmptyState>{t('measures.none')}</EmptyState>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {list.data.map((m) => (
            <li key={m.id} className="min-w-0">
              <MeasureCard slug={network.slug} measure={m} nodes={nodes} outcome={m.contributesToId === null ? null : (names.get(m.contributesToId) ?? null)} planLoaded={plan.isSuccess} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MeasureCard({ slug, measure: m, nodes, outcome, planLoaded }: { slug: string; measure: Measure; nodes: Map<number, PlanNode>; outcome: string | null; planLoaded: boolean }) {
  const { t } = useTranslation(['indicator', 'common']);
  const words = useWords('indicator');
  const tracked = m.nodeIds.map((id) => nodes.get(id)).filter((n): n is PlanNode => n !== undefined);
  return (
    <article aria-labelledby={`measure-${m.id}`} className="h-full space-y-2 rounded-xl border border-slate-200 bg-white p-3 shadow-xs sm:p-4">
      <p className="text-sm font-medium text-slate-600">{t(`indicator:measureKind.${m.kind}`)}</p>
      <h4 id={`measure-${m.id}`} translate="no" className="scroll-mt-4 text-base font-semibold break-words text-slate-900">
        <Link to={measureHref(slug, m)}>{m.name}</Link>
      </h4>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <Item term={t('measures.frequency')}>{t(`common:labels.frequency.${m.frequency}`)}</Item>
        <Item term={t('measures.values')}>{m.measurements === 0 ? t('measures.noValues') : t('measures.valueCount', { count: m.measurements, n: words.f.count(m.measurements) })}</Item>
        {outcome !== null && (
          <Item term={t('measures.feeds')}>
            <span translate="no">{outcome}</span>
          </Item>
        )}
        {m.nodeIds.length > 0 && (
          <Item term={t('measures.tracks')}>
            {planLoaded ? (
              <ul className="space-y-0.5">
                {tracked.map((n) => (
                  <li key={n.id}>
                    <span className="text-slate-600">{t(`common:labels.nodeKind.${n.kind}`)}:</span> <span translate="no">{n.title}</span>
                  </li>
                ))}
              </ul>
            ) : (
              t('measures.tracksCount', { count: m.nodeIds.length, n: words.f.count(m.nodeIds.length) })
            )}
          </Item>
        )}
      </dl>
    </article>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="mb-1 text-slate-900 sm:mb-0">{children}</dd>
    </>
  );
}

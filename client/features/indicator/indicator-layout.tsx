import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SectionNav } from '../../components/ui/section-nav.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork, type CurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

export type Indicator = NonNullable<RouterOutputs['indicator']['get']>;
/** What the indicator's pages get from the layout: the network, and its indicator (null until defined). */
export type IndicatorOutlet = CurrentNetwork & { indicator: Indicator | null };

/** Which measure a call is about: the outcome is named by leaving its id out, as its own pages always have. */
export type MeasureRef = { networkId: number; indicatorId?: number };
export const refOf = (ind: Pick<Indicator, 'id' | 'networkId' | 'kind'>): MeasureRef => (ind.kind === 'outcome' ? { networkId: ind.networkId } : { networkId: ind.networkId, indicatorId: ind.id });
/** The start of a downloaded file's name, telling one measure's files from another's. */
export const fileStem = (slug: string, ind: Pick<Indicator, 'id' | 'kind'>) => (ind.kind === 'outcome' ? `${slug}-indicator` : `${slug}-measure-${ind.id}`);

export function IndicatorLayout() {
  const current = useCurrentNetwork();
  const trpc = useTRPC();
  const query = useQuery(trpc.indicator.get.queryOptions({ networkId: current.network.id }));
  const { t } = useTranslation('indicator');
  const sections = [
    { to: '.', label: t('layout.sections.overview'), end: true },
    { to: 'data', label: t('layout.sections.data'), end: false },
    { to: 'equity', label: t('layout.sections.equity'), end: false },
    { to: 'measures', label: t('measures.tab'), end: false },
  ];
  return (
    <div className="space-y-5">
      <h2 className="text-xl font-semibold text-slate-900">{t('layout.title')}</h2>
      {query.isPending && <LoadingState label={t('layout.loading')} />}
      {query.isError && <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          {query.data && <SectionNav label={t('layout.title')} sections={sections} />}
          <Outlet context={{ ...current, indicator: query.data } satisfies IndicatorOutlet} />
        </>
      )}
    </div>
  );
}

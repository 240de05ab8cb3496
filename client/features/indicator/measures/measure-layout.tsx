import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { SectionNav } from '../../../components/ui/section-nav.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import type { IndicatorOutlet } from '../indicator-layout.tsx';

/**
 * A measure beside the outcome: the outcome's own pages (overview, data, import, equity, definition)
 * under this measure's address, each given the measure in place of the outcome.
 */
export function MeasureLayout() {
  const parent = useOutletContext<IndicatorOutlet>();
  const measureId = Number(useParams().measureId);
  const trpc = useTRPC();
  const { t } = useTranslation('indicator');
  const valid = Number.isSafeInteger(measureId) && measureId > 0;
  const query = useQuery({ ...trpc.indicator.get.queryOptions({ networkId: parent.network.id, indicatorId: measureId }), enabled: valid });
  const slug = parent.network.slug;
  const sections = [
    { to: '.', label: t('layout.sections.overview'), end: true },
    { to: 'data', label: t('layout.sections.data'), end: false },
    { to: 'equity', label: t('layout.sections.equity'), end: false },
  ];

  return (
    <div className="space-y-4">
      <div>
        <BackLink to={paths.indicatorMeasures.href({ slug })}>{t('measures.all')}</BackLink>
        {query.data && <p className="text-sm font-medium text-slate-600">{t(`measureKind.${query.data.kind}`)}</p>}
      </div>
      {!valid && <ErrorState message={t('measures.notFound')} />}
      {valid && query.isPending && <LoadingState label={t('measures.loadingOne')} />}
      {query.isError && <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <SectionNav label={t('measures.sections', { name: query.data.name })} sections={sections} />
          <Outlet key={measureId} context={{ ...parent, indicator: query.data } satisfies IndicatorOutlet} />
        </>
      )}
    </div>
  );
}

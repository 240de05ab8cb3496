import { useQuery } from '@tanstack/react-query';
import { Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { IndicatorStatusView } from '../../components/report/report-indicator.tsx';
import { Button } from '../../components/ui/button.tsx';
import { cx } from '../../components/ui/cx.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useWords } from '../../lib/use-words.ts';

type ReportCard = RouterOutputs['public']['impact'];
type CardNetwork = ReportCard['areas'][number]['networks'][number];

/**
 * The partnership's report card: every network that made its page public, by outcome area, each
 * outcome told as its own public page tells it. It prints one outcome area to a page.
 */
export function ReportCardPage() {
  const { t } = useTranslation(['public', 'common']);
  const trpc = useTRPC();
  const query = useQuery(trpc.public.impact.queryOptions());
  const partnership = query.data?.partnership;
  usePageTitle(partnership ? t('impact.pageTitle', { name: partnership.name }) : t('impact.title'));

  if (query.isPending) return <LoadingState label={t('impact.loading')} />;
  if (query.isError) return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  const { areas } = query.data;

  return (
    <article data-print-region className="space-y-10">
      <header className="space-y-3">
        {partnership?.logo && <img src={partnership.logo} alt={t('impact.logoAlt', { name: partnership.name })} className="h-16 w-auto max-w-full object-contain" />}
        {partnership && <p className="text-sm font-medium text-accent-900">{t('impact.kicker')}</p>}
        <h1 className="text-3xl font-semibold tracking-tight text-balance text-slate-900" translate={partnership ? 'no' : undefined}>
          {partnership ? partnership.name : t('impact.title')}
        </h1>
        {partnership?.community && <p className="text-lg text-slate-800">{t('impact.community', { community: partnership.community })}</p>}
        {partnership?.description && (
          <p translate="no" className="whitespace-pre-line text-slate-800">
            {partnership.description}
          </p>
        )}
        <p className="text-slate-700">{t('impact.intro')}</p>
        <Button variant="secondary" onClick={() => window.print()}>
          <Printer aria-hidden="true" className="size-4" />
          {t('impact.print')}
        </Button>
      </header>

      {areas.length === 0 ? (
        <EmptyState>{t('impact.empty')}</EmptyState>
      ) : (
        areas.map(({ area, networks }, i) => (
          <section key={area} aria-labelledby={`area-${area}`} className={cx('space-y-6', i > 0 && 'print:break-before-page')}>
            <h2 id={`area-${area}`} className="border-b border-slate-200 pb-2 text-2xl font-semibold text-slate-900">
              {t(`common:labels.outcomeArea.${area}`)}
            </h2>
            {networks.map((n) => (
              <NetworkOutcome key={n.slug} network={n} />
            ))}
          </section>
        ))
      )}
    </article>
  );
}

function NetworkOutcome({ network }: { network: CardNetwork }) {
  const { t } = useTranslation('public');
  const words = useWords('report');
  return (
    // An article, not a region: a network is often named like its outcome area, and two landmarks must not share a name.
    <article aria-labelledby={`card-${network.slug}`} className="space-y-3">
      <h3 id={`card-${network.slug}`} translate="no" className="text-xl font-semibold text-slate-900">
        {network.name}
      </h3>
      {network.outcome ? <IndicatorStatusView ind={network.outcome} level={4} idPrefix={`card-${network.slug}`} w={words} /> : <p className="text-slate-700">{t('impact.noOutcome')}</p>}
      <p className="print:hidden">
        <Link to={paths.impact.href({ slug: network.slug })}>{t('impact.networkPage', { name: network.name })}</Link>
      </p>
    </article>
  );
}

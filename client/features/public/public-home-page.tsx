import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ProseMarkdown } from '../../components/ui/prose-markdown.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ContributingView } from '../../components/report/report-contributing.tsx';
import { IndicatorStatusView } from '../../components/report/report-indicator.tsx';
import { useWords } from '../../lib/use-words.ts';

export function PublicHomePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('public');
  const f = useFormats();
  const trpc = useTRPC();
  const words = useWords('report');
  const query = useQuery(trpc.public.page.queryOptions({ slug }, { retry: (n, e) => errorCode(e) !== 'NOT_FOUND' && n < 2 }));
  usePageTitle(query.data ? t('home.pageTitle', { name: query.data.name }) : t('home.title'));

  if (query.isPending) return <LoadingState label={t('home.loading')} />;
  if (query.isError) {
    if (errorCode(query.error) === 'NOT_FOUND') {
      return <MessagePage title={t('home.notFound.title')}>{t('home.notFound.body')}</MessagePage>;
    }
    return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  }
  const page = query.data;

  return (
    <article className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm font-medium text-accent-900">{t('home.kicker')}</p>
        <h1 translate="no" className="text-3xl font-semibold tracking-tight text-balance text-slate-900">
          {page.name}
        </h1>
        <p className="text-slate-700">
          {page.partnership ? (
            <Trans t={t} i18nKey="impact.partOf" values={{ name: page.partnership }} components={{ card: <Link to={paths.reportCard.href()} /> }} />
          ) : (
            <Trans t={t} i18nKey="impact.partOfCommunity" components={{ card: <Link to={paths.reportCard.href()} /> }} />
          )}
        </p>
      </header>

      <section aria-labelledby="aim" className="space-y-2">
        <h2 id="aim" className="text-xl font-semibold text-slate-900">
          {t('home.aim.heading')}
        </h2>
        {page.aim ? (
          <div translate="no">
            <ProseMarkdown text={page.aim} className="text-lg text-slate-800" />
          </div>
        ) : (
          <p className="text-slate-700">{t('home.aim.none')}</p>
        )}
      </section>

      <section aria-labelledby="indicator" className="space-y-3">
        <h2 id="indicator" className="text-xl font-semibold text-slate-900">
          {t('home.indicator.heading')}
        </h2>
        {page.indicator ? <IndicatorStatusView ind={page.indicator} level={3} idPrefix="public" w={words} /> : <p className="text-slate-700">{t('home.indicator.none')}</p>}
        <ContributingView measures={page.contributing} level={3} idPrefix="public" w={words} />
      </section>

      <section aria-labelledby="reports" className="space-y-3">
        <h2 id="reports" className="text-xl font-semibold text-slate-900">
          {t('home.reports.heading')}
        </h2>
        {page.reports.length === 0 ? (
          <EmptyState>{t('home.reports.none')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {page.reports.map((r) => (
              <li key={r.id} className="p-4">
                <Link to={`reports/${r.id}`} translate="no" className="font-medium">
                  {r.title}
                </Link>
                <p className="text-sm text-slate-700">
                  {f.period(r)}
                  {r.publishedAt && <> · {t('home.reports.published', { date: f.date(r.publishedAt) })}</>}
                  {r.version > 1 && <> · {t('home.reports.corrected', { version: f.count(r.version) })}</>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="adopted" className="space-y-3">
        <h2 id="adopted" className="text-xl font-semibold text-slate-900">
          {t('home.adopted.heading')}
        </h2>
        <p className="text-slate-700">{t('home.adopted.intro')}</p>
        {page.adoptedChanges.length === 0 ? (
          <EmptyState>{t('home.adopted.none')}</EmptyState>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {page.adoptedChanges.map((c) => (
              <li key={c.id}>
                <span translate="no">{c.title}</span> <span className="text-slate-600">{t('home.adopted.cycles', { count: c.cycles, n: f.count(c.cycles) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

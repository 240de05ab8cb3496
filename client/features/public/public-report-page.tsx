import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ReportView } from '../../components/report/report-view.tsx';
import { Button } from '../../components/ui/button.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { paths } from '../../app/paths.ts';

/** One published report as the public sees it; earlier versions stay readable with their notes. */
export function PublicReportPage() {
  const { slug = '', reportId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const version = Number(search.get('version')) || undefined;
  const { t } = useTranslation('public');
  const f = useFormats();
  const trpc = useTRPC();
  const query = useQuery(
    trpc.public.report.queryOptions({ slug, reportId: Number(reportId) || 0, number: version }, { retry: (n, e) => errorCode(e) !== 'NOT_FOUND' && n < 2 }),
  );
  usePageTitle(query.data ? t('report.pageTitle', { title: query.data.document.title, network: query.data.network.name }) : t('report.title'));

  if (query.isPending) return <LoadingState label={t('report.loading')} />;
  if (query.isError) {
    if (errorCode(query.error) === 'NOT_FOUND') return <MessagePage title={t('report.notFound.title')}>{t('report.notFound.body')}</MessagePage>;
    return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  }
  const { network, document, versions, number } = query.data;
  const latest = versions[0]?.number;

  return (
    <div className="space-y-6">
      <nav aria-label={t('report.breadcrumb')} className="text-sm print:hidden">
        <Link to={paths.impact.href({ slug: network.slug })}>
          ← <span translate="no">{network.name}</span>
        </Link>
      </nav>
      {versions.length > 1 && (
        <div className="flex flex-wrap items-end gap-3 print:hidden">
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-900">{t('report.version.label')}</span>
            <select
              className="min-h-11 rounded-lg border border-slate-300 bg-white px-3"
              value={number}
              onChange={(e) => setSearch(Number(e.target.value) === latest ? {} : { version: e.target.value })}
            >
              {versions.map((v) => (
                <option key={v.number} value={v.number}>
                  {t(v.number === latest ? 'report.version.latest' : 'report.version.option', { version: f.count(v.number), date: f.date(v.publishedAt) })}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {number !== latest && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <Trans t={t} i18nKey="report.earlier" components={{ latest: <Link to="?" /> }} />
        </p>
      )}
      <ReportView document={document} audience="public" />
      <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
        {t('report.print')}
      </Button>
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Pencil, Printer } from 'lucide-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { ReportView } from '../../components/report/report-view.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button, buttonClasses } from '../../components/ui/button.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { cx } from '../../components/ui/cx.ts';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ExportButtons } from './export-buttons.tsx';
import { languageName, STATUS_TONES, type ReportPageState } from './use-reports.ts';
import { paths } from '../../app/paths.ts';

/**
 * A published report as its readers see it: the latest version by default, any earlier one on
 * request; in the reader's language when it was published in it, the other one on request.
 */
export function ReportPage() {
  const { t } = useTranslation('reports');
  const f = useFormats();
  const { network, standing } = useCurrentNetwork();
  const { reportId: param = '' } = useParams();
  const reportId = Number(param);
  const [search] = useSearchParams();
  const asked = Number(search.get('version'));
  const number = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const askedLanguage = search.get('language');
  const language = askedLanguage === 'en' || askedLanguage === 'es' ? askedLanguage : undefined;
  const trpc = useTRPC();
  const location = useLocation();
  const [notice] = useState((location.state as ReportPageState)?.notice);
  const valid = Number.isInteger(reportId) && reportId > 0;
  const canEdit = can(standing, 'report.edit');
  const published = useQuery({ ...trpc.report.published.queryOptions({ networkId: network.id, reportId, ...(number ? { number } : {}), ...(language ? { language } : {}) }), enabled: valid });
  const draft = useQuery({ ...trpc.report.draft.queryOptions({ networkId: network.id, reportId }), enabled: valid && canEdit });
  usePageTitle(published.data ? t('page.titleNamed', { title: published.data.document.title, network: network.name }) : t('page.title', { network: network.name }));

  const notFound = !valid || (published.isError && errorCode(published.error) === 'NOT_FOUND');
  // A draft never published has no reader's page yet: its writers go to the composer.
  if (notFound && canEdit && draft.data && draft.data.publications.length === 0) return <Navigate to={paths.editReport.href({ slug: network.slug, reportId: reportId! })} replace />;
  if (notFound && (!canEdit || draft.isError || !valid)) {
    return (
      <MessagePage headingLevel={2} title={t('notFound.title')}>
        <Trans t={t} i18nKey="page.notPublished" components={{ a: <Link to={paths.reports.href({ slug: network.slug })} /> }} />
      </MessagePage>
    );
  }
  if (published.isPending || (notFound && draft.isPending)) return <LoadingState label={t('loadingReport')} />;
  if (published.isError) return <ErrorState message={errorMessage(published.error)} onRetry={() => void published.refetch()} />;

  const { document, versions, languages } = published.data;
  const shown = published.data.number;
  const shownLanguage = published.data.language;
  const screen = currentLanguage() === 'pseudo' ? 'en' : currentLanguage();
  const other = languages.find((l) => l !== shownLanguage);
  // Links keep the version read; the language is named only when it is not the reader's own.
  const languageParam = (l: string) => (l === screen ? undefined : l);
  const versionHref = (v: number, l: string | undefined) => paths.report.href({ slug: network.slug, reportId: reportId! }, { version: v === latest ? undefined : v, language: l && languageParam(l) });
  const latest = versions[0]!.number;
  const status = draft.data?.status;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3" data-print-hide>
        <p className="text-sm">
          <Link to={paths.reports.href({ slug: network.slug })}>{t('allReports')}</Link>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          {canEdit && status && <Badge tone={STATUS_TONES[status]}>{t(`status.${status}`)}</Badge>}
          {canEdit && (
            <Link to={paths.editReport.href({ slug: network.slug, reportId: reportId! })} className={buttonClasses('secondary', 'md', 'no-underline hover:no-underline')}>
              <Pencil aria-hidden="true" className="size-4" /> {status === 'correcting' ? t('page.editDraft') : t('page.startCorrection')}
            </Link>
          )}
          <Button variant="secondary" onClick={() => window.print()}>
            <Printer aria-hidden="true" className="size-4" /> {t('page.print')}
          </Button>
        </div>
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {canEdit && status === 'correcting' && (
        <Alert>{t('page.correcting', { version: latest })}</Alert>
      )}
      {shown !== latest && (
        <Alert title={t('page.earlier', { version: shown })}>
          <p>
            <Link to={paths.report.href({ slug: network.slug, reportId: reportId! }, { language })}>{t('page.readLatest', { version: latest })}</Link>
          </p>
        </Alert>
      )}
      {(other || shownLanguage !== screen) && (
        <p className="text-sm" data-print-hide>
          {other ? (
            <Link to={versionHref(shown, other)} lang={other} hrefLang={other}>
              {t('page.otherLanguage', { language: languageName(other, f.locale) })}
            </Link>
          ) : (
            t('page.onlyLanguage', { language: languageName(shownLanguage, f.locale) })
          )}
        </p>
      )}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div data-print-region className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-8 print:border-0 print:p-0 print:shadow-none">
          <ReportView document={document} audience="network" titleLevel={2} />
        </div>
        <aside className="min-w-0 space-y-6" data-print-hide>
          <nav aria-labelledby="report-versions" className="space-y-2">
            <h3 id="report-versions" className="text-base font-semibold">
              {t('page.versions')}
            </h3>
            <ol className="space-y-2">
              {versions.map((v) => (
                <li key={v.number}>
                  <Link
                    to={versionHref(v.number, language)}
                    aria-current={v.number === shown ? 'page' : undefined}
                    className={cx(
                      'block rounded-lg border p-3 text-sm no-underline hover:no-underline',
                      v.number === shown ? 'border-accent-700 bg-accent-50 text-slate-900' : 'border-slate-200 bg-white text-slate-900 hover:bg-slate-50',
                    )}
                  >
                    <span className="block font-medium">{v.number === latest ? t('page.latestVersion', { version: v.number }) : t('version', { version: v.number })}</span>
                    <span className="block text-slate-700">{f.momentDay(new Date(v.publishedAt).getTime(), document.content.period.timeZone)}</span>
                    {v.note && (
                      <span translate="no" className="mt-1 block break-words text-slate-700">
                        {v.note}
                      </span>
                    )}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          <section aria-labelledby="report-downloads" className="space-y-2">
            <h3 id="report-downloads" className="text-base font-semibold">
              {t('page.download')}
            </h3>
            <ExportButtons networkId={network.id} reportId={reportId} number={shown} language={shownLanguage} />
          </section>
        </aside>
      </div>
    </div>
  );
}
